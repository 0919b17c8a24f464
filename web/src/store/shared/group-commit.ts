/**
 * Writes each item's outcomes as one batch: `write` gets the gathered items and answers one settled outcome per
 * item, in order (so one item's failure after the commit does not fail the others); if `write` itself throws,
 * every item of the batch fails with that error.
 */
export type BatchWrite<In, Out> = (items: readonly In[]) => Promise<readonly PromiseSettledResult<Out>[]>;

interface Pending<In, Out> {
  readonly item: In;
  readonly resolve: (value: Out) => void;
  readonly reject: (reason: unknown) => void;
}

/**
 * Group commit: a call made while no batch runs starts one at the next turn of the event loop (so the calls of
 * one burst of I/O go together); calls made while a batch runs wait for it and go in the next one. At low load
 * a batch is one item and waits for nothing; under load batches grow by themselves, so throughput follows the
 * database's statement rate rather than its per-statement and per-commit cost. Each call settles only after
 * its batch was written, so nothing is acknowledged before it is stored.
 */
export function groupCommit<In, Out>(
  write: BatchWrite<In, Out>,
  maxBatch: number,
): (item: In) => Promise<Out> {
  const waiting: Pending<In, Out>[] = [];
  let running = false;

  async function drain(): Promise<void> {
    while (waiting.length > 0) {
      const batch = waiting.splice(0, maxBatch);
      try {
        const outcomes = await write(batch.map((pending) => pending.item));
        batch.forEach((pending, i) => {
          const outcome = outcomes[i];
          if (outcome === undefined)
            pending.reject(new Error('group commit: the write answered too few outcomes'));
          else if (outcome.status === 'fulfilled') pending.resolve(outcome.value);
          else pending.reject(outcome.reason);
        });
      } catch (error) {
        for (const pending of batch) pending.reject(error);
      }
    }
    running = false;
  }

  return (item) =>
    new Promise<Out>((resolve, reject) => {
      waiting.push({ item, resolve, reject });
      if (running) return;
      running = true;
      setImmediate(() => void drain());
    });
}
