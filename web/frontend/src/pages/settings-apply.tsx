import { Banner, Text } from '@shopify/polaris';
import type { OffersStatus } from '@tandem/web/api-contract/settings';
import { formatDateTime } from '../format.js';

/** Help for a setting the offer lists are built with (RECOMPUTE_SETTINGS): when it applies, and when it last did. */
export function recomputeHelp(status: OffersStatus, what: string): string {
  const published =
    status.publishedAt === null ? '' : ` Offers last published ${formatDateTime(status.publishedAt)}.`;
  return `${what} Applies once the offers are recomputed and republished, about a minute after saving.${published}`;
}

/** The republish a saved upgrade budget started: under way, or failed (checkout keeps the previous lists). */
export function OffersBanner({ status }: { status: OffersStatus }) {
  const { republish } = status;
  if (republish.kind === 'queued' || republish.kind === 'running')
    return (
      <Banner tone="info" title="Recomputing offers for the new upgrade budget">
        <Text as="p">Checkout shows the previous upgrades until the new offers are published.</Text>
      </Banner>
    );
  if (republish.kind === 'failed')
    return (
      <Banner tone="warning" title="The offers were not republished with the new upgrade budget">
        <Text as="p">{`${formatDateTime(republish.at)}: ${republish.message}`}</Text>
      </Banner>
    );
  return null;
}
