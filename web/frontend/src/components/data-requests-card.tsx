import { Banner, BlockStack, Button, Card, DataTable, Text } from '@shopify/polaris';
import { useQuery } from '@tanstack/react-query';
import type { DataRequestsResponse } from '@tandem/web/api-contract/index';
import { api } from '../api/client.js';
import { formatDateTime, formatNumber } from '../format.js';

/** Saves one request's export as a JSON file (fetched with the session token, so not a plain link). */
async function download(id: string): Promise<void> {
  const exported = await api<unknown>('GET', `/api/privacy/data-requests/${encodeURIComponent(id)}`);
  const url = URL.createObjectURL(
    new Blob([JSON.stringify(exported, null, 2)], { type: 'application/json' }),
  );
  const link = Object.assign(document.createElement('a'), {
    href: url,
    download: `tandem-data-request-${id}.json`,
  });
  link.click();
  URL.revokeObjectURL(url);
}

/**
 * Customer data requests (customers/data_request): what Tandem holds for each requesting customer, as a file the
 * merchant sends on. Kept 30 days.
 */
export function DataRequestsCard() {
  const requests = useQuery({
    queryKey: ['data-requests'],
    queryFn: () => api<DataRequestsResponse>('GET', '/api/privacy/data-requests'),
  });
  const rows = requests.data?.requests ?? [];
  return (
    <Card>
      <BlockStack gap="300">
        <Text as="h2" variant="headingSm">
          Customer data requests
        </Text>
        <Text as="p" tone="subdued">
          When a customer asks for their data, Shopify tells Tandem. Download what Tandem holds for them
          (their orders; never a name, email or address) and send it on. Each file is kept for 30 days.
        </Text>
        {requests.isError && (
          <Banner tone="critical">Could not load the data requests. Reload to try again.</Banner>
        )}
        {rows.length === 0 ? (
          <Text as="p">No requests in the last 30 days.</Text>
        ) : (
          <DataTable
            columnContentTypes={['text', 'text', 'numeric', 'text', 'text']}
            headings={['Received', 'Customer', 'Orders', 'Kept until', '']}
            rows={rows.map((request) => [
              formatDateTime(request.receivedAt),
              request.customerId,
              formatNumber(request.orders),
              formatDateTime(request.expiresAt),
              <Button key={request.id} size="slim" onClick={() => void download(request.id)}>
                Download JSON
              </Button>,
            ])}
          />
        )}
      </BlockStack>
    </Card>
  );
}
