import { CsvError } from './csv-error.js';

export type RecordHandler = (fields: readonly string[], line: number) => void;

/**
 * Splits CSV text (RFC 4180: commas, double-quoted fields with "" escapes, quoted line breaks) into records,
 * fed chunk by chunk so files of any size stream through in bounded memory. `line` is the 1-based line a
 * record starts on. Blank lines are skipped.
 */
export class CsvRecordSplitter {
  private carry = '';
  private line = 0;
  private pending: string | undefined;
  private pendingLine = 0;

  constructor(
    private readonly file: string,
    private readonly onRecord: RecordHandler,
  ) {}

  push(text: string): void {
    const data = this.carry + text;
    let start = 0;
    for (;;) {
      const end = data.indexOf('\n', start);
      if (end < 0) break;
      this.takeLine(data.slice(start, end > start && data.charCodeAt(end - 1) === 13 ? end - 1 : end));
      start = end + 1;
    }
    this.carry = data.slice(start);
  }

  /** Flushes the last line; throws if a quoted field never closed. */
  end(): void {
    if (this.carry.length > 0)
      this.takeLine(this.carry.endsWith('\r') ? this.carry.slice(0, -1) : this.carry);
    this.carry = '';
    if (this.pending !== undefined)
      throw new CsvError(this.file, this.pendingLine, undefined, 'a quoted field is never closed');
  }

  private takeLine(text: string): void {
    this.line += 1;
    if (this.pending !== undefined) {
      const joined = `${this.pending}\n${text}`;
      if (quotesBalanced(joined)) {
        this.pending = undefined;
        this.onRecord(splitQuoted(joined), this.pendingLine);
      } else {
        this.pending = joined;
      }
      return;
    }
    if (text.length === 0) return;
    if (text.indexOf('"') < 0) {
      this.onRecord(text.split(','), this.line);
    } else if (quotesBalanced(text)) {
      this.onRecord(splitQuoted(text), this.line);
    } else {
      this.pending = text;
      this.pendingLine = this.line;
    }
  }
}

/** Whether a line closes every quoted cell it opens. */
export function quotesBalanced(text: string): boolean {
  let quotes = 0;
  for (let at = text.indexOf('"'); at >= 0; at = text.indexOf('"', at + 1)) quotes += 1;
  return quotes % 2 === 0;
}

/** RFC 4180 cells of one complete record. */
export function splitQuoted(text: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (quoted) {
      if (char !== '"') {
        field += char;
      } else if (text.charAt(i + 1) === '"') {
        field += '"';
        i += 1;
      } else {
        quoted = false;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      fields.push(field);
      field = '';
    } else {
      field += char;
    }
  }
  fields.push(field);
  return fields;
}
