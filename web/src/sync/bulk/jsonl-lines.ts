/** The download broke off (connection reset, aborted body): the caller may fetch the file again. */
export class TransferError extends Error {}

export interface JsonlLine {
  /** 1-based line number in the file. */
  readonly number: number;
  readonly text: string;
  /** False only for a last line that ended without a newline (complete, or cut off mid-object). */
  readonly terminated: boolean;
}

/**
 * Splits a streamed body into lines without ever holding more than one chunk plus one partial line, so a
 * multi-gigabyte bulk file is read in bounded memory. Stopping early cancels the download.
 */
export async function* readLines(body: ReadableStream<Uint8Array>): AsyncGenerator<JsonlLine> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let partial = '';
  let number = 0;
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read().catch((error: unknown) => {
        throw new TransferError(
          `download broke off after line ${number}: ${error instanceof Error ? error.message : String(error)}`,
          { cause: error },
        );
      });
      if (done) break;
      const text = partial + decoder.decode(value, { stream: true });
      let start = 0;
      for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', start)) {
        number += 1;
        yield { number, text: text.slice(start, newline), terminated: true };
        start = newline + 1;
      }
      partial = text.slice(start);
    }
    partial += decoder.decode();
    if (partial.length > 0) yield { number: number + 1, text: partial, terminated: false };
    finished = true;
  } finally {
    if (!finished) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}
