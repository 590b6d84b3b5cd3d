// The GitHub Action's entry (action.yml `runs.main`): bundled into dist/action.mjs by scripts/build.mjs.
import { runAction } from './main.ts';

runAction(process.env, (s) => process.stdout.write(s)).then((code) => {
  process.exitCode = code;
});
