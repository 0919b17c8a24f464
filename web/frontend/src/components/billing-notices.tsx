import { Banner, BlockStack, Layout } from '@shopify/polaris';
import type { BillingNotice } from '@tandem/web/api-contract/index';
import { useBilling } from '../api/billing-queries.js';

/** What the merchant must know about billing (declined or expired plan change, Free limit, cap), as banners. */
export function BillingNotices({
  notices,
  onPlanPage,
}: {
  notices: readonly BillingNotice[];
  /** Off the Plan page each banner links to it. */
  onPlanPage: boolean;
}) {
  if (notices.length === 0) return null;
  return (
    <BlockStack gap="200">
      {notices.map((notice) => (
        <Banner
          key={notice.kind}
          tone={notice.tone}
          {...(onPlanPage ? {} : { action: { content: 'Open Plan', url: '/plan' } })}
        >
          {notice.message}
        </Banner>
      ))}
    </BlockStack>
  );
}

/** The dashboard's billing banners (nothing while loading or when all is well, so nothing shifts then). */
export function DashboardBillingNotices() {
  const billing = useBilling();
  const notices = billing.data?.notices.filter((notice) => notice.kind !== 'pending') ?? [];
  if (notices.length === 0) return null;
  return (
    <Layout.Section>
      <BillingNotices notices={notices} onPlanPage={false} />
    </Layout.Section>
  );
}
