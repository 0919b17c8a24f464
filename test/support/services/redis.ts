// Redis for the suites: the machine's server on its default port, or else a private throwaway redis-server.
import net from 'node:net';
import { findRedisServer, freePort, killHard, startRedis } from '../processes.js';
import type { FoundService, ServerAddress } from './types.js';

/** Where the machine's own server listens by default. */
export const DEFAULT_REDIS: ServerAddress = { host: '127.0.0.1', port: 6379 };

/** True when a Redis answers PING within a second (a raw socket: no client retry loop to wait out). */
export function answersPing({ host, port }: ServerAddress): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    let reply = '';
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1_000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk: Buffer) => {
      reply += chunk.toString();
      if (reply.includes('\r\n')) done(reply.startsWith('+PONG'));
    });
  });
}

/** The server at `address` (the default port unless a test says otherwise), or else a private redis-server. */
export async function findOrStartRedis(address = DEFAULT_REDIS): Promise<FoundService> {
  if (await answersPing(address)) {
    const url = `redis://${address.host}:${address.port}`;
    return { kind: 'found', url, origin: 'local', stop: async () => undefined };
  }
  const problems = [`no Redis answers on ${address.host}:${address.port}`];
  if (findRedisServer() === undefined) {
    return { kind: 'missing', problems: [...problems, 'no redis-server on PATH or in /usr/bin, /usr/sbin'] };
  }
  const port = await freePort();
  const child = await startRedis(port);
  return { kind: 'found', url: `redis://127.0.0.1:${port}`, origin: 'private', stop: () => killHard(child) };
}
