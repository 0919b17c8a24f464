/**
 * Planted complements: for a share of the live products whose kind has a complement rule, one specific
 * partner product (two for a triple) that buyers add with a given probability. Partners prefer the same
 * vendor ("the grinder's own filters") and popular products, as merchandising tends to. This is the
 * ground truth the pairing engine is evaluated against.
 */
import { rngFor, type Rng } from './prng.js';
import type { ProductSpec } from './product-spec.js';
import { ALL_KINDS, COMPLEMENT_RULES } from './vocab/index.js';

export interface PlantedLink {
  /** Product indexes added together when the link fires. */
  readonly targets: readonly number[];
  readonly strength: number;
  /** `fromKind->toKind[+toKind]` */
  readonly rule: string;
}

/** A kind-level pull: a basket with this kind sometimes gets any popular product of a target kind. */
export interface KindPull {
  readonly targetKinds: readonly number[];
  readonly strength: number;
}

export interface Planting {
  /** Planted links by product index (empty for most products). */
  readonly links: readonly (readonly PlantedLink[])[];
  /** Kind-level pulls by kind index. */
  readonly pulls: readonly (readonly KindPull[])[];
}

/** Mean share of eligible products that get a planted partner per rule (~50 pairs in the default shop). */
const COVERAGE = 0.24;
const SAME_VENDOR = 0.7;
const NONE: readonly PlantedLink[] = [];

const kindIndexOf = new Map(ALL_KINDS.map((kind, index) => [kind.key, index]));

export function isLive(spec: ProductSpec): boolean {
  return spec.status === 'ACTIVE' && spec.publishedAtMs !== null;
}

/** Live products of one kind, most popular first, also split by vendor. */
interface KindPool {
  readonly all: ProductSpec[];
  readonly byVendor: Map<string, ProductSpec[]>;
}

function choosePartner(pool: KindPool | undefined, vendor: string, rng: Rng): ProductSpec | undefined {
  if (!pool) return undefined;
  const sameVendor = pool.byVendor.get(vendor);
  const candidates = sameVendor && rng.chance(SAME_VENDOR) ? sameVendor : pool.all;
  // Popularity-weighted: the candidate at position p has weight 1 / (p + 1).
  return candidates[rng.weighted(candidates.map((_, position) => 1 / (position + 1)))];
}

function livePools(specs: readonly ProductSpec[]): Map<string, KindPool> {
  const pools = new Map<string, KindPool>();
  const live = specs.filter(isLive).sort((a, b) => a.rank - b.rank);
  for (const spec of live) {
    let pool = pools.get(spec.kind.key);
    if (!pool) pools.set(spec.kind.key, (pool = { all: [], byVendor: new Map() }));
    pool.all.push(spec);
    const vendorList = pool.byVendor.get(spec.vendor);
    if (vendorList) vendorList.push(spec);
    else pool.byVendor.set(spec.vendor, [spec]);
  }
  return pools;
}

export function plantComplements(seed: number, specs: readonly ProductSpec[]): Planting {
  const pools = livePools(specs);
  const rulesByKind = new Map(
    ALL_KINDS.map((kind) => [kind.key, COMPLEMENT_RULES.filter((rule) => rule.from === kind.key)]),
  );

  const links = specs.map((spec): readonly PlantedLink[] => {
    const rules = rulesByKind.get(spec.kind.key) ?? [];
    if (rules.length === 0 || !isLive(spec)) return NONE;
    const rng = rngFor(seed, 'plant', spec.index);
    const popularity = 1 - spec.rank / specs.length;
    const planted: PlantedLink[] = [];
    for (const rule of rules) {
      if (!rng.chance(COVERAGE * 2 * popularity)) continue;
      const partners = rule.to.map((kind) => choosePartner(pools.get(kind), spec.vendor, rng));
      if (partners.some((partner) => partner === undefined)) continue;
      planted.push({
        targets: partners.map((partner) => (partner as ProductSpec).index),
        strength: Math.round(Math.min(0.8, rule.strength * rng.range(0.75, 1.25)) * 100) / 100,
        rule: `${rule.from}->${rule.to.join('+')}`,
      });
    }
    return planted.length > 0 ? planted : NONE;
  });

  const pulls = ALL_KINDS.map((kind) =>
    COMPLEMENT_RULES.filter((rule) => rule.from === kind.key).map((rule) => ({
      targetKinds: rule.to.map((key) => kindIndexOf.get(key) ?? -1).filter((index) => index >= 0),
      strength: rule.strength,
    })),
  );
  return { links, pulls };
}
