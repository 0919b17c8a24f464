import { Router } from 'express';
import {
  subscribeInputSchema,
  type BillingChangeResponse,
  type BillingResponse,
} from '../../api-contract/index.js';
import type { Billing } from '../../billing/index.js';
import { authenticatedShop } from '../session-token.js';
import { parseInput } from './admin-input.js';

/**
 * The Plan page: the shop's plan as Shopify has it (read afresh, so a decision taken on the confirmation page shows
 * at once), upgrade to Growth (answers the confirmationUrl the admin sends the merchant to) and cancel.
 */
export function billingRoutes(billing: Pick<Billing, 'view' | 'subscribe' | 'cancel'>): Router {
  const router = Router();
  router.get('/api/billing', async (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json((await billing.view(authenticatedShop(res))) satisfies BillingResponse);
  });
  router.post('/api/billing/subscribe', async (req, res) => {
    const input = parseInput(subscribeInputSchema, req.body ?? {}, 'plan change');
    const capped =
      input.cappedAmount === undefined ? undefined : Math.round(Number(input.cappedAmount) * 100);
    res.json((await billing.subscribe(authenticatedShop(res), capped)) satisfies BillingChangeResponse);
  });
  router.post('/api/billing/cancel', async (_req, res) => {
    res.json((await billing.cancel(authenticatedShop(res))) satisfies BillingChangeResponse);
  });
  return router;
}
