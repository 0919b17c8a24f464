import net from 'node:net';
import { describe, expect, it } from '@jest/globals';
import { GraphQLClient } from 'graphql-request';

describe('test network guard', () => {
  it('refuses a connection to a non-loopback host before any packet leaves', () => {
    // Given a socket aimed at a host outside this machine (.invalid never resolves, so nothing leaks even if the guard broke)
    const socket = new net.Socket();
    // When it connects / Then the guard throws with the target named
    expect(() => socket.connect({ host: 'blocked.invalid', port: 443 })).toThrow(
      'Blocked outbound network in tests: blocked.invalid:443',
    );
  });

  it('refuses fetch to a non-loopback host', async () => {
    const failure = await fetch('http://blocked.invalid/').catch((error: unknown) => error);
    expect((failure as Error).cause).toEqual(
      expect.objectContaining({ message: expect.stringContaining('Blocked outbound') }),
    );
  });

  it('lets loopback connections through', async () => {
    // Given a server on loopback
    const server = net.createServer((s) => s.end('hi'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    // When a client connects / Then it reads the greeting
    const reply = await new Promise<string>((resolve, reject) => {
      const client = net.connect({ host: '127.0.0.1', port }, () => undefined);
      client.on('data', (data) => resolve(data.toString()));
      client.on('error', reject);
    });
    server.close();
    expect(reply).toBe('hi');
  });

  it('loads ESM-only dependencies such as graphql-request v7', () => {
    expect(new GraphQLClient('http://127.0.0.1:1/graphql')).toBeInstanceOf(GraphQLClient);
  });
});
