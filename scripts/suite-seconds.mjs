// How long each suite takes, for scripts/split-suites.mjs to share them between the two uvu
// processes of scripts/test.mjs. Measured one file at a time,
// `node --import tsx node_modules/uvu/bin.js test '^<name>$'` (wall seconds, tsx start-up
// included), on the project's two cores shared with other work (load average 2 to 10, so only
// the proportions matter), with the fuzzer at its npm test count (test/support/fuzz/counts.ts).
// A suite missing here counts as UNMEASURED_SECONDS; measure it and add it when it is slow.
export const SUITE_SECONDS = {
  'action-config.test.ts': 1,
  'action-hostile.test.ts': 6,
  'action.test.ts': 13,
  'alternatives.test.ts': 9,
  'bench-generator.test.ts': 2,
  'ci-snippets.test.ts': 2,
  'cli-formats.test.ts': 15,
  'cli-polish.test.ts': 16,
  'cli-stdout.test.ts': 9,
  'cli.test.ts': 17,
  'clusters.test.ts': 36,
  'collect-units.test.ts': 8,
  'collect.test.ts': 59,
  'compose-bitnami-layout.test.ts': 5,
  'compose-hadoop-layout.test.ts': 11,
  'compose-interpolation.test.ts': 5,
  'compose-layout.test.ts': 8,
  'compose-projects.test.ts': 3,
  'compose-service.test.ts': 3,
  'config.test.ts': 19,
  'container-entrypoint.test.ts': 5,
  'container-env.test.ts': 14,
  'container-networking.test.ts': 4,
  'corpus-notes.test.ts': 2,
  'corpus.test.ts': 5,
  'discovery-precision.test.ts': 18,
  'dist.test.ts': 6,
  'docs-examples.test.ts': 17,
  'explain.test.ts': 11,
  'files.test.ts': 33,
  'fixtures.test.ts': 18,
  'formats.test.ts': 9,
  'fuzz.test.ts': 142,
  'hadoop-images.test.ts': 2,
  'host-folders.test.ts': 17,
  'hostile.test.ts': 234,
  'ignore-glob.test.ts': 3,
  'internal-errors.test.ts': 43,
  'java-properties.test.ts': 6,
  'k8s-layout.test.ts': 5,
  'kafka-images.test.ts': 2,
  'kubernetes-reader.test.ts': 2,
  'meta.test.ts': 6,
  'model.test.ts': 3,
  'name-resolution.test.ts': 3,
  'no-write.test.ts': 23,
  'pack.test.ts': 4,
  'parse.test.ts': 1,
  'placeholders.test.ts': 3,
  'pre-commit.test.ts': 90,
  'prototype-names.test.ts': 74,
  'quote.test.ts': 2,
  'read-regular-file.test.ts': 7,
  'spawn-async.test.ts': 4,
  'summary.test.ts': 12,
  'suppressions.test.ts': 4,
  'test-runner.test.ts': 10,
  'throw-site.test.ts': 1,
  'tracked-only.test.ts': 10,
  'vendored-kafka.test.ts': 5,
  'xinclude.test.ts': 2,
  'xml-hostile.test.ts': 2,
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
