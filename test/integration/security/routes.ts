import { createHmac } from 'node:crypto';
import type { Express } from 'express';

export interface RouteInfo {
  readonly method: string;
  readonly path: string;
}

interface LayerLike {
  readonly route?: { readonly path: string | string[]; readonly methods: Record<string, boolean> };
  readonly handle?: { readonly stack?: readonly LayerLike[] };
}

/** Every route the express app serves, read from its router stack, so a route added later is covered too. */
export function listRoutes(app: Express): RouteInfo[] {
  const routes: RouteInfo[] = [];
  const walk = (stack: readonly LayerLike[]) => {
    for (const layer of stack) {
      if (layer.route) {
        const paths = Array.isArray(layer.route.path) ? layer.route.path : [layer.route.path];
        for (const path of paths)
          for (const [method, on] of Object.entries(layer.route.methods))
            if (on && method !== '_all') routes.push({ method: method.toUpperCase(), path });
      } else if (layer.handle?.stack) walk(layer.handle.stack);
    }
  };
  walk((app as unknown as { router: { stack: readonly LayerLike[] } }).router.stack);
  return routes;
}

/** The route with each `:param` filled in. */
export function concrete(path: string, value = 'gid-unknown-1'): string {
  return path.replace(/:(\w+)/g, () => encodeURIComponent(value));
}

const base64url = (data: string | Buffer) => Buffer.from(data).toString('base64url');

/** Reads a JWT's claims (no verification: the test made or received it). */
export function claimsOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;
}

/** An HS256 JWT as App Bridge's session tokens are, signed with `secret`. */
export function signToken(claims: Record<string, unknown>, secret: string): string {
  const head = `${base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${base64url(JSON.stringify(claims))}`;
  return `${head}.${base64url(createHmac('sha256', secret).update(head).digest())}`;
}
