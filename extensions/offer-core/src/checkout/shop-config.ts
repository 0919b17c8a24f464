import { readJsonObject } from './json-value.js';
import type { ShopConfig } from './types.js';

export const SHOP_CONFIG_VERSION = 1;

/** Used for any field the backend leaves out. */
export const DEFAULT_SHOP_CONFIG: ShopConfig = {
  version: SHOP_CONFIG_VERSION,
  holdoutShare: 0.1,
  salt: 'tandem',
  maxOffers: 3,
  priceCapPct: 50,
  maxUpgradeDeltaPct: 35,
  showUpgrades: true,
  frequencyCap: 0,
  dismissLimit: 2,
  dismissDays: 30,
  copy: {},
};

export type ShopConfigParse =
  | { readonly kind: 'ok'; readonly config: ShopConfig }
  | { readonly kind: 'invalid'; readonly reason: string };

type NumberField =
  | 'holdoutShare'
  | 'maxOffers'
  | 'priceCapPct'
  | 'maxUpgradeDeltaPct'
  | 'frequencyCap'
  | 'dismissLimit'
  | 'dismissDays';

/** Allowed range per numeric field; integers only where a fraction makes no sense. */
const NUMBER_FIELDS: Readonly<Record<NumberField, readonly [min: number, max: number, integer: boolean]>> = {
  holdoutShare: [0, 0.5, false],
  maxOffers: [0, 10, true],
  priceCapPct: [1, 1000, false],
  maxUpgradeDeltaPct: [0, 1000, false],
  frequencyCap: [0, 1000, true],
  dismissLimit: [0, 10, true],
  dismissDays: [1, 365, true],
};

function copyProblem(copy: unknown): string | undefined {
  if (typeof copy !== 'object' || copy === null || Array.isArray(copy)) return 'copy is not an object';
  for (const [locale, entries] of Object.entries(copy)) {
    if (typeof entries !== 'object' || entries === null || Array.isArray(entries))
      return `copy.${locale} is not an object`;
    for (const [key, text] of Object.entries(entries)) {
      if (typeof text !== 'string') return `copy.${locale}.${key} is not a string`;
    }
  }
  return undefined;
}

/**
 * Reads the shop metafield `$app:tandem`/`config` (JSON string or parsed). Missing fields take defaults;
 * a present field of the wrong type or range makes the whole value invalid, naming the field.
 */
export function parseShopConfig(value: unknown): ShopConfigParse {
  const read = readJsonObject(value);
  if (read.kind === 'invalid') return read;
  const raw = read.data;
  if (raw.version !== SHOP_CONFIG_VERSION)
    return { kind: 'invalid', reason: `unsupported version ${String(raw.version)}` };
  const numbers: Partial<Record<NumberField, number>> = {};
  for (const [field, [min, max, integer]] of Object.entries(NUMBER_FIELDS) as [
    NumberField,
    readonly [number, number, boolean],
  ][]) {
    const fieldValue = raw[field];
    if (fieldValue === undefined) continue;
    if (
      typeof fieldValue !== 'number' ||
      !Number.isFinite(fieldValue) ||
      fieldValue < min ||
      fieldValue > max ||
      (integer && !Number.isInteger(fieldValue))
    ) {
      return {
        kind: 'invalid',
        reason: `${field} is not ${integer ? 'an integer' : 'a number'} in [${min}, ${max}]`,
      };
    }
    numbers[field] = fieldValue;
  }
  if (raw.salt !== undefined && (typeof raw.salt !== 'string' || raw.salt.length > 64))
    return { kind: 'invalid', reason: 'salt is not a string of ≤ 64 characters' };
  if (raw.showUpgrades !== undefined && typeof raw.showUpgrades !== 'boolean')
    return { kind: 'invalid', reason: 'showUpgrades is not a boolean' };
  if (raw.copy !== undefined) {
    const problem = copyProblem(raw.copy);
    if (problem) return { kind: 'invalid', reason: problem };
  }
  return {
    kind: 'ok',
    config: {
      ...DEFAULT_SHOP_CONFIG,
      ...numbers,
      ...(typeof raw.salt === 'string' ? { salt: raw.salt } : {}),
      ...(typeof raw.showUpgrades === 'boolean' ? { showUpgrades: raw.showUpgrades } : {}),
      ...(raw.copy === undefined ? {} : { copy: raw.copy as ShopConfig['copy'] }),
    },
  };
}

/** The metafield value the backend publishes; stable key order so content hashes are stable. */
export function serializeShopConfig(config: ShopConfig): string {
  const {
    version,
    holdoutShare,
    salt,
    maxOffers,
    priceCapPct,
    maxUpgradeDeltaPct,
    showUpgrades,
    frequencyCap,
    dismissLimit,
    dismissDays,
    copy,
  } = config;
  return JSON.stringify({
    version,
    holdoutShare,
    salt,
    maxOffers,
    priceCapPct,
    maxUpgradeDeltaPct,
    showUpgrades,
    frequencyCap,
    dismissLimit,
    dismissDays,
    copy,
  });
}
