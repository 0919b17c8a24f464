/** GraphQL `WebhookSubscriptionTopic` enum values ↔ REST/header topics (`ORDERS_CREATE` ↔ `orders/create`). */

/** Topics whose action has an underscore itself, so the last one is not the split. */
const IRREGULAR: Readonly<Record<string, string>> = {
  APP_SUBSCRIPTIONS_APPROACHING_CAPPED_AMOUNT: 'app_subscriptions/approaching_capped_amount',
};

export function topicToRest(topic: string): string {
  const irregular = IRREGULAR[topic];
  if (irregular) return irregular;
  const lower = topic.toLowerCase();
  const split = lower.lastIndexOf('_');
  return split < 0 ? lower : `${lower.slice(0, split)}/${lower.slice(split + 1)}`;
}

export function topicFromRest(topic: string): string {
  return topic.replace('/', '_').toUpperCase();
}
