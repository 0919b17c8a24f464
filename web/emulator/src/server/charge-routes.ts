import express, { Router, type Response } from 'express';
import type { AppSubscriptionRecord } from '../state/app-billing-records.js';
import { gid } from '../state/gid.js';
import { shopOf } from './admin-routes.js';
import type { Runtime } from './runtime.js';

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

const PATH = '/admin/charges/:id/confirm_recurring_application_charge';

function page(res: Response, status: number, title: string, body: string): void {
  res
    .status(status)
    .type('html')
    .send(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title>` +
        '<style>body{font:15px system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#303030}' +
        'dl{display:grid;grid-template-columns:max-content 1fr;gap:.4rem 1rem}dt{font-weight:600}' +
        'button{font:inherit;padding:.5rem 1rem;margin-right:.5rem;border-radius:.5rem;border:1px solid #8a8a8a;cursor:pointer}' +
        '.approve{background:#303030;color:#fff}</style></head>' +
        `<body><main><h1>${escape(title)}</h1>${body}</main></body></html>`,
    );
}

function terms(subscription: AppSubscriptionRecord): string {
  const rows = subscription.lineItems.map((line) =>
    line.kind === 'recurring'
      ? `<dt>Every 30 days</dt><dd>${escape(line.price.amount)} ${escape(line.price.currencyCode)}</dd>`
      : `<dt>Usage, capped at</dt><dd>${escape(line.cappedAmount.amount)} ${escape(line.cappedAmount.currencyCode)} every 30 days</dd>` +
        `<dt>Usage terms</dt><dd>${escape(line.terms)}</dd>`,
  );
  if (subscription.trialDays > 0) rows.push(`<dt>Free trial</dt><dd>${subscription.trialDays} days</dd>`);
  if (subscription.test) rows.push('<dt>Test charge</dt><dd>You will not be billed.</dd>');
  return `<dl>${rows.join('')}</dl>`;
}

/**
 * The admin stand-in's charge confirmation page (Shopify's confirmationUrl): the merchant sees the plan's terms and
 * approves (back to the app's returnUrl with `charge_id`, as Shopify does) or declines (Shopify then shows its own
 * admin; here a page with the way back to the app). A charge no longer pending says what became of it.
 */
export function chargeRoutes(runtime: Runtime): Router {
  const router = Router({ mergeParams: true });
  const find = (shop: string, id: string) =>
    /^\d{1,20}$/.test(id)
      ? runtime.engine.appSubscription(shop, gid('AppSubscription', Number(id)))
      : undefined;

  router.get(PATH, (req, res) => {
    const subscription = find(shopOf(req.params), String(req.params['id']));
    if (!subscription) {
      page(res, 404, 'Charge not found', '<p>This charge does not exist.</p>');
      return;
    }
    if (subscription.status !== 'PENDING') {
      page(
        res,
        410,
        `This charge is ${subscription.status.toLowerCase()}`,
        `<p>${escape(subscription.name)} can no longer be approved.</p><p><a href="${escape(appHome(subscription))}">Back to the app</a></p>`,
      );
      return;
    }
    page(
      res,
      200,
      `Approve ${subscription.name}`,
      `${terms(subscription)}<form method="post"><button class="approve" name="decision" value="approve">Approve</button>` +
        '<button name="decision" value="decline">Decline</button></form>',
    );
  });

  router.post(PATH, express.urlencoded({ extended: false, limit: '4kb' }), (req, res) => {
    const shop = shopOf(req.params);
    const subscription = find(shop, String(req.params['id']));
    const decision = (req.body as Record<string, unknown> | undefined)?.['decision'];
    if (!subscription) {
      page(res, 404, 'Charge not found', '<p>This charge does not exist.</p>');
      return;
    }
    if (decision !== 'approve' && decision !== 'decline') {
      page(res, 400, 'Choose approve or decline', '<p>The form needs a decision.</p>');
      return;
    }
    const decided = runtime.engine.decideAppSubscription(shop, subscription.id, decision);
    if (decided.status === 'ACTIVE' && decision === 'approve') {
      const back = new URL(decided.returnUrl);
      back.searchParams.set('charge_id', decided.id.split('/').pop() ?? '');
      res.redirect(303, back.toString());
      return;
    }
    page(
      res,
      decided.status === 'DECLINED' ? 200 : 410,
      decided.status === 'DECLINED'
        ? 'You declined the charge'
        : `This charge is ${decided.status.toLowerCase()}`,
      `<p>${escape(decided.name)} was not approved; nothing is charged.</p><p><a href="${escape(appHome(decided))}">Back to the app</a></p>`,
    );
  });
  return router;
}

/** The app's page the merchant came from, without the charge parameter. */
const appHome = (subscription: AppSubscriptionRecord): string => subscription.returnUrl;
