import { Badge, BlockStack, Button, ButtonGroup, Card, DataTable, InlineStack, Text } from '@shopify/polaris';
import { familyUpdateSchema, type FamilyView } from '@tandem/web/api-contract/upgrades';
import { useState } from 'react';
import { useUpdateFamily } from '../api/queries.js';
import { ErrorBanner } from '../components/error-banner.js';
import { zodFieldErrors } from '../components/field-errors.js';
import { ProductPicker } from '../components/product-picker.js';
import { formatMinor, formatPercent } from '../format.js';

interface Member {
  readonly productId: string;
  readonly title: string;
}

/** One tier family: its members cheapest first with each step's price delta; confirm, edit or disable it. */
export function FamilyCard({
  family,
  currencyCode,
  budgetPct,
}: {
  family: FamilyView;
  currencyCode: string | null;
  budgetPct: number;
}) {
  const update = useUpdateFamily();
  const [editing, setEditing] = useState<Member[] | null>(null);
  const [error, setError] = useState<string | undefined>();
  const ids = family.members.map((member) => member.productId);
  const send = (productIds: readonly string[], enabled: boolean, done: string) => {
    const parsed = familyUpdateSchema.safeParse({ productIds, enabled });
    if (!parsed.success) {
      setError(Object.values(zodFieldErrors(parsed.error))[0]);
      return;
    }
    setError(undefined);
    update.mutate(
      { id: family.id, update: parsed.data },
      { onSuccess: () => (setEditing(null), shopify.toast.show(done)) },
    );
  };
  const move = (index: number, by: -1 | 1) => {
    if (!editing) return;
    const next = [...editing];
    const [item] = next.splice(index, 1);
    if (item) next.splice(index + by, 0, item);
    setEditing(next);
  };
  const name = family.members.map((member) => member.title ?? 'deleted product').join(' → ');
  return (
    <Card>
      <BlockStack gap="300">
        <InlineStack align="space-between" blockAlign="center" gap="200">
          <Text as="h2" variant="headingSm">
            {name}
          </Text>
          <InlineStack gap="100">
            <Badge tone={family.source === 'merchant' ? 'success' : 'info'}>
              {family.source === 'merchant' ? 'Confirmed by you' : 'Detected'}
            </Badge>
            {!family.enabled && <Badge tone="critical">Disabled</Badge>}
          </InlineStack>
        </InlineStack>
        {editing === null ? (
          <DataTable
            columnContentTypes={['text', 'numeric', 'numeric']}
            headings={['Tier', 'Price', 'Step up']}
            rows={family.members.map((member) => [
              member.title ?? `Deleted product (${member.productId})`,
              member.priceMinor === null ? '—' : formatMinor(member.priceMinor, currencyCode),
              member.stepPct === null ? (
                '—'
              ) : member.overBudget ? (
                <Badge
                  key="b"
                  tone="warning"
                >{`+${formatPercent(member.stepPct)} — over the ${budgetPct}% budget, not offered`}</Badge>
              ) : (
                `+${formatPercent(member.stepPct)}`
              ),
            ])}
          />
        ) : (
          <BlockStack gap="200">
            {editing.map((member, index) => (
              <InlineStack key={member.productId} align="space-between" blockAlign="center">
                <Text as="span">{`${index + 1}. ${member.title}`}</Text>
                <ButtonGroup>
                  <Button
                    size="slim"
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                    accessibilityLabel={`Move ${member.title} down a tier`}
                  >
                    Up
                  </Button>
                  <Button
                    size="slim"
                    disabled={index === editing.length - 1}
                    onClick={() => move(index, 1)}
                    accessibilityLabel={`Move ${member.title} up a tier`}
                  >
                    Down
                  </Button>
                  <Button
                    size="slim"
                    tone="critical"
                    variant="plain"
                    onClick={() => setEditing(editing.filter((_, at) => at !== index))}
                  >
                    Remove
                  </Button>
                </ButtonGroup>
              </InlineStack>
            ))}
            <ProductPicker
              label="Add a tier"
              onSelect={(product) =>
                setEditing([...editing, { productId: product.id, title: product.title }])
              }
              excludeIds={editing.map((member) => member.productId)}
              error={error ?? false}
            />
          </BlockStack>
        )}
        {update.isError && <ErrorBanner error={update.error} title="The family was not saved" />}
        <InlineStack gap="200">
          {editing === null ? (
            <>
              {(family.source === 'detected' || !family.enabled) && (
                <Button
                  variant="primary"
                  loading={update.isPending}
                  onClick={() => send(ids, true, 'Family confirmed')}
                >
                  {family.enabled ? 'Confirm' : 'Enable'}
                </Button>
              )}
              <Button
                onClick={() =>
                  setEditing(
                    family.members.map((member) => ({
                      productId: member.productId,
                      title: member.title ?? member.productId,
                    })),
                  )
                }
              >
                Edit
              </Button>
              {family.enabled && (
                <Button
                  tone="critical"
                  loading={update.isPending}
                  onClick={() => send(ids, false, 'Family disabled')}
                >
                  Disable
                </Button>
              )}
            </>
          ) : (
            <>
              <Button
                variant="primary"
                loading={update.isPending}
                onClick={() =>
                  send(
                    editing.map((member) => member.productId),
                    family.enabled,
                    'Family saved',
                  )
                }
              >
                Save family
              </Button>
              <Button onClick={() => (setEditing(null), setError(undefined))}>Cancel</Button>
            </>
          )}
        </InlineStack>
      </BlockStack>
    </Card>
  );
}
