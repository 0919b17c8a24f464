import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BillingChangeResponse, BillingResponse, SubscribeInput } from '@tandem/web/api-contract/index';
import { api } from './client.js';

const BILLING = ['billing'] as const;

/** The shop's plan as Shopify has it (the server reads it afresh on every load). */
export const useBilling = () =>
  useQuery({ queryKey: BILLING, queryFn: () => api<BillingResponse>('GET', '/api/billing') });

export function useSubscribe() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SubscribeInput) =>
      api<BillingChangeResponse>('POST', '/api/billing/subscribe', input),
    onSuccess: () => client.invalidateQueries({ queryKey: BILLING }),
  });
}

export function useCancelPlan() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<BillingChangeResponse>('POST', '/api/billing/cancel'),
    onSuccess: () => client.invalidateQueries({ queryKey: BILLING }),
  });
}
