import { expect } from '@jest/globals';
import { ValidationError } from '@tandem/web/errors';

/** Asserts the call failed with a ValidationError whose message and issues name `path`. */
export async function expectInvalid(
  call: Promise<unknown> | (() => unknown),
  path: string,
): Promise<ValidationError> {
  let error: unknown;
  try {
    await (typeof call === 'function' ? call() : call);
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(ValidationError);
  const validation = error as ValidationError;
  expect(validation.message).toContain(path);
  expect(validation.issues.map((issue) => issue.path)).toContain(path);
  return validation;
}
