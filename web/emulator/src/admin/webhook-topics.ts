/** GraphQL `WebhookSubscriptionTopic` enum values ↔ REST/header topics (`ORDERS_CREATE` ↔ `orders/create`). */

export function topicToRest(topic: string): string {
  const lower = topic.toLowerCase();
  const split = lower.lastIndexOf('_');
  return split < 0 ? lower : `${lower.slice(0, split)}/${lower.slice(split + 1)}`;
}

export function topicFromRest(topic: string): string {
  return topic.replace('/', '_').toUpperCase();
}
