/* eslint-disable @typescript-eslint/no-non-null-assertion -- numeric kernel: typed-array reads are in bounds by construction, and noUncheckedIndexedAccess would otherwise need a cast on every access. */
import { decodeCell, IsoSecondsReader, readIdNumber, readPlainNumber } from './byte-fields.js';
import { CsvError } from './csv-error.js';
import { ORDER_COLUMNS, type OrderLine } from './order-lines.js';
import { RepeatCache, ScannedLine } from './scanned-line.js';
import { quotesBalanced, splitQuoted } from './record-splitter.js';
import { parseTimestamp } from './timestamp.js';

const NEWLINE = 10;
const COMMA = 44;
const QUOTE = 34;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const encoder = new TextEncoder();
// Positions in ORDER_COLUMNS.
const [ORDER_ID, CUSTOMER_ID, CREATED_AT, PRODUCT_ID, VARIANT_ID, QUANTITY, UNIT_PRICE] = [
  0, 1, 2, 3, 4, 5, 6,
] as const;

/**
 * Streams the order-line CSV from raw bytes: cells are read in place; order ids and dates become values only
 * when they change, and ids become strings only when a consumer asks (grouping and interning key on their
 * numbers), so millions of lines cost little more than the disk read. The first bad cell throws a CsvError
 * naming file, line and column. The `OrderLine` passed to `onLine` is reused: read it during the call, do not
 * keep it.
 */
export class OrderLineScanner {
  private columns: Int32Array | undefined;
  private leftover = new Uint8Array(0);
  private lineNumber = 0;
  private starts = new Int32Array(16);
  private ends = new Int32Array(16);
  private fieldCount = 0;
  private nextQuote = -1;
  private cellStart = 0;
  private cellEnd = 0;
  private readonly order = new RepeatCache<number>();
  private readonly date = new RepeatCache<number | undefined>();
  private readonly isoSeconds = new IsoSecondsReader();
  private readonly line = new ScannedLine();

  /**
   * `onInvalid`, when given, receives each bad data line's error and the line is skipped (`--skip-invalid`);
   * without it the first one throws. A bad header always throws.
   */
  constructor(
    private readonly file: string,
    private readonly onLine: (line: OrderLine) => void,
    private readonly onInvalid?: (error: CsvError) => void,
  ) {}

  push(chunk: Uint8Array): void {
    let start = 0;
    if (this.leftover.length > 0) {
      // Only the line cut at the chunk boundary is copied, not the chunk.
      const newline = chunk.indexOf(NEWLINE);
      const head = newline < 0 ? chunk : chunk.subarray(0, newline);
      const joined = new Uint8Array(this.leftover.length + head.length);
      joined.set(this.leftover);
      joined.set(head, this.leftover.length);
      if (newline < 0) {
        this.leftover = joined;
        return;
      }
      this.nextQuote = joined.indexOf(QUOTE);
      this.scanLine(joined, 0, joined.length);
      start = newline + 1;
    }
    this.nextQuote = chunk.indexOf(QUOTE, start);
    for (let end = chunk.indexOf(NEWLINE, start); end >= 0; end = chunk.indexOf(NEWLINE, start)) {
      this.scanLine(chunk, start, end);
      start = end + 1;
    }
    this.leftover = chunk.slice(start);
  }

  end(): void {
    this.nextQuote = this.leftover.indexOf(QUOTE);
    if (this.leftover.length > 0) this.scanLine(this.leftover, 0, this.leftover.length);
    this.leftover = new Uint8Array(0);
    if (!this.columns)
      throw new CsvError(this.file, 1, undefined, `no header; expected ${ORDER_COLUMNS.join(',')}`);
  }

  private scanLine(source: Uint8Array, start: number, rawEnd: number): void {
    this.lineNumber += 1;
    const end = rawEnd > start && source[rawEnd - 1] === 13 ? rawEnd - 1 : rawEnd;
    if (end === start) return;
    let bytes = source;
    if (!this.split(source, start, end)) bytes = this.unquote(decodeCell(source, start, end));
    if (!this.columns) this.readHeader(bytes);
    else if (!this.onInvalid) this.readLine(bytes);
    else
      try {
        this.readLine(bytes);
      } catch (error) {
        if (!(error instanceof CsvError)) throw error;
        this.onInvalid(error);
      }
  }

  /**
   * Cell bounds of an unquoted line, found with the native byte search; false when the line has a quote and
   * needs the RFC 4180 path. `nextQuote` is the chunk's next quote, so finding quotes costs one pass per chunk.
   */
  private split(bytes: Uint8Array, start: number, end: number): boolean {
    if (this.nextQuote >= 0 && this.nextQuote < start) this.nextQuote = bytes.indexOf(QUOTE, start);
    if (this.nextQuote >= 0 && this.nextQuote < end) return false;
    let count = 0;
    let cellStart = start;
    for (;;) {
      let comma = bytes.indexOf(COMMA, cellStart);
      if (comma < 0 || comma > end) comma = end;
      if (count === this.starts.length) this.growFields();
      this.starts[count] = cellStart;
      this.ends[count] = comma;
      count += 1;
      if (comma === end) break;
      cellStart = comma + 1;
    }
    this.fieldCount = count;
    return true;
  }

