// Tests may talk to this machine only (PostgreSQL, Redis, the emulator, our own servers).
// Anything else is a bug in the test: it fails loudly here instead of leaking traffic.
import net from 'node:net';

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|::1|::ffff:127(?:\.\d{1,3}){3}|0\.0\.0\.0)$/i;

type ConnectArgs = Parameters<net.Socket['connect']>;

function targetOf(args: unknown[]): { host: string; port: string } | undefined {
  const [first, second] = args;
  if (Array.isArray(first)) return targetOf(first as unknown[]);
  if (typeof first === 'object' && first !== null) {
    const options = first as { host?: string; port?: number | string; path?: string };
    if (options.path !== undefined) return undefined; // Unix socket: local by definition.
    return { host: options.host ?? 'localhost', port: String(options.port ?? '') };
  }
  if (typeof first === 'string' && Number.isNaN(Number(first))) return undefined; // IPC path.
  return { host: typeof second === 'string' ? second : 'localhost', port: String(first) };
}

const originalConnect = net.Socket.prototype.connect;
if (!(originalConnect as { tandemGuard?: boolean }).tandemGuard) {
  const guarded = function (this: net.Socket, ...args: ConnectArgs) {
    const target = targetOf(args);
    if (target && !LOOPBACK.test(target.host)) {
      throw new Error(
        `Blocked outbound network in tests: ${target.host}:${target.port} (only loopback is allowed)`,
      );
    }
    return originalConnect.apply(this, args);
  } as typeof originalConnect & { tandemGuard?: boolean };
  guarded.tandemGuard = true;
  net.Socket.prototype.connect = guarded;
}
