import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { OrderLine } from '../csv/order-lines.js';
import { OrderLineScanner } from '../csv/order-line-scanner.js';
import type { ProgressHandler } from './read-csv.js';

/**
 * Streams the normalised order-line CSV; throws a CsvError (file, line, column) on the first bad cell.
 * The line object is reused between calls.
 */
export async function readOrderLines(
  path: string,
  onLine: (line: OrderLine) => void,
  onProgress?: ProgressHandler,
): Promise<void> {
  const { size } = await stat(path);
  const scanner = new OrderLineScanner(basename(path), onLine);
  let read = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 18 })) {
    const bytes = chunk as Buffer;
    read += bytes.length;
    scanner.push(bytes);
    onProgress?.(read, size);
  }
  scanner.end();
}
