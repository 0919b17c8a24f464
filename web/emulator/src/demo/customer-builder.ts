import type { EmulatedCustomer } from '../state/types.js';
import { gid, LEGACY_ID_BASE } from './ids.js';
import { rngFor } from './prng.js';
import { slugify } from './text.js';
import { FIRST_NAMES, LAST_NAMES } from './vocab/index.js';

/** Demo-only names and example.com addresses, so privacy webhooks have something to name. */
export function buildCustomer(seed: number, index: number): EmulatedCustomer {
  const rng = rngFor(seed, 'customer', index);
  const firstName = rng.pick(FIRST_NAMES);
  const lastName = rng.pick(LAST_NAMES);
  const local = [firstName, lastName].map((name) => slugify(name).replace(/-/g, '')).join('.');
  return {
    id: gid('Customer', LEGACY_ID_BASE.Customer + index),
    email: `${local}.${index + 1}@example.com`,
    firstName,
    lastName,
  };
}
