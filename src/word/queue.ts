/**
 * Document operations one at a time: real Word throws "Wait until the previous call completes" when
 * two Word.run calls overlap (quick clicks). The pane disables its buttons while `isBusy()`.
 */
export type BusyListener = (busy: boolean) => void;

export class OperationQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private pending = 0;
  private readonly listeners = new Set<BusyListener>();

  /**
   * Runs `fn` after every operation queued before it has settled. Gateway verbs already queue
   * themselves: calling a verb inside `runExclusive` would wait for itself, so don't.
   */
  runExclusive<T>(fn: () => Promise<T>): Promise<T> {
    this.change(+1);
    const result = this.tail.then(fn);
    this.tail = result.then(
      () => this.change(-1),
      () => this.change(-1),
    );
    return result;
  }

  isBusy(): boolean {
    return this.pending > 0;
  }

  /** Called with the new state whenever the queue turns busy or idle; returns an unsubscribe. */
  subscribe(listener: BusyListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private change(delta: number): void {
    const was = this.pending > 0;
    this.pending += delta;
    const now = this.pending > 0;
    if (was !== now) for (const l of [...this.listeners]) l(now);
  }
}

/** The queue the pane and the default gateway share. */
export const documentQueue = new OperationQueue();

export function runExclusive<T>(fn: () => Promise<T>): Promise<T> {
  return documentQueue.runExclusive(fn);
}

export function isBusy(): boolean {
  return documentQueue.isBusy();
}

export function subscribeBusy(listener: BusyListener): () => void {
  return documentQueue.subscribe(listener);
}
