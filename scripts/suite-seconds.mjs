// How long each suite takes, for scripts/split-suites.mjs to share them between the two uvu
// processes of scripts/test.mjs. Measured one file at a time,
// `node --import tsx node_modules/uvu/bin.js test '^<name>$'` (wall seconds, tsx start-up
// included), on the project's two cores shared with other work (load average 2 to 10, so only
// the proportions matter), with the fuzzer at its npm test count (test/support/fuzz/counts.ts).
// Measured again after most suites moved their CLI runs in process (test/support/cli-in-process.ts).
// A suite missing here counts as UNMEASURED_SECONDS; measure it and add it when it is slow.
export const SUITE_SECONDS = {
  'action-config.test.ts': 1,
  'action-hostile.test.ts': 6,
  'action.test.ts': 4,
  'alternatives.test.ts': 2,
  'bench-floor.test.ts': 1,
  'bench-generator.test.ts': 2,
  'bench-report.test.ts': 1,
  'bench-targets.test.ts': 1,
  'ci-snippets.test.ts': 1,
  'cli-formats.test.ts': 3,
  'cli-in-process.test.ts': 5,
  'cli-polish.test.ts': 1,
  'cli-stdout.test.ts': 3,
  'cli.test.ts': 2,
  'clusters.test.ts': 2,
  'collect-units.test.ts': 1,
  'collect.test.ts': 6,
  'compose-bitnami-layout.test.ts': 2,
  'compose-hadoop-layout.test.ts': 2,
  'compose-interpolation.test.ts': 1,
  'compose-layout.test.ts': 2,
  'compose-projects.test.ts': 1,
  'compose-service.test.ts': 1,
  'config.test.ts': 2,
  'container-entrypoint.test.ts': 2,
  'container-env.test.ts': 2,
  'container-networking.test.ts': 2,
  'corpus-notes.test.ts': 1,
  'corpus.test.ts': 2,
  'discovery-precision.test.ts': 2,
  'dist.test.ts': 2,
  'docs-examples.test.ts': 2,
  'explain.test.ts': 2,
  'files.test.ts': 2,
  'fixtures.test.ts': 3,
  'formats.test.ts': 3,
  'fuzz.test.ts': 25,
  'hadoop-images.test.ts': 1,
  'host-folders.test.ts': 2,
  'hostile.test.ts': 31,
  'ignore-glob.test.ts': 1,
  'internal-errors.test.ts': 9,
  'java-properties.test.ts': 2,
  'k8s-layout.test.ts': 2,
  'kafka-images.test.ts': 1,
  'knowledge-tables.test.ts': 1,
  'kubernetes-reader.test.ts': 1,
  'linear-scans.test.ts': 1,
  'meta.test.ts': 2,
  'model.test.ts': 1,
  'name-resolution.test.ts': 1,
  'no-write.test.ts': 10,
  'pack.test.ts': 2,
  'parse.test.ts': 1,
  'placeholders.test.ts': 2,
  'pre-commit.test.ts': 24,
  'prototype-names.test.ts': 5,
  'quote.test.ts': 1,
  'read-regular-file.test.ts': 2,
  'spawn-async.test.ts': 1,
  'startup-loads.test.ts': 2,
  'summary.test.ts': 3,
  'suppressions.test.ts': 1,
  'test-runner.test.ts': 4,
  'throw-site.test.ts': 1,
  'tracked-only.test.ts': 3,
  'vendored-kafka.test.ts': 2,
  'xinclude.test.ts': 1,
  'xml-hostile.test.ts': 1,
  'zookeeper-images.test.ts': 1,
};

/** About the median of the suites above: neither the fast ones nor the few long ones. */
export const UNMEASURED_SECONDS = 5;

/**
 * @param {string} file a test file name
 * @returns {number}
 */
export function secondsOf(file) {
  return Object.hasOwn(SUITE_SECONDS, file) ? SUITE_SECONDS[file] : UNMEASURED_SECONDS;
}
