import { describe, expect, it } from '@jest/globals';
import { parseJsonLossless } from './lossless-json.js';

describe('parseJsonLossless', () => {
  it('keeps the digits of integers beyond 2^53 and leaves everything else as JSON.parse reads it', () => {
    const text =
      '{"id":788032119674292922,"small":632910392,"neg":-9007199254740993,"f":1.5e3,' +
      '"s":"788032119674292922 \\" 9007199254740993","list":[9007199254740991,9007199254740992]}';
    expect(parseJsonLossless(text)).toEqual({
      id: '788032119674292922',
      small: 632910392,
      neg: '-9007199254740993',
      f: 1500,
      s: '788032119674292922 " 9007199254740993',
      list: [9007199254740991, '9007199254740992'],
    });
  });

  it('rejects malformed JSON as JSON.parse does', () => {
    expect(() => parseJsonLossless('{"id": 7880321196742929221,')).toThrow(SyntaxError);
  });
});
