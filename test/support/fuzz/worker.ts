/**
 * A worker thread's share of a run: a sub-range of indices, run in this
 * thread by runRange. Failures and the slowest input are posted as they
 * happen, and the input under way is published in shared memory, so that if
 * this thread hangs or dies the main thread still has what it found and knows
 * which input did it (see pool.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { SLOT_INDEX, SLOT_STARTED, type WorkerData, type WorkerMessage } from './protocol.ts';
import { runRange } from './runner.ts';

const data = workerData as WorkerData;
const slots = new Int32Array(data.shared);
const post = (m: WorkerMessage) => parentPort!.postMessage(m);

await runRange({
  seed: data.seed,
  start: data.start,
  end: data.end,
  limitMs: data.limitMs,
  faults: data.faults,
  scratchRoot: data.scratchRoot,
  onStart: (index) => {
    // The index first: the watchdog reads the time, then blames the index it finds.
    Atomics.store(slots, SLOT_INDEX, index);
    Atomics.store(slots, SLOT_STARTED, Date.now() - data.epoch);
  },
  onFailure: (failure) => post({ type: 'failure', failure }),
  onSlowest: (slowest) => post({ type: 'slowest', slowest }),
});
post({ type: 'done' });
