import { Writable } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import { createLogger } from './logger.js';

describe('createLogger', () => {
  it('never writes secrets, wherever they sit in a logged object', () => {
    // Given a logger writing into memory
    let output = '';
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        output += chunk.toString();
        done();
      },
    });
    const logger = createLogger({ logLevel: 'info' }, stream);
    // When secrets are logged as part of larger objects
    logger.info(
      { session: { shop: 'a.myshopify.com', accessToken: 'shpat_123' }, shopify: { apiSecret: 'topsecret' } },
      'x',
    );
    logger.info(
      { req: { headers: { authorization: 'Bearer eyJabc', 'x-shopify-access-token': 'shpat_456' } } },
      'y',
    );
    // Then none of them reach the output
    for (const secret of ['shpat_123', 'topsecret', 'eyJabc', 'shpat_456'])
      expect(output).not.toContain(secret);
    expect(output).toContain('a.myshopify.com');
    expect(output).toContain('[redacted]');
  });
});
