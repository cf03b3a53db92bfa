import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { ARGON2ID } from './argon2-options';

/**
 * The body of each worker: argon2id synchronously (the worker IS the thread), one password per
 * message. Code, not a file, so the built server needs no extra entry point; the binding is
 * loaded by absolute path, resolved from here.
 */
const WORKER_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
const { hashSync } = require(workerData.binding);
parentPort.on('message', ({ id, password }) => {
  try { parentPort.postMessage({ id, hash: hashSync(password, workerData.options) }); }
  catch (e) { parentPort.postMessage({ id, error: String((e && e.message) || e) }); }
});`;

interface Task {
  id: number;
  password: string;
  resolve(hash: string): void;
  reject(e: Error): void;
}

interface Slot {
  worker: Worker;
  task?: Task;
}

/**
 * A pool of worker threads, one per core the machine offers (`os.availableParallelism()`), that
 * hash passwords with argon2id. libuv's own pool has 4 threads whatever the machine, so a bulk
 * import hashing there would use at most 4 cores; this pool uses them all. Idle workers do not
 * keep the process alive.
 */
export class HashPool {
  readonly size: number;
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private readonly binding = createRequire(import.meta.url).resolve('@node-rs/argon2');
  private next = 0;

  constructor(size = availableParallelism()) {
    this.size = Math.max(1, size);
  }

  /** The argon2id PHC string of `password` (NFC-normalized), computed on a worker. */
  hash(password: string): Promise<string> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.next++, password: password.normalize('NFC'), resolve, reject });
      this.dispatch();
    });
  }

  /** How many workers are running now (at most `size`). */
  get started(): number {
    return this.slots.length;
  }

  /** Stops every worker (tests; the pool starts new ones on the next hash). */
  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private dispatch() {
    while (this.queue.length > 0) {
      const slot = this.slots.find((s) => !s.task) ?? (this.slots.length < this.size ? this.spawn() : undefined);
      if (!slot) return;
      const task = this.queue.shift()!;
      slot.task = task;
      slot.worker.ref();
      slot.worker.postMessage({ id: task.id, password: task.password });
    }
  }

  private spawn(): Slot {
    const worker = new Worker(WORKER_CODE, { eval: true, workerData: { binding: this.binding, options: ARGON2ID } });
    const slot: Slot = { worker };
    worker.on('message', (m: { id: number; hash?: string; error?: string }) => {
      const task = slot.task;
      slot.task = undefined;
      worker.unref();
      if (task && task.id === m.id) {
        if (m.hash !== undefined) task.resolve(m.hash);
        else task.reject(new Error(`Password hashing failed: ${m.error}`));
      }
      this.dispatch();
    });
    worker.on('error', (cause) => this.drop(slot, new Error('A password-hashing worker stopped unexpectedly; the hash is retried by the job.', { cause })));
    worker.on('exit', () => this.drop(slot, new Error('A password-hashing worker exited before answering.')));
    this.slots.push(slot);
    return slot;
  }

  /** Forgets a dead worker, failing the task it held; queued tasks go to the others (or a new one). */
  private drop(slot: Slot, e: Error) {
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
    const task = slot.task;
    slot.task = undefined;
    task?.reject(e);
    if (i >= 0) this.dispatch();
  }
}

let shared: HashPool | undefined;

/** The process's hash pool (created on first use). */
export function hashPool(): HashPool {
  shared ??= new HashPool();
  return shared;
}

/** argon2id of `password` on the process's pool of one worker per core. */
export const hashOnEveryCore = (password: string): Promise<string> => hashPool().hash(password);
