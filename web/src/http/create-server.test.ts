import { Writable } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import { Router } from 'express';
import request from 'supertest';
import { NotFoundError, ValidationError } from '../errors.js';
import { createLogger } from '../logger.js';
import { createServer } from './create-server.js';

function captureLogs(): { lines: string[]; stream: Writable } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { lines, stream };
}

function buildServer(routes: Router[] = [], failing: string[] = []) {
  const logs = captureLogs();
  const logger = createLogger({ logLevel: 'info' }, logs.stream);
  const readiness = ['database', 'queue'].map((name) => ({
    name,
    check: async () => {
      if (failing.includes(name)) throw new Error(`${name} unreachable at db.internal:5432`);
    },
  }));
  return { app: createServer({ logger, readiness, routes, jsonLimit: '1kb' }), logs };
}

describe('createServer', () => {
  it('answers /healthz and /readyz when every dependency is up', async () => {
    const { app } = buildServer();
    await request(app).get('/healthz').expect(200, { status: 'ok' });
    const ready = await request(app).get('/readyz').expect(200);
    expect(ready.body.checks).toEqual([
      { name: 'database', ok: true },
      { name: 'queue', ok: true },
    ]);
  });

  it('reports not ready with the failing dependency named', async () => {
    const { app } = buildServer([], ['database']);
    const ready = await request(app).get('/readyz').expect(503);
    expect(ready.body.checks[0]).toEqual({
      name: 'database',
      ok: false,
      error: 'database unreachable at db.internal:5432',
    });
  });

  it('maps app errors to their status with a safe body and a request id', async () => {
    // Given routes that throw expected and unexpected errors
    const router = Router();
    router.get('/missing', () => {
      throw new NotFoundError('No product 42');
    });
    router.post('/invalid', () => {
      throw new ValidationError('Bad settings', [{ path: 'maxOffers', message: 'must be ≤ 3' }]);
    });
    router.get('/boom', () => {
      throw new Error('database password is hunter2');
    });
    const { app, logs } = buildServer([router]);
    // Then each answers with its code; the internal one hides its message from the caller but logs it
    const missing = await request(app).get('/missing').set('X-Request-Id', 'req-1').expect(404);
    expect(missing.body).toEqual({
      error: { code: 'not_found', message: 'No product 42' },
      requestId: 'req-1',
    });
    const invalid = await request(app).post('/invalid').send({}).expect(400);
    expect(invalid.body.error.issues).toEqual([{ path: 'maxOffers', message: 'must be ≤ 3' }]);
    const boom = await request(app).get('/boom').expect(500);
    expect(JSON.stringify(boom.body)).not.toContain('hunter2');
    expect(boom.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(logs.lines.join('')).toContain('hunter2');
  });

  it('answers 404 for unknown routes, 413 for oversized and 400 for malformed JSON', async () => {
    const router = Router();
    router.post('/echo', (req, res) => {
      res.json(req.body);
    });
    const { app } = buildServer([router]);
    await request(app).get('/nope').expect(404);
    await request(app).post('/echo').set('Content-Type', 'application/json').send('{"a":').expect(400);
    const big = await request(app)
      .post('/echo')
      .send({ text: 'x'.repeat(2_000) })
      .expect(413);
    expect(big.body.error.code).toBe('payload_too_large');
  });

  it('logs request URLs without the values of id_token, session, hmac and code', async () => {
    // Given a page opened the way Shopify opens an embedded app (credentials in the query)
    const router = Router();
    router.get('/app', (_req, res) => {
      res.send('ok');
    });
    const { app, logs } = buildServer([router]);
    // When it is requested (also with an encoded parameter name and a second id_token)
    await request(app)
      .get('/app?shop=a.myshopify.com&id_token=JWT-SECRET&session=SESSION-SECRET&hmac=HMAC-SECRET')
      .expect(200);
    await request(app).get('/app?code=CODE-SECRET&host=aG9zdA&id%5Ftoken=JWT2-SECRET&id_token=JWT3-SECRET');
    // Then the request lines keep the names and the harmless values, never a secret value
    const text = logs.lines.join('');
    expect(text).not.toMatch(/SECRET/);
    expect(text).toContain(
      '/app?shop=a.myshopify.com&id_token=[redacted]&session=[redacted]&hmac=[redacted]',
    );
    expect(text).toContain('/app?code=[redacted]&host=aG9zdA&id%5Ftoken=[redacted]&id_token=[redacted]');
  });
});
