/**
 * How sandbox frames reach the checkout page that hosts them: each extension frame and the pixel frame asks the
 * page (same origin, `window.parent`) for its API, as checkout hands each sandbox its own `shopify` object.
 */
export interface PixelApi {
  readonly settings: Readonly<Record<string, unknown>>;
  readonly init: { readonly data: { readonly shop: { readonly myshopifyDomain: string } } };
  readonly analytics: {
    subscribe(
      name: string,
      callback: (event: { readonly name: string; readonly customData: unknown }) => void,
    ): () => void;
  };
  readonly browser: { sendBeacon(url: string, body?: string): Promise<boolean> };
}

export interface PreviewBridge {
  connectExtension(frameId: string): { readonly target: string; readonly api: Record<string, unknown> };
  connectPixel(): PixelApi;
}

const BRIDGE_KEY = 'tandemPreview';

export function exposeBridge(bridge: PreviewBridge): void {
  (window as unknown as Record<string, unknown>)[BRIDGE_KEY] = bridge;
}

export function parentBridge(): PreviewBridge {
  const bridge = (window.parent as unknown as Record<string, unknown>)[BRIDGE_KEY] as
    PreviewBridge | undefined;
  if (!bridge) throw new Error('This frame runs inside the checkout preview page only');
  return bridge;
}

/**
 * Loads a built extension into this frame with a `shopify` global whose `extend` registers targets, as Shopify's
 * sandbox does, and runs the one this frame renders.
 */
export async function runExtension(
  bundleUrl: string,
  shopify: Record<string, unknown>,
  target: string,
  ...args: unknown[]
): Promise<void> {
  const registered = new Map<string, (...args: unknown[]) => unknown>();
  (globalThis as unknown as { shopify: unknown }).shopify = {
    ...shopify,
    extend: (name: string, callback: (...args: unknown[]) => unknown) => void registered.set(name, callback),
  };
  await import(/* @vite-ignore */ bundleUrl);
  const callback = registered.get(target);
  if (!callback)
    throw new Error(
      `${bundleUrl} registers no ${target} (it registers ${[...registered.keys()].join(', ') || 'nothing'})`,
    );
  await callback(...args);
}
