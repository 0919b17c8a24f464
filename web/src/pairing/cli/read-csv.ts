import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { CsvRecordSplitter, type RecordHandler } from '../csv/record-splitter.js';

export type ProgressHandler = (bytesRead: number, totalBytes: number) => void;

/** Streams a CSV file record by record (UTF-8), reporting bytes read; nothing but one chunk is held at a time. */
export async function readCsv(
  path: string,
  onRecord: RecordHandler,
  onProgress?: ProgressHandler,
): Promise<void> {
  const { size } = await stat(path);
  const splitter = new CsvRecordSplitter(basename(path), onRecord);
  const decoder = new TextDecoder('utf-8');
  let read = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const bytes = chunk as Buffer;
    read += bytes.length;
    splitter.push(decoder.decode(bytes, { stream: true }));
    onProgress?.(read, size);
  }
  splitter.push(decoder.decode());
  splitter.end();
}
