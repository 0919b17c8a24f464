import type { FixtureFactory } from '../../support/db.js';
import { describeAttributionStoreContract } from './attribution-store.contract.js';
import { describeCatalogStoreContract } from './catalog-store.contract.js';
import { describeEventStoreContract } from './event-store.contract.js';
import { describeMeasurementStoreContract } from './measurement-store.contract.js';
import { describeOfferStoreContract } from './offer-store.contract.js';
import { describeOrderStoreContract } from './order-store.contract.js';
import { describeProfileStoreContract } from './profile-store.contract.js';
import { describeRuleStoreContract } from './rule-store.contract.js';
import { describeDataRequestStoreContract } from './data-request-store.contract.js';
import { describeBillingStoreContract } from './billing-store.contract.js';
import { describeRefreshLeaseStoreContract } from './refresh-lease-store.contract.js';
import { describeSessionStoreContract } from './session-store.contract.js';
import { describeSettingsStoreContract } from './settings-store.contract.js';
import { describeShopDataContract } from './shop-data.contract.js';
import { describeShopStoreContract } from './shop-store.contract.js';
import { describeStorableTextContract } from './storable-text.contract.js';
import { describeSyncRunStoreContract } from './sync-run-store.contract.js';
import { describeWebhookInboxContract } from './webhook-inbox.contract.js';

/** Every port's contract against one backend; test names read e.g. `CatalogStore [sqlite] upserts idempotently`. */
export function describeAllStoreContracts(name: string, fixture: FixtureFactory): void {
  describeShopStoreContract(name, fixture);
  describeSessionStoreContract(name, fixture);
  describeRefreshLeaseStoreContract(name, fixture);
  describeDataRequestStoreContract(name, fixture);
  describeBillingStoreContract(name, fixture);
  describeCatalogStoreContract(name, fixture);
  describeOrderStoreContract(name, fixture);
  describeProfileStoreContract(name, fixture);
  describeOfferStoreContract(name, fixture);
  describeRuleStoreContract(name, fixture);
  describeSettingsStoreContract(name, fixture);
  describeEventStoreContract(name, fixture);
  describeAttributionStoreContract(name, fixture);
  describeMeasurementStoreContract(name, fixture);
  describeSyncRunStoreContract(name, fixture);
  describeWebhookInboxContract(name, fixture);
  describeShopDataContract(name, fixture);
  describeStorableTextContract(name, fixture);
}
