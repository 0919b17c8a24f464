import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import type {
  ApiPage,
  DiscountInput,
  DiscountView,
  FamilyUpdate,
  FamilyView,
  OfferModelResponse,
  OverviewResponse,
  PreviewRequest,
  PreviewResponse,
  ProductDetail,
  ProductSummary,
  RuleInput,
  RuleView,
  SettingsBody,
  SettingsResponse,
  SetupResponse,
  SyncRunsResponse,
  UpgradesResponse,
} from '@tandem/web/api-contract/index';
import type { KpiReport } from '@tandem/web/measurement/kpis/summarize';
import { api, query } from './client.js';

export const keys = {
  overview: ['overview'] as const,
  settings: ['settings'] as const,
  products: (q: string, after: string | undefined) => ['products', q, after ?? ''] as const,
  product: (id: string) => ['product', id] as const,
  upgrades: (after: string | undefined) => ['upgrades', after ?? ''] as const,
  discounts: (after: string | undefined) => ['discounts', after ?? ''] as const,
  sync: ['sync'] as const,
  model: ['model'] as const,
  setup: ['setup'] as const,
};

const overviewQuery = queryOptions({
  queryKey: keys.overview,
  queryFn: () => api<OverviewResponse>('GET', '/api/overview'),
});
const settingsQuery = queryOptions({
  queryKey: keys.settings,
  queryFn: () => api<SettingsResponse>('GET', '/api/settings'),
  // While a saved upgrade budget republishes the offers, so the page says when it went live.
  refetchInterval: (current) => {
    const republish = current.state.data?.offers.republish.kind;
    return republish === 'queued' || republish === 'running' ? 1500 : false;
  },
});

export const useOverview = () => useQuery(overviewQuery);

/** The dashboard's setup checklist (each item read from the store or Shopify on the server). */
export const useSetup = () =>
  useQuery({ queryKey: keys.setup, queryFn: () => api<SetupResponse>('GET', '/api/setup') });

/** The published model and how it did on the newest orders (changes only when offers are recomputed). */
export const useOfferModel = () =>
  useQuery({ queryKey: keys.model, queryFn: () => api<OfferModelResponse>('GET', '/api/offers/model') });

export const useSettings = () => useQuery(settingsQuery);

export function useSaveSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SettingsBody) => api<SettingsResponse>('PUT', '/api/settings', body),
    onSuccess: (response) => {
      client.setQueryData(keys.settings, response);
      // The preview applies the settings as checkout does (caps, budget, copy).
      return client.invalidateQueries({ queryKey: ['preview'] });
    },
  });
}

export const useProducts = (q: string, after: string | undefined, limit = 20, enabled = true) =>
  useQuery({
    queryKey: [...keys.products(q, after), limit],
    queryFn: () => api<ApiPage<ProductSummary>>('GET', `/api/products${query({ q, after, limit })}`),
    placeholderData: keepPreviousData,
    enabled,
  });

const productQuery = (id: string) =>
  queryOptions({
    queryKey: keys.product(id),
    queryFn: () => api<ProductDetail>('GET', `/api/products/${id}`),
  });

/** A product's offers; polled while a republish after the merchant's change is queued or running. */
export const useProduct = (id: string | null) =>
  useQuery({
    ...productQuery(id ?? ''),
    enabled: id !== null,
    refetchInterval: (current) =>
      current.state.data?.republish.kind === 'queued' || current.state.data?.republish.kind === 'running'
        ? 1_500
        : false,
  });

export function useRepublish() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<unknown>('POST', '/api/republish'),
    onSuccess: () => client.invalidateQueries({ queryKey: ['product'] }),
  });
}

/** Rules change offer lists, families and the dashboard: refresh them all. */
function useInvalidateRules() {
  const client = useQueryClient();
  return () =>
    Promise.all(
      ['product', 'upgrades', 'overview', 'preview'].map((key) =>
        client.invalidateQueries({ queryKey: [key] }),
      ),
    );
}

export function useAddRule() {
  const invalidate = useInvalidateRules();
  return useMutation({
    mutationFn: (rule: RuleInput) => api<{ rule: RuleView }>('POST', '/api/rules', rule),
    onSuccess: invalidate,
  });
}

export function useRemoveRule() {
  const invalidate = useInvalidateRules();
  return useMutation({
    mutationFn: (id: string) => api<undefined>('DELETE', `/api/rules/${id}`),
    onSuccess: invalidate,
  });
}

/**
 * The admin's checkout preview for a sample cart. `revision` names the stored offer lists it was built from (the
 * product's last republish): a rule or discount change republishes in the background, and the preview is built
 * again once that run is done, not only when the page reloads.
 */
