import type { Worker } from 'node:worker_threads';
import { badInput, metrics, StorageReadError, typeScriptWorker } from '@campus/subgraph-runtime';
import type { Completion } from './completions';
import type { SearchReply, SearchRequest, SearchThreadData } from './searchThread';
import type { SuggestQuery } from './suggest';
import type { OfferingSearch, SearchResult } from './searchOfferings';

/** The same questions answered in this thread, while no search thread is ready. */
export interface InProcessSearch {
  search(query: OfferingSearch): Promise<SearchResult>;
  suggest(query: SuggestQuery): Promise<Completion[]>;
}

type Answer = Extract<SearchReply, { result: unknown } | { completions: unknown }>;

interface Thread {
  worker: Worker;
  ready: boolean;
  /** Resolves when the thread has loaded its index, or has ended before. */
  started: Promise<void>;
  saveIndex: boolean;
  /** What each request waits for; answers are told apart by their shape. */
  pending: Map<number, { answer(reply: Answer): void; reject(error: Error): void }>;
  pings: Map<number, () => void>;
}

/** A thread's error as this thread raises it: bad input named, storage's failure told as such. */
function errorOf({ message, argument, storageFailure }: Extract<SearchReply, { error: unknown }>['error']): Error {
  if (argument) return badInput(message, argument);
  return storageFailure ? new StorageReadError(storageFailure) : new Error(message);
}

/** How long a thread may take to answer a ping before /health says it does not answer. */
const PING_MS = 2_000;
/** How long a search waits for the first search thread to load its index. */
const STARTING_WAIT_MS = 30_000;

/**
 * Searches on other threads, so that the process's own thread answers GraphQL meanwhile and a
 * broad search does not hold up every request queued behind it. Each search goes to the thread
 * with the fewest waiting; until a thread has loaded its index, `fallback` searches in-process.
 */
export class SearchThreads {
  readonly #threads: Thread[] = [];
  #nextId = 0;
  #closing = false;

  /** `data` without `saveIndex`: the first thread saves the index, and whichever takes its place. */
  constructor(
    private readonly data: Omit<SearchThreadData, 'saveIndex'>,
    count: number,
    private readonly fallback: InProcessSearch,
  ) {
    for (let i = 0; i < count; i += 1) this.#threads.push(this.#start(i === 0));
  }

  #start(saveIndex: boolean): Thread {
    const worker = typeScriptWorker(new URL('./searchThread.ts', import.meta.url), import.meta.url, { ...this.data, saveIndex } satisfies SearchThreadData);
    let started = (): void => undefined;
    const thread: Thread = { worker, saveIndex, ready: false, started: new Promise((resolve) => (started = resolve)), pending: new Map(), pings: new Map() };
    worker.on('message', (reply: SearchReply) => {
      if ('ready' in reply) {
        thread.ready = true;
        started();
        return;
      }
      if ('alive' in reply) {
        thread.pings.get(reply.alive)?.();
        thread.pings.delete(reply.alive);
        return;
      }
      metrics.searchQueue.dec();
      const waiting = thread.pending.get(reply.id);
      thread.pending.delete(reply.id);
      if (!waiting) return;
      if ('error' in reply) waiting.reject(errorOf(reply.error));
      else waiting.answer(reply);
    });
    worker.on('error', (error) => console.error(`a search thread failed: ${error.message}`));
    // A thread that ends fails what it had; another takes its place, unless it never started, in
    // which case the searches stay in the subgraph's thread.
    worker.on('exit', () => {
      started();
      metrics.searchQueue.dec(thread.pending.size);
      for (const waiting of thread.pending.values()) waiting.reject(new Error('the search thread ended'));
      const at = this.#threads.indexOf(thread);
      if (at < 0 || this.#closing) return;
      if (thread.ready) this.#threads[at] = this.#start(thread.saveIndex);
      else this.#threads.splice(at, 1);
    });
    return thread;
  }

  search(query: OfferingSearch): Promise<SearchResult> {
    return this.#ask(
      (id) => ({ id, query }),
      () => this.fallback.search(query),
      (reply) => ('result' in reply ? reply.result : null),
    );
  }

  suggest(query: SuggestQuery): Promise<Completion[]> {
    return this.#ask(
      (id) => ({ id, suggest: query }),
      () => this.fallback.suggest(query),
      (reply) => ('completions' in reply ? reply.completions : null),
    );
  }

  /**
   * Sends a request to the thread with the fewest waiting. While none has its index yet, it waits
   * for the first to be ready rather than load a second copy here (at a million offerings, a
   * gigabyte more and seconds of this thread's time); only where no thread could start does it
   * answer in this thread. A search that has waited STARTING_WAIT_MS fails as unavailable, never hangs.
   */
  async #ask<T>(request: (id: number) => SearchRequest, inProcess: () => Promise<T>, read: (reply: Answer) => T | null, waitingSince = Date.now()): Promise<T> {
    let chosen: Thread | null = null;
    for (const thread of this.#threads) if (thread.ready && (!chosen || thread.pending.size < chosen.pending.size)) chosen = thread;
    if (!chosen) {
      if (this.#threads.length === 0 || this.#closing) return inProcess();
      const left = STARTING_WAIT_MS - (Date.now() - waitingSince);
      let timer: NodeJS.Timeout | undefined;
      const waited = await Promise.race([
        Promise.race(this.#threads.map((thread) => thread.started)).then(() => false),
        new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), Math.max(0, left)))),
      ]);
      clearTimeout(timer);
      if (waited) throw new StorageReadError('the search index is still loading');
      return this.#ask(request, inProcess, read, waitingSince);
    }
    const id = (this.#nextId += 1);
    const thread = chosen;
    metrics.searchQueue.inc();
    return new Promise((resolve, reject) => {
      thread.pending.set(id, {
        answer: (reply) => {
          const answer = read(reply);
          if (answer === null) reject(new Error('a search thread answered another question'));
          else resolve(answer);
        },
        reject,
      });
      thread.worker.postMessage(request(id));
    });
  }

  /** How many threads there are, how many have their index, and how many answer within two seconds. */
  async health(): Promise<{ threads: number; ready: number; answering: number }> {
    const answers = await Promise.all(
      this.#threads.map(
        (thread) =>
          new Promise<boolean>((resolve) => {
            if (!thread.ready) return resolve(false);
            const ping = (this.#nextId += 1);
            const timer = setTimeout(() => {
              thread.pings.delete(ping);
              resolve(false);
            }, PING_MS);
            thread.pings.set(ping, () => {
              clearTimeout(timer);
              resolve(true);
            });
            thread.worker.postMessage({ ping } satisfies SearchRequest);
          }),
      ),
    );
    return { threads: this.#threads.length, ready: this.#threads.filter((t) => t.ready).length, answering: answers.filter(Boolean).length };
  }

  /** Resolves when every thread has loaded its index (or failed to, leaving its share here). */
  async started(): Promise<void> {
    await Promise.all(this.#threads.map((thread) => thread.started));
  }

  async close(): Promise<void> {
    this.#closing = true;
    await Promise.all(this.#threads.map((thread) => thread.worker.terminate()));
  }
}
