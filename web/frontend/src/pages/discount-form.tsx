import { BlockStack, Button, Card, Checkbox, FormLayout, Text, TextField } from '@shopify/polaris';
import { discountInputSchema, type CombinesWith } from '@tandem/web/api-contract/discounts';
import type { ProductSummary } from '@tandem/web/api-contract/products';
import { useState } from 'react';
import { useCreateDiscount } from '../api/queries.js';
import { ErrorBanner } from '../components/error-banner.js';
import { apiFieldErrors, zodFieldErrors, type FieldErrors } from '../components/field-errors.js';
import { ProductPicker } from '../components/product-picker.js';

/** `<input type="datetime-local">` speaks local wall time; the API takes ISO instants. */
const toLocalInput = (date: Date) =>
  new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
const fromLocalInput = (value: string) => (value === '' ? null : new Date(value).toISOString());

const COMBINES: { key: keyof CombinesWith; label: string; help: string }[] = [
  {
    key: 'productDiscounts',
    label: 'Other product discounts',
    help: 'If off, a shopper’s product discount code and this bundle discount do not stack: Shopify applies the better one.',
  },
  {
    key: 'orderDiscounts',
    label: 'Order discounts',
    help: 'If on, a code like “10% off the order” still applies on top of the bundle price.',
  },
  {
    key: 'shippingDiscounts',
    label: 'Shipping discounts',
    help: 'If on, free-shipping codes keep working with the bundle. Usually safe to allow.',
  },
];

/** "Buy X, get Y at N% off": an automatic BXGY discount, stacking chosen explicitly, with start and end. */
export function DiscountForm() {
  const create = useCreateDiscount();
  const [title, setTitle] = useState('');
  const [buy, setBuy] = useState<ProductSummary | null>(null);
  const [get, setGet] = useState<ProductSummary | null>(null);
  const [buyQuantity, setBuyQuantity] = useState('1');
  const [getQuantity, setGetQuantity] = useState('1');
  const [percentOff, setPercentOff] = useState('10');
  const [combinesWith, setCombinesWith] = useState<CombinesWith>({
    productDiscounts: false,
    orderDiscounts: true,
    shippingDiscounts: true,
  });
  const [startsAt, setStartsAt] = useState(() => toLocalInput(new Date()));
  const [endsAt, setEndsAt] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formKey, setFormKey] = useState(0);

  const submit = () => {
    const parsed = discountInputSchema.safeParse({
      title,
      buyProductId: buy?.id ?? '',
      getProductId: get?.id ?? '',
      buyQuantity: Number(buyQuantity),
      getQuantity: Number(getQuantity),
      percentOff: Number(percentOff),
      combinesWith,
      startsAt: fromLocalInput(startsAt) ?? '',
      endsAt: fromLocalInput(endsAt),
    });
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error));
      return;
    }
    setErrors({});
    create.mutate(parsed.data, {
      onSuccess: () => {
        shopify.toast.show('Discount created');
        setTitle('');
        setBuy(null);
        setGet(null);
        setFormKey(formKey + 1);
      },
      onError: (error) => setErrors(apiFieldErrors(error)),
    });
  };
  const productError = (field: string, product: ProductSummary | null) =>
    errors[field] && (product === null ? 'choose a product' : errors[field]);
  return (
    <Card>
      <BlockStack gap="400">
        <Text as="h2" variant="headingMd">
          New bundle discount
        </Text>
        {create.isError && <ErrorBanner error={create.error} title="The discount was not created" />}
        <FormLayout key={formKey}>
          <TextField
            label="Title"
            helpText="Shoppers see it at checkout, e.g. “Pasta + sauce: 20% off the sauce”."
            autoComplete="off"
            value={title}
            onChange={setTitle}
            error={errors['title'] ?? false}
          />
          <FormLayout.Group>
            <ProductPicker
              label="When they buy"
              onSelect={setBuy}
              error={productError('buyProductId', buy) ?? false}
              excludeIds={get ? [get.id] : []}
            />
            <TextField
              label="Quantity bought"
              type="number"
              min={1}
              autoComplete="off"
              value={buyQuantity}
              onChange={setBuyQuantity}
              error={errors['buyQuantity'] ?? false}
            />
          </FormLayout.Group>
          <FormLayout.Group>
            <ProductPicker
              label="They get"
              onSelect={setGet}
              error={productError('getProductId', get) ?? false}
              excludeIds={buy ? [buy.id] : []}
            />
            <TextField
              label="Quantity discounted"
              type="number"
              min={1}
              autoComplete="off"
              value={getQuantity}
              onChange={setGetQuantity}
              error={errors['getQuantity'] ?? false}
            />
            <TextField
              label="Discount"
              type="number"
              min={1}
              max={100}
              suffix="% off"
              autoComplete="off"
              value={percentOff}
              onChange={setPercentOff}
              error={errors['percentOff'] ?? false}
            />
          </FormLayout.Group>
          <BlockStack gap="100">
            <Text as="p" fontWeight="semibold">
              Combines with
            </Text>
            {COMBINES.map(({ key, label, help }) => (
              <Checkbox
                key={key}
                label={label}
                helpText={help}
                checked={combinesWith[key]}
                onChange={(checked) => setCombinesWith({ ...combinesWith, [key]: checked })}
              />
            ))}
          </BlockStack>
          <FormLayout.Group>
            <TextField
              label="Starts"
              type="datetime-local"
              autoComplete="off"
              value={startsAt}
              onChange={setStartsAt}
              error={errors['startsAt'] ?? false}
            />
            <TextField
              label="Ends (optional)"
              type="datetime-local"
              autoComplete="off"
              value={endsAt}
              onChange={setEndsAt}
              error={errors['endsAt'] ?? false}
            />
          </FormLayout.Group>
          <Button variant="primary" onClick={submit} loading={create.isPending}>
            Create discount
          </Button>
        </FormLayout>
      </BlockStack>
    </Card>
  );
}
