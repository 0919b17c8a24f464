import { describe, expect, it } from '@jest/globals';
import { ConfigError } from './errors.js';
import { parseStartArgs } from './start-args.js';

describe('parseStartArgs', () => {
  it('reads --reset and --help and defaults both to off', () => {
    // Given the flags npm start passes after `--`
    // When they are parsed
    // Then each is recognised
    expect(parseStartArgs([])).toEqual({ reset: false, help: false });
    expect(parseStartArgs(['--reset'])).toEqual({ reset: true, help: false });
    expect(parseStartArgs(['--help'])).toEqual({ reset: false, help: true });
  });

  it('refuses an unknown flag by name, with the usage', () => {
    // Given a typo
    // When it is parsed
    // Then the error names it and shows what is accepted
    expect(() => parseStartArgs(['--rest', 'x'])).toThrow(ConfigError);
    expect(() => parseStartArgs(['--rest'])).toThrow(/Unknown argument "--rest"[\s\S]*--reset/);
  });
});
