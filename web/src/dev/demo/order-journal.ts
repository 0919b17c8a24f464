import { appendFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { EmulatedOrder, ShopSeed } from '@tandem/emulator';

/** Where the demo keeps the orders placed in the checkout preview (inside DATA_DIR; `--reset` removes it). */
export const JOURNAL_FILE = 'preview-orders.jsonl';

/**
 * The orders placed through the checkout preview, one JSON line each. The embedded emulator keeps its shop in
 * memory and regenerates it on every start; replaying these orders into its seed keeps the emulator and the
 * app's database telling the same story, and keeps new order ids from colliding with the ones already stored.
 */
export interface OrderJournal {
  readonly file: string;
  append(shop: string, order: EmulatedOrder): Promise<void>;
  /** Orders of `shop` in the order they were placed; a damaged line is an error naming file and line. */
  read(shop: string): Promise<EmulatedOrder[]>;
}

interface JournalLine {
  readonly shop: string;
  readonly order: EmulatedOrder;
}

export function orderJournal(dataDir: string): OrderJournal {
  const file = path.join(dataDir, JOURNAL_FILE);
  return {
    file,
    async append(shop, order) {
      await mkdir(dataDir, { recursive: true });
      await appendFile(file, `${JSON.stringify({ shop, order } satisfies JournalLine)}\n`);
    },
    async read(shop) {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
      return text.split('\n').flatMap((raw, index) => {
        if (raw.trim() === '') return [];
        const line = parseLine(raw);
        if (!line)
          throw new Error(
            `${file}:${index + 1}: not an order written by the checkout preview; remove the line or start with --reset`,
          );
        return line.shop === shop ? [line.order] : [];
      });
    },
  };
}

function parseLine(raw: string): JournalLine | undefined {
  try {
    const value = JSON.parse(raw) as Partial<JournalLine> | null;
    const order = value?.order;
    if (typeof value?.shop !== 'string' || typeof order?.id !== 'string' || !Array.isArray(order.lineItems))
      return undefined;
    return { shop: value.shop, order };
  } catch {
    return undefined;
  }
}

/**
 * The seed with the journal's orders added and their quantities taken from stock, as placing them did. The
 * emulator numbers new objects after the highest id in its seed, so replayed ids are never handed out again.
 */
export function withPreviewOrders(seed: ShopSeed, orders: readonly EmulatedOrder[]): ShopSeed {
  if (orders.length === 0) return seed;
  const sold = new Map<string, number>();
  for (const order of orders)
    for (const { variantId, quantity } of order.lineItems)
      if (variantId) sold.set(variantId, (sold.get(variantId) ?? 0) + quantity);
  const known = new Set(seed.orders.map((order) => order.id));
  return {
    ...seed,
    products: seed.products.map((product) =>
      product.variants.some((variant) => sold.has(variant.id))
        ? {
            ...product,
            variants: product.variants.map((variant) => ({
              ...variant,
              inventoryQuantity: variant.inventoryQuantity - (sold.get(variant.id) ?? 0),
            })),
          }
        : product,
    ),
    orders: [...seed.orders, ...orders.filter((order) => !known.has(order.id))],
  };
}
