/**
 * Emulator-internal records: what the Admin API lets an app create (metafields, definitions, discounts,
 * webhook subscriptions, bulk operations). They live only in the engine's `ShopState`; seeds never carry them.
 */

export const METAFIELD_OWNER_TYPES = {
  Product: 'PRODUCT',
  ProductVariant: 'PRODUCTVARIANT',
  Shop: 'SHOP',
  Collection: 'COLLECTION',
  Customer: 'CUSTOMER',
  Order: 'ORDER',
  AppInstallation: 'API_PERMISSION',
} as const;
export type MetafieldOwnerType = (typeof METAFIELD_OWNER_TYPES)[keyof typeof METAFIELD_OWNER_TYPES];

export interface MetafieldRecord {
  readonly id: string;
  readonly ownerId: string;
  readonly ownerType: MetafieldOwnerType;
  readonly namespace: string;
  readonly key: string;
  type: string;
  value: string;
  readonly createdAt: string;
  updatedAt: string;
}

export interface MetafieldDefinitionRecord {
  readonly id: string;
  readonly ownerType: string;
  readonly namespace: string;
  readonly key: string;
  readonly name: string;
  readonly type: string;
  readonly description: string | null;
  readonly storefrontAccess: string | null;
}

export interface BxgyItems {
  readonly productIds: readonly string[];
  readonly variantIds: readonly string[];
  readonly collectionIds: readonly string[];
}

/** Which discount classes a discount combines with (Shopify's DiscountCombinesWith; all false by default). */
export interface DiscountCombinesWith {
  orderDiscounts: boolean;
  productDiscounts: boolean;
  shippingDiscounts: boolean;
}

export interface BxgyDiscountRecord {
  readonly id: string;
  readonly nodeId: string;
  title: string;
  startsAt: string;
  endsAt: string | null;
  buys: { items: BxgyItems; quantity: number | null; amount: string | null };
  gets: { items: BxgyItems; quantity: number; percentage: number | null; amount: string | null };
  usesPerOrderLimit: number | null;
  combinesWith: DiscountCombinesWith;
  readonly createdAt: string;
  updatedAt: string;
}

export interface WebhookSubscriptionRecord {
  readonly id: string;
  /** GraphQL enum value, e.g. ORDERS_CREATE. */
  readonly topic: string;
  uri: string;
  format: 'JSON' | 'XML';
  includeFields: string[];
  filter: string | null;
  readonly createdAt: string;
  updatedAt: string;
}

export const BULK_STATUSES = [
  'CREATED',
  'RUNNING',
  'COMPLETED',
  'FAILED',
  'CANCELED',
  'CANCELING',
  'EXPIRED',
] as const;
export type BulkStatus = (typeof BULK_STATUSES)[number];

export interface BulkOperationRecord {
  readonly id: string;
  readonly type: 'QUERY' | 'MUTATION';
  readonly query: string;
  status: BulkStatus;
  readonly createdAt: string;
  /** Epoch ms at which the operation starts running / finishes (scaled by timeScale). */
  readonly runningAtMs: number;
  readonly finishAtMs: number;
  completedAt: string | null;
  errorCode: 'ACCESS_DENIED' | 'INTERNAL_SERVER_ERROR' | 'TIMEOUT' | null;
  objectCount: number;
  rootObjectCount: number;
  fileSize: number | null;
  /** Ids under which readBulkFile serves the full / partial JSONL. */
  fileId: string | null;
  partialFileId: string | null;
  /** The JSONL, computed when the operation was created (a snapshot) and published when it completes. */
  readonly pending: {
    readonly lines: readonly string[];
    readonly rootCount: number;
    readonly failure: BulkFailure | null;
  };
}

export interface BulkFailure {
  readonly errorCode: 'ACCESS_DENIED' | 'INTERNAL_SERVER_ERROR';
  /** How many lines were produced before the failure (served via partialDataUrl). */
  readonly linesBeforeFailure: number;
}
