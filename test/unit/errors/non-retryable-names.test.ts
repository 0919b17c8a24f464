import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import * as errors from '@tandem/web/errors';
import { isNonRetryable, NON_RETRYABLE_NAMES } from '@tandem/web/errors';
import { sourceFiles } from '../imports/import-graph.js';
import { appErrorClasses } from './error-classes.js';

const webSrc = fileURLToPath(new URL('../../../web/src', import.meta.url));
const classes = appErrorClasses(sourceFiles(webSrc).filter((file) => !file.endsWith('.test.ts')));

describe('NON_RETRYABLE_NAMES', () => {
  it('names exactly the AppError classes in web/src that are never retryable', () => {
    // Given every AppError descendant in the source (including those outside errors.ts)
    const neverRetryable = classes.filter((entry) => entry.retryable === false).map((entry) => entry.name);
    expect(neverRetryable).toEqual(
      expect.arrayContaining(['CsvError', 'GraphqlRequestError', 'MigrationError']),
    );
    // Then the hand-kept set is that list, no more and no less
    expect([...NON_RETRYABLE_NAMES].sort()).toEqual(neverRetryable.sort());
  });

  it('reads retryable as the classes themselves have it (errors.ts, constructed)', () => {
    const isErrorClass = (value: unknown): value is new (message: string) => errors.AppError =>
      value === errors.AppError ||
      (typeof value === 'function' && value.prototype instanceof errors.AppError);
    const exported = Object.entries(errors).flatMap(([name, value]) =>
      isErrorClass(value) ? [{ name, ErrorClass: value }] : [],
    );
    expect(exported.length).toBeGreaterThan(8);
    for (const { name, ErrorClass } of exported) {
      const read = classes.find((entry) => entry.name === name);
      expect({ name, retryable: read?.retryable }).toEqual({
        name,
        retryable: new ErrorClass('probe').retryable,
      });
    }
  });

  it('marks a class that decides per instance as such, and leaves it out of the names', () => {
    expect(classes.find((entry) => entry.name === 'BulkOperationError')?.retryable).toBe('per-instance');
    expect(NON_RETRYABLE_NAMES.has('BulkOperationError')).toBe(false);
  });

  it.each([...NON_RETRYABLE_NAMES])(
    'fails %s at once after it crossed a process boundary (name only)',
    (name) => {
      expect(isNonRetryable(Object.assign(new Error('serialised'), { name }))).toBe(true);
    },
  );

  it('retries a plain error and a retryable one by name', () => {
    expect(isNonRetryable(new Error('boom'))).toBe(false);
    expect(isNonRetryable(Object.assign(new Error('x'), { name: 'UnavailableError' }))).toBe(false);
  });
});
