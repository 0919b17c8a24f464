import { describe, expect, it } from '@jest/globals';
import { parseFormOrJson, parseGraphqlBody } from './body.js';

const json = (value: unknown) => Buffer.from(JSON.stringify(value));

describe('parseGraphqlBody', () => {
  it('reads query, variables and operationName from JSON', () => {
    expect(
      parseGraphqlBody(json({ query: '{a}', variables: { x: 1 }, operationName: 'Op' }), 'application/json'),
    ).toEqual({
      kind: 'ok',
      value: { query: '{a}', variables: { x: 1 }, operationName: 'Op' },
    });
  });

  it('accepts variables sent as a JSON string and a bare application/graphql body', () => {
    expect(parseGraphqlBody(json({ query: '{a}', variables: '{"x":2}' }), 'application/json')).toMatchObject({
      value: { variables: { x: 2 } },
    });
    expect(parseGraphqlBody(Buffer.from('{a}'), 'application/graphql')).toEqual({
      kind: 'ok',
      value: { query: '{a}' },
    });
  });

  it('names the bad parameter', () => {
    expect(parseGraphqlBody(json({ variables: {} }), 'application/json')).toEqual({
      kind: 'invalid',
      message: 'query',
    });
    expect(parseGraphqlBody(json({ query: '{a}', variables: 3 }), 'application/json')).toEqual({
      kind: 'invalid',
      message: 'variables',
    });
    expect(parseGraphqlBody(json({ query: '{a}', operationName: 1 }), 'application/json')).toEqual({
      kind: 'invalid',
      message: 'operationName',
    });
    expect(parseGraphqlBody(json([1]), 'application/json')).toEqual({
      kind: 'invalid',
      message: 'request body must be a JSON object',
    });
    expect(parseGraphqlBody(Buffer.from('{"query":'), 'application/json')).toMatchObject({
      kind: 'invalid',
      message: expect.stringMatching(/not valid JSON/),
    });
  });
});

describe('parseFormOrJson', () => {
  it('reads form-encoded and JSON token requests', () => {
    expect(parseFormOrJson(Buffer.from('client_id=a&code=b'), 'application/x-www-form-urlencoded')).toEqual({
      kind: 'ok',
      value: { client_id: 'a', code: 'b' },
    });
    expect(parseFormOrJson(json({ client_id: 'a' }), 'application/json')).toEqual({
      kind: 'ok',
      value: { client_id: 'a' },
    });
  });
});
