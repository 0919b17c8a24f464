/**
 * Refunded quantity per line id from an order webhook payload (REST shape: `refunds[].refund_line_items[]`).
 * Undefined when money was refunded without naming lines (an amount-only refund): attribution then shares the
 * refund across the order's lines pro rata. Never throws: a payload it cannot read itemises nothing.
 */
export function refundedQuantities(payload: unknown): ReadonlyMap<string, number> | undefined {
  const refunds = (payload as { refunds?: unknown } | null)?.refunds;
  const quantities = new Map<string, number>();
  if (!Array.isArray(refunds)) return quantities;
  let moneyRefunded = false;
  for (const refund of refunds as { refund_line_items?: unknown; transactions?: unknown }[]) {
    const items: unknown[] = Array.isArray(refund?.refund_line_items) ? refund.refund_line_items : [];
    for (const item of items as { line_item_id?: unknown; quantity?: unknown }[]) {
      const id = item?.line_item_id;
      const quantity = item?.quantity;
      if (
        typeof id !== 'number' ||
        !Number.isInteger(id) ||
        typeof quantity !== 'number' ||
        !Number.isInteger(quantity) ||
        quantity <= 0
      )
        continue;
      const key = `gid://shopify/LineItem/${id}`;
      quantities.set(key, (quantities.get(key) ?? 0) + quantity);
    }
    const transactions: unknown[] = Array.isArray(refund?.transactions) ? refund.transactions : [];
    const paid = (tx: unknown) =>
      (tx as { kind?: unknown } | null)?.kind === 'refund' &&
      (tx as { status?: unknown }).status !== 'failure';
    if (transactions.some(paid)) moneyRefunded = true;
  }
  return moneyRefunded && quantities.size === 0 ? undefined : quantities;
}