export const usePreview = (request: PreviewRequest | null, revision: string) =>
  useQuery({
    queryKey: ['preview', request, revision],
    queryFn: () => api<PreviewResponse>('POST', '/api/preview', request),
    enabled: request !== null && request.lines.length > 0,
    placeholderData: keepPreviousData,
  });

const upgradesQuery = (after: string | undefined) =>
  queryOptions({
    queryKey: keys.upgrades(after),
    queryFn: () => api<UpgradesResponse>('GET', `/api/upgrades${query({ after, limit: 20 })}`),
  });

export const useUpgrades = (after: string | undefined) =>
  useQuery({ ...upgradesQuery(after), placeholderData: keepPreviousData });

export function useUpdateFamily() {
  const invalidate = useInvalidateRules();
  return useMutation({
    mutationFn: ({ id, update }: { id: string; update: FamilyUpdate }) =>
      api<{ family: FamilyView | null }>('PUT', `/api/upgrades/families/${id}`, update),
    onSuccess: invalidate,
  });
}

const discountsQuery = (after: string | undefined) =>
  queryOptions({
    queryKey: keys.discounts(after),
    queryFn: () => api<ApiPage<DiscountView>>('GET', `/api/discounts${query({ after, limit: 20 })}`),
  });

export const useDiscounts = (after: string | undefined) =>
  useQuery({ ...discountsQuery(after), placeholderData: keepPreviousData });

export function useCreateDiscount() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: DiscountInput) => api<{ discount: DiscountView }>('POST', '/api/discounts', input),
    onSuccess: () => invalidateDiscounts(client),
  });
}

export function useDeleteDiscount() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<undefined>('DELETE', `/api/discounts/${id}`),
    onSuccess: () => invalidateDiscounts(client),
  });
}

/** A discount changes the offers' prices: the list, the product's offers and the preview. */
function invalidateDiscounts(client: ReturnType<typeof useQueryClient>) {
  return Promise.all(
    ['discounts', 'product', 'preview'].map((key) => client.invalidateQueries({ queryKey: [key] })),
  );
}

/** Sync runs; polled every 2 s while one is queued or running. */
const syncQuery = queryOptions({
  queryKey: keys.sync,
  queryFn: () => api<SyncRunsResponse>('GET', '/api/sync'),
});

export const useSyncRuns = () =>
  useQuery({
    ...syncQuery,
    refetchInterval: (current) =>
      current.state.data?.runs.some((run) => run.status === 'queued' || run.status === 'running')
        ? 2_000
        : false,
  });

export function useSyncNow() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<unknown>('POST', '/api/sync'),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: keys.sync }),
        client.invalidateQueries({ queryKey: keys.overview }),
      ]),
  });
}

/** Gives a dead-lettered webhook a fresh set of tries; the list refreshes so it leaves the dead letters. */
export function useRetryWebhook() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (webhookId: string) =>
      api<unknown>('POST', `/api/sync/webhooks/${encodeURIComponent(webhookId)}/retry`),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.sync }),
  });
}

export type { KpiReport };

const kpisQuery = (from: string, to: string) =>
  queryOptions({
    queryKey: ['kpis', from, to],
    queryFn: () => api<KpiReport & { pendingDays: number }>('GET', `/api/kpis${query({ from, to })}`),
  });

/** KPIs from the measurement API over an inclusive range of UTC days. */
export const useKpis = (from: string, to: string) =>
  useQuery({ ...kpisQuery(from, to), placeholderData: keepPreviousData });

/** The last `days` UTC days, today included: the dashboard's range. */
export function dayRange(days: number, now = new Date()): { from: string; to: string } {
  const from = new Date(now.getTime() - (days - 1) * 86_400_000);
  return { from: from.toISOString().slice(0, 10), to: now.toISOString().slice(0, 10) };
}

/**
 * Starts the first page's requests while React renders it: the data is on its way before the components that
 * ask for it mount (the first render of a Polaris page takes a while on a slow machine).
 */
export function prefetchFor(client: QueryClient, path: string, search: URLSearchParams): void {
  if (path === '/') {
    void client.prefetchQuery(overviewQuery);
    const { from, to } = dayRange(Number(search.get('range') ?? 30) || 30);
    void client.prefetchQuery(kpisQuery(from, to));
  } else if (path === '/offers') {
    const product = search.get('product');
    if (product) void client.prefetchQuery(productQuery(product));
  } else if (path === '/settings') void client.prefetchQuery(settingsQuery);
  else if (path === '/sync') void client.prefetchQuery(syncQuery);
  else if (path === '/upgrades') void client.prefetchQuery(upgradesQuery(undefined));
  else if (path === '/discounts') void client.prefetchQuery(discountsQuery(undefined));
}
