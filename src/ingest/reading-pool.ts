/**
 * Worker threads that read articles for the API server, each article within a time budget. One
 * request's article, however large or hostile, then never holds up the thread that answers the
 * others (a health probe, a listing): it waits for a worker, and a worker still busy with it when
 * its budget runs out is stopped and replaced, and the article refused with `ReadingTimeoutError`
 * (its caller keeps it as failed: app/failed-articles.ts).
 */

import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { IngestError, SitrepError } from "../core/errors.ts";
import type { ReadingReply, ReadingRequest, ReadingTaskName, ReadingTasks } from "./reading-tasks.ts";

/** Per step of reading an article: far above what a news article takes (tens of milliseconds), below a client's patience. */
export const DEFAULT_READING_BUDGET_MS = 30_000;

/** An article not read within its budget. */
export class ReadingTimeoutError extends SitrepError {
  override name = "ReadingTimeoutError";
}

export interface ReadingPoolOptions {
  /** Threads reading at once. Default: the cores but one, at least 2 and at most 4. */
  size?: number;
}

/**
 * Reading tasks run on worker threads. `budgetMs` bounds a task from the moment a worker takes it
 * (waiting for a free worker is not counted: the articles ahead are bounded themselves).
 */
export interface ReadingPool {
  run<K extends ReadingTaskName>(task: K, arg: Parameters<ReadingTasks[K]>[0], budgetMs: number): Promise<ReturnType<ReadingTasks[K]>>;
  close(): Promise<void>;
}

interface Job {
  request: ReadingRequest;
  budgetMs: number;
  resolve(result: unknown): void;
  reject(error: Error): void;
}

/**
 * The worker's code: its TypeScript module, loaded through tsx (a thread does not inherit the
 * loader its process was started with, and the compiled command line has none).
 */
const WORKER_SOURCE = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))}).then(({ register }) => {
  register();
  return import(${JSON.stringify(new URL("./reading-worker.ts", import.meta.url).href)});
});`;

/** The error a worker reported, as the error type the caller expects. */
function errorOf(reply: Extract<ReadingReply, { ok: false }>["error"]): Error {
  if (reply.name === "IngestError" && reply.input !== undefined) {
    const prefix = `${reply.input}${reply.line === undefined ? "" : `:${reply.line}`}: `;
    const message = reply.message.startsWith(prefix) ? reply.message.slice(prefix.length) : reply.message;
    return new IngestError(message, reply.input, reply.line);
  }
  return Object.assign(new Error(reply.message), { name: reply.name });
}

export function createReadingPool(options: ReadingPoolOptions = {}): ReadingPool {
  const size = options.size ?? Math.min(4, Math.max(2, availableParallelism() - 1));
  const idle: Worker[] = [];
  const waiting: Job[] = [];
  /** Workers started and not yet retired: loading, idle or busy. */
  const live = new Set<Worker>();
  let nextId = 1;
  let closed = false;

  /** A new worker joins the idle ones once loaded, so that loading is not charged to an article's budget. */
  function startWorker(): void {
    const worker = new Worker(WORKER_SOURCE, { eval: true });
    live.add(worker);
    const onReady = (message: unknown) => {
      if ((message as { ready?: boolean }).ready !== true) return;
      worker.off("message", onReady);
      worker.off("exit", onFailed);
      // An idle reader must not keep a finished process alive; a busy one does, as its caller waits on it.
      worker.unref();
      idle.push(worker);
      dispatch();
    };
    const onFailed = () => {
      live.delete(worker);
      // A worker that cannot even load would fail every article: say so to those waiting.
      for (const job of waiting.splice(0)) job.reject(new SitrepError("the reading thread failed to start"));
    };
    worker.on("message", onReady);
    worker.on("exit", onFailed);
    worker.on("error", (error) => console.error(`reading thread: ${error.message}`));
  }

  function retire(worker: Worker): void {
    live.delete(worker);
    void worker.terminate();
  }

  function dispatch(): void {
    if (closed) return;
    while (waiting.length > 0 && idle.length > 0) runOn(idle.pop()!, waiting.shift()!);
    if (waiting.length > live.size - idle.length && live.size < size) startWorker();
  }

  function runOn(worker: Worker, job: Job): void {
    let settled = false;
    const finish = (outcome: () => void, keep: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.unref();
      worker.off("message", onMessage);
      worker.off("exit", onExit);
      if (keep && !closed) idle.push(worker);
      else retire(worker);
      outcome();
      dispatch();
    };
    const onMessage = (reply: ReadingReply) => {
      if (reply.id !== job.request.id) return;
      finish(() => (reply.ok ? job.resolve(reply.result) : job.reject(errorOf(reply.error))), true);
    };
    const onExit = (code: number) => finish(() => job.reject(new SitrepError(`the reading thread stopped (exit code ${code})`)), false);
    // Stopping the thread is the only way to interrupt code that never yields.
    const timer = setTimeout(
      () =>
        finish(
          () => job.reject(new ReadingTimeoutError(`not read within ${job.budgetMs / 1000} s, the time allowed to read an article`)),
          false,
        ),
      job.budgetMs,
    );
    worker.ref();
    worker.on("message", onMessage);
    worker.on("exit", onExit);
    worker.postMessage(job.request);
  }

  return {
    run(task, arg, budgetMs) {
      if (closed) return Promise.reject(new SitrepError("the reading threads are closed"));
      return new Promise((resolve, reject) => {
        waiting.push({ request: { id: nextId++, task, arg }, budgetMs, resolve: resolve as (r: unknown) => void, reject });
        dispatch();
      });
    },
    async close() {
      closed = true;
      for (const job of waiting.splice(0)) job.reject(new SitrepError("the reading threads are closed"));
      idle.length = 0;
      await Promise.all([...live].map((w) => w.terminate()));
      live.clear();
    },
  };
}
