import type { Migration } from 'kysely';
import { initial } from './0001-initial.js';
import { measurement } from './0002-measurement.js';
import { offerVotes } from './0003-offer-votes.js';
import { webhookDeliveries } from './0004-webhook-deliveries.js';
import { offerModels } from './0005-offer-models.js';
import { refreshLeases } from './0006-refresh-leases.js';
import { dataRequests } from './0007-data-requests.js';
import { serverCheckouts } from './0008-server-checkouts.js';
import { billing } from './0009-billing.js';
import { customerProfiles } from './0010-customer-profiles.js';
import { rollupIndexes } from './0011-rollup-indexes.js';

/** Every migration, keyed by a name that sorts in application order. Never edit one that has shipped. */
export const MIGRATIONS: Readonly<Record<string, Migration>> = Object.freeze({
  '0001_initial': initial,
  '0002_measurement': measurement,
  '0003_offer_votes': offerVotes,
  '0004_webhook_deliveries': webhookDeliveries,
  '0005_offer_models': offerModels,
  '0006_refresh_leases': refreshLeases,
  '0007_data_requests': dataRequests,
  '0008_server_checkouts': serverCheckouts,
  '0009_billing': billing,
  '0010_customer_profiles': customerProfiles,
  '0011_rollup_indexes': rollupIndexes,
});
