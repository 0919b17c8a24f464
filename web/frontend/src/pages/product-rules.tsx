import { BlockStack, Button, Card, FormLayout, InlineStack, Select, Text } from '@shopify/polaris';
import { RULE_LABELS, ruleInputSchema, type RuleInput, type RuleView } from '@tandem/web/api-contract/rules';
import type { ProductDetail, ProductSummary } from '@tandem/web/api-contract/products';
import { useState } from 'react';
import { useAddRule, useRemoveRule } from '../api/queries.js';
import { ErrorBanner } from '../components/error-banner.js';
import { apiFieldErrors, zodFieldErrors, type FieldErrors } from '../components/field-errors.js';
import { ProductPicker } from '../components/product-picker.js';

const KINDS = [
  { label: 'Offer it with this product (manual pairing)', value: 'manual' },
  { label: 'Pin it first', value: 'pin' },
  { label: 'Never offer them together', value: 'never_together' },
  { label: 'Never offer it with this product', value: 'exclude' },
] as const;
type Kind = (typeof KINDS)[number]['value'];

function describe(rule: RuleView, productId: string): string {
  const other = rule.productId === productId ? rule.targetTitle : rule.productTitle;
  const name = other ?? 'a deleted product';
  if (rule.kind === 'exclude' && rule.productId === null) return `${name} is never offered anywhere`;
  if (rule.kind === 'manual' && rule.offerKind === 'upgrade') return `Upgrade step to ${name}`;
  return `${RULE_LABELS[rule.kind]}: ${name}`;
}

function ruleFor(kind: Kind, productId: string, target: ProductSummary | null): unknown {
  const targetProductId = target?.id;
  if (kind === 'never_together') return { kind, productId, targetProductId };
  if (kind === 'manual')
    return { kind, productId, targetProductId, targetVariantId: null, offerKind: 'xsell' };
  return { kind, productId, targetProductId, targetVariantId: null };
}

/** The merchant's rules naming this product, and a form to add a pairing, pin, exclusion or never-together pair. */
export function ProductRules({ detail }: { detail: ProductDetail }) {
  const addRule = useAddRule();
  const removeRule = useRemoveRule();
  const [kind, setKind] = useState<Kind>('manual');
  const [target, setTarget] = useState<ProductSummary | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const productId = detail.product.id;
  const submit = () => {
    const parsed = ruleInputSchema.safeParse(ruleFor(kind, productId, target));
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error));
      return;
    }
    setErrors({});
    addRule.mutate(parsed.data as RuleInput, {
      onSuccess: () => {
        setTarget(null);
        shopify.toast.show('Rule added — checkout updates after the next recompute');
      },
      onError: (error) => setErrors(apiFieldErrors(error)),
    });
  };
  return (
    <Card>
      <BlockStack gap="400">
        <Text as="h2" variant="headingMd">
          Your rules for this product
        </Text>
        {detail.rules.length === 0 ? (
          <Text as="p" tone="subdued">
            No rules yet: the offers above are what Tandem learned from your orders.
          </Text>
        ) : (
          <BlockStack gap="200">
            {detail.rules.map((rule) => (
              <InlineStack key={rule.id} align="space-between" blockAlign="center">
                <Text as="span">{describe(rule, productId)}</Text>
                <Button
                  size="slim"
                  variant="plain"
                  tone="critical"
                  onClick={() => removeRule.mutate(rule.id)}
                  disabled={removeRule.isPending}
                  accessibilityLabel={`Remove rule: ${describe(rule, productId)}`}
                >
                  Remove
                </Button>
              </InlineStack>
            ))}
          </BlockStack>
        )}
        {(addRule.isError || removeRule.isError) && (
          <ErrorBanner error={addRule.error ?? removeRule.error} title="The rule was not saved" />
        )}
        <FormLayout>
          <FormLayout.Group>
            <Select
              label="Rule"
              options={[...KINDS]}
              value={kind}
              onChange={(value) => setKind(value as Kind)}
            />
            <ProductPicker
              label="Product"
              onSelect={setTarget}
              excludeIds={[productId]}
              error={errors['targetProductId'] ?? errors['form'] ?? false}
            />
          </FormLayout.Group>
          <Button onClick={submit} loading={addRule.isPending} disabled={target === null}>
            Add rule
          </Button>
        </FormLayout>
      </BlockStack>
    </Card>
  );
}
