import type { Migration } from 'kysely';
import { initial } from './0001-initial.js';
import { measurement } from './0002-measurement.js';
import { offerVotes } from './0003-offer-votes.js';
import { refreshLeases } from './0004-refresh-leases.js';
import { dataRequests } from './0005-data-requests.js';

/** Every migration, keyed by a name that sorts in application order. Never edit one that has shipped. */
export const MIGRATIONS: Readonly<Record<string, Migration>> = Object.freeze({
  '0001_initial': initial,
  '0002_measurement': measurement,
  '0003_offer_votes': offerVotes,
  '0004_refresh_leases': refreshLeases,
  '0005_data_requests': dataRequests,
});