  /** Quoted cells (rare in this format): split as RFC 4180, then re-encode so the byte path reads them. */
  private unquote(text: string): Uint8Array {
    if (!quotesBalanced(text))
      throw new CsvError(
        this.file,
        this.lineNumber,
        undefined,
        'a quoted cell is never closed (line breaks inside cells are not supported here)',
      );
    const cells = splitQuoted(text).map((cell) => encoder.encode(cell));
    const bytes = new Uint8Array(cells.reduce((sum, cell) => sum + cell.length, 0));
    let at = 0;
    this.fieldCount = 0;
    for (const cell of cells) {
      if (this.fieldCount === this.starts.length) this.growFields();
      bytes.set(cell, at);
      this.starts[this.fieldCount] = at;
      this.ends[this.fieldCount++] = at += cell.length;
    }
    return bytes;
  }

  private growFields(): void {
    const starts = new Int32Array(this.starts.length * 2);
    const ends = new Int32Array(this.ends.length * 2);
    starts.set(this.starts);
    ends.set(this.ends);
    this.starts = starts;
    this.ends = ends;
  }

  private readHeader(bytes: Uint8Array): void {
    const names = Array.from({ length: this.fieldCount }, (_, i) =>
      decodeCell(bytes, this.starts[i]!, this.ends[i]!)
        .trim()
        .replace(/^\uFEFF/, '')
        .toLowerCase(),
    );
    const columns = new Int32Array(ORDER_COLUMNS.length);
    ORDER_COLUMNS.forEach((column, index) => {
      columns[index] = names.indexOf(column);
      if (columns[index]! < 0)
        throw new CsvError(
          this.file,
          this.lineNumber,
          column,
          `missing from the header (found: ${names.join(',')})`,
        );
    });
    this.columns = columns;
  }

  private readLine(bytes: Uint8Array): void {
    const line = this.line;
    line.line = this.lineNumber;
    line.bytes = bytes;
    this.bounds(bytes, ORDER_ID);
    if (this.cellStart === this.cellEnd) throw this.error(ORDER_ID, 'is empty');
    line.orderStart = this.cellStart;
    line.orderEnd = this.cellEnd;
    line.orderNumber = this.order.hit(bytes, this.cellStart, this.cellEnd)
      ? this.order.value
      : this.order.store(
          bytes,
          this.cellStart,
          this.cellEnd,
          readIdNumber(bytes, this.cellStart, this.cellEnd) ?? Number.NaN,
        );
    this.bounds(bytes, CUSTOMER_ID);
    line.customerStart = this.cellStart;
    line.customerEnd = this.cellEnd;
    this.bounds(bytes, PRODUCT_ID);
    if (this.cellStart === this.cellEnd) throw this.error(PRODUCT_ID, 'is empty');
    line.productStart = this.cellStart;
    line.productEnd = this.cellEnd;
    line.productNumber = readIdNumber(bytes, this.cellStart, this.cellEnd) ?? Number.NaN;
    this.bounds(bytes, VARIANT_ID);
    line.variantStart = this.cellStart;
    line.variantEnd = this.cellEnd;
    line.variantNumber = readIdNumber(bytes, this.cellStart, this.cellEnd) ?? Number.NaN;
    const quantity = this.number(bytes, QUANTITY);
    if (quantity === undefined) throw this.error(QUANTITY, 'is empty');
    // A return or a zero line is no purchase; counted, it would pair products nobody bought together.
    if (!(quantity > 0)) throw this.error(QUANTITY, `${quantity} is not a positive quantity`);
    line.quantity = quantity;
    line.unitPrice = this.number(bytes, UNIT_PRICE);
    if (line.unitPrice !== undefined && line.unitPrice < 0)
      throw this.error(UNIT_PRICE, `${line.unitPrice} is a negative price`);
    line.createdAt = this.createdAt(bytes);
    this.onLine(line);
  }

  private error(column: number, problem: string): CsvError {
    return new CsvError(this.file, this.lineNumber, ORDER_COLUMNS[column], problem);
  }

  /** Sets `start`/`end` to the column's cell, trimmed of spaces (fields, not arrays: this runs per cell). */
  private bounds(bytes: Uint8Array, column: number): void {
    const index = this.columns![column]!;
    if (index >= this.fieldCount)
      throw this.error(column, `missing (the line has ${this.fieldCount} fields)`);
    let start = this.starts[index]!;
    let end = this.ends[index]!;
    while (start < end && (bytes[start] === 32 || bytes[start] === 9)) start++;
    while (end > start && (bytes[end - 1] === 32 || bytes[end - 1] === 9)) end--;
    this.cellStart = start;
    this.cellEnd = end;
  }

  private number(bytes: Uint8Array, column: number): number | undefined {
    this.bounds(bytes, column);
    const { cellStart: start, cellEnd: end } = this;
    if (start === end) return undefined;
    const plain = readPlainNumber(bytes, start, end);
    if (plain !== undefined) return plain;
    const text = decodeCell(bytes, start, end);
    if (!NUMBER.test(text)) throw this.error(column, `'${text}' is not a number`);
    return Number(text);
  }

  private createdAt(bytes: Uint8Array): number | undefined {
    this.bounds(bytes, CREATED_AT);
    const { cellStart: start, cellEnd: end } = this;
    if (this.date.hit(bytes, start, end)) return this.date.value;
    const fast = this.isoSeconds.read(bytes, start, end);
    if (fast !== undefined && !Number.isNaN(fast)) return this.date.store(bytes, start, end, fast);
    const text = decodeCell(bytes, start, end);
    const value = text === '' ? undefined : parseTimestamp(text);
    if (Number.isNaN(value))
      throw this.error(CREATED_AT, `'${text}' is not a date (expected ISO 8601, e.g. 2024-05-01T12:30:00Z)`);
    return this.date.store(bytes, start, end, value);
  }
}
