/* eslint-disable @typescript-eslint/no-non-null-assertion -- numeric kernel: typed-array reads are in bounds by construction, and noUncheckedIndexedAccess would otherwise need a cast on every access. */
/** Byte-level helpers for the order-line scanner: no string is made for a cell unless it is needed. */
import { utc } from './timestamp.js';

const utf8 = new TextDecoder('utf-8');

/** The cell as a string (UTF-8, ASCII fast path). */
export function decodeCell(bytes: Uint8Array, start: number, end: number): string {
  if (end - start > 24) return utf8.decode(bytes.subarray(start, end));
  let text = '';
  for (let at = start; at < end; at++) {
    if (bytes[at]! > 127) return utf8.decode(bytes.subarray(start, end));
    text += String.fromCharCode(bytes[at]!);
  }
  return text;
}

const digit = (bytes: Uint8Array, at: number): number => {
  const value = bytes[at]! - 48;
  return value >= 0 && value <= 9 ? value : Number.NaN;
};
const digits = (bytes: Uint8Array, at: number, count: number): number => {
  let value = 0;
  for (let i = 0; i < count; i++) value = value * 10 + digit(bytes, at + i);
  return value;
};

/**
 * The common export spelling YYYY-MM-DDTHH:MM:SSZ read straight from the bytes (NaN if a field is out of
 * range); undefined for any other spelling, which takes the general parser. Exports list orders by time, so
 * the day usually repeats: its midnight is kept and only the time of day is read again.
 */
export class IsoSecondsReader {
  private readonly day = new Uint8Array(10);
  private midnight = Number.NaN;

  read(bytes: Uint8Array, start: number, end: number): number | undefined {
    if (
      end - start !== 20 ||
      bytes[start + 4] !== 45 ||
      bytes[start + 7] !== 45 ||
      bytes[start + 10] !== 84 ||
      bytes[start + 13] !== 58 ||
      bytes[start + 16] !== 58 ||
      bytes[start + 19] !== 90
    )
      return undefined;
    const hour = digits(bytes, start + 11, 2);
    const minute = digits(bytes, start + 14, 2);
    const second = digits(bytes, start + 17, 2);
    // NaN (a non-digit) fails every comparison, so it falls to the general parser too.
    if (!(hour <= 23 && minute <= 59 && second <= 60))
      return Number.isNaN(hour + minute + second) ? undefined : Number.NaN;
    if (!sameBytes(bytes, start, start + 10, this.day, 10)) {
      const year = digits(bytes, start, 4);
      const month = digits(bytes, start + 5, 2);
      const day = digits(bytes, start + 8, 2);
      if (Number.isNaN(year + month + day)) return undefined;
      this.midnight = utc(year, month, day, 0, 0, 0, 0);
      this.day.set(bytes.subarray(start, start + 10));
    }
    return this.midnight + ((hour * 60 + minute) * 60 + second) * 1000;
  }
}

/**
 * Plain decimal (digits, optional sign and one point) read straight from the bytes; undefined if the cell is
 * anything else, so the caller can fall back to the strict string path.
 */
export function readPlainNumber(bytes: Uint8Array, start: number, end: number): number | undefined {
  let at = start;
  let sign = 1;
  if (at < end && (bytes[at] === 45 || bytes[at] === 43)) sign = bytes[at++] === 45 ? -1 : 1;
  let value = 0;
  let scale = 0;
  let digits = 0;
  for (; at < end; at++) {
    const byte = bytes[at]!;
    if (byte >= 48 && byte <= 57) {
      value = value * 10 + (byte - 48);
      digits += 1;
      if (scale > 0) scale *= 10;
    } else if (byte === 46 && scale === 0) {
      scale = 1;
    } else {
      return undefined;
    }
  }
  if (digits === 0 || digits > 15) return undefined;
  return (sign * value) / (scale || 1);
}

/** A whole number id without leading zeros ("0" aside) that fits a double exactly; else undefined. */
export function readIdNumber(bytes: Uint8Array, start: number, end: number): number | undefined {
  const length = end - start;
  if (length === 0 || length > 15 || (bytes[start] === 48 && length > 1)) return undefined;
  let value = 0;
  for (let at = start; at < end; at++) {
    const byte = bytes[at]!;
    if (byte < 48 || byte > 57) return undefined;
    value = value * 10 + (byte - 48);
  }
  return value;
}

export function sameBytes(
  bytes: Uint8Array,
  start: number,
  end: number,
  other: Uint8Array,
  otherLength: number,
): boolean {
  if (end - start !== otherLength) return false;
  for (let i = 0; i < otherLength; i++) if (bytes[start + i] !== other[i]) return false;
  return true;
}
