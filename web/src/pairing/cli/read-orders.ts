import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { CsvError } from '../csv/csv-error.js';
import type { OrderLine } from '../csv/order-lines.js';
import { OrderLineScanner } from '../csv/order-line-scanner.js';
import type { ProgressHandler } from './read-csv.js';

export interface ReadOrdersOptions {
  /** Skip bad data lines (counted in the result) instead of stopping at the first. */
  readonly skipInvalid?: boolean;
  /** Lines dated after this (ms since the epoch) are counted as in the future. */
  readonly now?: number;
}

/** What the read met besides good lines: skipped invalid lines and lines dated in the future. */
export interface ReadOrdersResult {
  readonly invalid: { readonly count: number; readonly first: string | undefined };
  readonly future: { readonly count: number; readonly first: string | undefined };
}

/** A day of slack: a timestamp written in a zone ahead of this machine's clock is not "in the future". */
const FUTURE_SLACK_MS = 86_400_000;

/**
 * Streams the normalised order-line CSV; throws a CsvError (file, line, column) on the first bad cell, or with
 * `skipInvalid` skips such lines and counts them. The line object is reused between calls.
 */
export async function readOrderLines(
  path: string,
  onLine: (line: OrderLine) => void,
  onProgress?: ProgressHandler,
  options: ReadOrdersOptions = {},
): Promise<ReadOrdersResult> {
  const { size } = await stat(path);
  const file = basename(path);
  const invalid = { count: 0, first: undefined as string | undefined };
  const future = { count: 0, first: undefined as string | undefined };
  const after = (options.now ?? Date.now()) + FUTURE_SLACK_MS;
  const skip = (error: CsvError) => {
    invalid.count += 1;
    invalid.first ??= error.message;
  };
  const scanner = new OrderLineScanner(
    file,
    (line) => {
      // One order dated 2999 makes every other order old to the time decay, which anchors on the newest.
      if (line.createdAt !== undefined && line.createdAt > after) {
        future.count += 1;
        future.first ??= `${file} line ${line.line}, ${new Date(line.createdAt).toISOString()}`;
      }
      onLine(line);
    },
    options.skipInvalid ? skip : undefined,
  );
  let read = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 18 })) {
    const bytes = chunk as Buffer;
    read += bytes.length;
    scanner.push(bytes);
    onProgress?.(read, size);
  }
  scanner.end();
  return { invalid, future };
}

/** The read's warnings for stderr, one per line; empty when there is nothing to say. */
export function readWarnings(result: ReadOrdersResult): string {
  const lines: string[] = [];
  if (result.invalid.count > 0)
    lines.push(
      `pairings: skipped ${result.invalid.count} invalid line${result.invalid.count === 1 ? '' : 's'} (first: ${result.invalid.first})`,
    );
  if (result.future.count > 0)
    lines.push(
      `pairings: warning: ${result.future.count} line${result.future.count === 1 ? ' is' : 's are'} dated in the future (first: ${result.future.first}); ` +
        'the newest order anchors the time decay, so every other order counts as old. Fix the dates or drop those lines.',
    );
  return lines.map((line) => `${line}\n`).join('');
}
