/**
 * Webhook subscriptions: stored per shop, delivered by emu-http to their `uri`. Addresses must be https,
 * http on loopback (this emulator's world), `pubsub://` or an EventBridge `arn:`; one subscription per
 * topic and address (Shopify answers "Address for this topic has already been taken").
 */
import { numericId } from '../state/gid.js';
import type { WebhookSubscriptionRecord } from '../state/records.js';
import type { ResolverMap } from '../engine/field-resolver.js';
import { LATEST_API_VERSION } from '../engine/api-versions.js';
import { paginate, type ConnectionArgs } from './connection.js';
import type { AdminContext } from './context.js';
import { withTypename } from './lookup.js';

interface SubscriptionInput {
  readonly callbackUrl?: string | null;
  readonly uri?: string | null;
  readonly format?: 'JSON' | 'XML' | null;
  readonly includeFields?: readonly string[] | null;
  readonly filter?: string | null;
}

const ADDRESS =
  /^(https:\/\/\S+|http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?(\/\S*)?|pubsub:\/\/\S+:\S+|arn:aws:events:\S+)$/;
const sub = (source: unknown): WebhookSubscriptionRecord => source as WebhookSubscriptionRecord;

function validateAddress(
  ctx: AdminContext,
  topic: string,
  uri: string | undefined,
  selfId?: string,
): { field: string[]; message: string }[] {
  const field = ['webhookSubscription', 'callbackUrl'];
  if (!uri) return [{ field, message: "Address can't be blank" }];
  if (!ADDRESS.test(uri)) return [{ field, message: 'Address is invalid' }];
  const taken = [...ctx.shop.webhooks.values()].some(
    (w) => w.topic === topic && w.uri === uri && w.id !== selfId,
  );
  return taken ? [{ field, message: 'Address for this topic has already been taken' }] : [];
}

export const webhookResolvers: ResolverMap<AdminContext> = {
  QueryRoot: {
    webhookSubscriptions: (_s, args, ctx) => {
      const topics = Array.isArray(args['topics']) ? new Set(args['topics'] as string[]) : undefined;
      const uri = (args['uri'] ?? args['callbackUrl']) as string | undefined;
      const found = [...ctx.shop.webhooks.values()].filter(
        (w) => (!topics || topics.has(w.topic)) && (!uri || w.uri === uri),
      );
      const byCreated =
        args['sortKey'] === 'ID'
          ? (w: WebhookSubscriptionRecord) => numericId(w.id)
          : (w: WebhookSubscriptionRecord) => w.createdAt;
      return paginate(found, args as ConnectionArgs, byCreated, ctx);
    },
    webhookSubscription: (_s, args, ctx) => ctx.shop.webhooks.get(String(args['id'])) ?? null,
  },
  Mutation: {
    webhookSubscriptionCreate: (_s, args, ctx) => {
      const input = args['webhookSubscription'] as SubscriptionInput;
      const topic = String(args['topic']);
      const uri = input.uri ?? input.callbackUrl ?? undefined;
      const userErrors = validateAddress(ctx, topic, uri);
      if (userErrors.length > 0 || !uri) return { webhookSubscription: null, userErrors };
      const now = ctx.nowIso();
      const created: WebhookSubscriptionRecord = {
        id: ctx.shop.newId('WebhookSubscription'),
        topic,
        uri,
        format: input.format ?? 'JSON',
        includeFields: [...(input.includeFields ?? [])],
        filter: input.filter ?? null,
        createdAt: now,
        updatedAt: now,
      };
      ctx.shop.webhooks.set(created.id, created);
      return { webhookSubscription: created, userErrors: [] };
    },
    webhookSubscriptionUpdate: (_s, args, ctx) => {
      const existing = ctx.shop.webhooks.get(String(args['id']));
      if (!existing)
        return {
          webhookSubscription: null,
          userErrors: [{ field: ['id'], message: 'Webhook subscription does not exist' }],
        };
      const input = args['webhookSubscription'] as SubscriptionInput;
      const uri = input.uri ?? input.callbackUrl ?? existing.uri;
      const userErrors = validateAddress(ctx, existing.topic, uri, existing.id);
      if (userErrors.length > 0) return { webhookSubscription: null, userErrors };
      Object.assign(existing, {
        uri,
        format: input.format ?? existing.format,
        includeFields: [...(input.includeFields ?? existing.includeFields)],
        filter: input.filter ?? existing.filter,
        updatedAt: ctx.nowIso(),
      });
      return { webhookSubscription: existing, userErrors: [] };
    },
    webhookSubscriptionDelete: (_s, args, ctx) => {
      const id = String(args['id']);
      if (!ctx.shop.webhooks.delete(id))
        return {
          deletedWebhookSubscriptionId: null,
          userErrors: [{ field: ['id'], message: 'Webhook subscription does not exist' }],
        };
      return { deletedWebhookSubscriptionId: id, userErrors: [] };
    },
  },
  WebhookSubscription: {
    callbackUrl: (s) => sub(s).uri,
    legacyResourceId: (s) => String(numericId(sub(s).id)),
    endpoint: (s) => {
      const { uri } = sub(s);
      if (uri.startsWith('pubsub://')) {
        const [project = '', topic = ''] = uri.slice('pubsub://'.length).split(':');
        return withTypename({ pubSubProject: project, pubSubTopic: topic }, 'WebhookPubSubEndpoint');
      }
      if (uri.startsWith('arn:')) return withTypename({ arn: uri }, 'WebhookEventBridgeEndpoint');
      return withTypename({ callbackUrl: uri }, 'WebhookHttpEndpoint');
    },
    apiVersion: () => ({ handle: LATEST_API_VERSION, displayName: LATEST_API_VERSION, supported: true }),
    metafieldNamespaces: () => [],
    metafields: () => [],
  },
};
