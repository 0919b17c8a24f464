/** What the engine holds across calls: the clock, the shops, bulk files, staged uploads and the change bus. */
import type { LeakyBucket } from './cost/leaky-bucket.js';
import { ChangeBus } from './change-bus.js';
import type { ShopFaults } from './faults.js';
import type { ShopState } from '../state/shop-state.js';
import type { EngineOptions } from './types.js';

export interface ShopRuntime {
  readonly state: ShopState;
  readonly bucket: LeakyBucket;
  readonly faults: ShopFaults;
}

export class UnknownShopError extends Error {
  constructor(readonly domain: string) {
    super(`No emulated shop '${domain}'. Add it with addShop(seed) first.`);
    this.name = 'UnknownShopError';
  }
}

export class EngineRuntime {
  readonly clock: () => number;
  readonly timeScale: number;
  readonly appId: string;
  readonly shops = new Map<string, ShopRuntime>();
  /** fileId → JSONL (as served, i.e. already truncated when a fault asked for it). */
  readonly bulkFiles = new Map<string, string>();
  /** Staged upload key → uploaded JSONL; null while issued but not yet uploaded. */
  readonly stagedUploads = new Map<string, string | null>();
  readonly bus = new ChangeBus();
  readonly webPixelFields: EngineOptions['webPixelFields'];
  private readonly publicBaseUrl: string | undefined;

  constructor(options: EngineOptions) {
    this.clock = options.clock ?? Date.now;
    this.timeScale = options.timeScale ?? 1;
    this.appId = options.appId ?? '1';
    this.publicBaseUrl = options.publicBaseUrl;
    this.webPixelFields = options.webPixelFields;
    if (!(this.timeScale > 0)) throw new RangeError(`timeScale must be > 0, got ${this.timeScale}`);
    if (!/^\d+$/.test(this.appId))
      throw new RangeError(`appId must be numeric (Shopify app ids are), got '${this.appId}'`);
  }

  now(): number {
    return this.clock();
  }

  nowIso(): string {
    return new Date(this.clock()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  shop(domain: string): ShopRuntime {
    const shop = this.shops.get(domain);
    if (!shop) throw new UnknownShopError(domain);
    return shop;
  }

  /** Origin for URLs the app fetches from the emulator (bulk files, staged uploads). */
  baseUrl(domain: string): string {
    return this.publicBaseUrl ?? `https://${domain}`;
  }

  /** The shop's own origin (`https://{shop}`; under the emulator's HTTP face, `/shops/{shop}`). */
  shopUrl(domain: string): string {
    return this.publicBaseUrl === undefined ? `https://${domain}` : `${this.publicBaseUrl}/shops/${domain}`;
  }

  /** A product image as Shopify hands it out everywhere (GraphQL, Storefront, webhooks): an absolute URL. */
  imageUrl(domain: string, imageUrl: string): string {
    return imageUrl.startsWith('/') ? `${this.baseUrl(domain)}${imageUrl}` : imageUrl;
  }
}
