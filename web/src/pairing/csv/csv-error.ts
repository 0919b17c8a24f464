import { ValidationError } from '../../errors.js';

/** Bad CSV input; the message names the file, line and column so the user can fix it. */
export class CsvError extends ValidationError {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: string | undefined,
    problem: string,
  ) {
    const where = column === undefined ? `${file} line ${line}` : `${file} line ${line}, column ${column}`;
    super(`${where}: ${problem}`, [
      { path: column === undefined ? `${file}:${line}` : `${file}:${line}:${column}`, message: problem },
    ]);
  }
}
