import { el } from '../shared/dom.js';
import type { PreviewProduct, SampleLine } from '../shared/preview-api.js';

export interface EditorActions {
  add(variantId: string, quantity: number): void;
  useSample(sample: SampleLine): void;
}

/**
 * The reviewer's cart editor (not part of checkout): ready-made sample carts with known complements, and any
 * product and variant of the demo catalog with a quantity.
 */
export function renderCartEditor(
  container: HTMLElement,
  catalog: { readonly products: readonly PreviewProduct[]; readonly samples: readonly SampleLine[] },
  actions: EditorActions,
): void {
  const products = [...catalog.products].sort((a, b) => a.title.localeCompare(b.title));
  const productSelect = el(
    'select',
    { id: 'product-picker', 'aria-label': 'Product' },
    ...products.map((product) =>
      el('option', { value: product.id }, `${product.title} (${product.productType})`),
    ),
  );
  const variantSelect = el('select', { id: 'variant-picker', 'aria-label': 'Variant' });
  const quantity = el('input', {
    id: 'quantity-picker',
    type: 'number',
    min: 1,
    max: 99,
    value: 1,
    'aria-label': 'Quantity',
  });
  const fillVariants = () => {
    const product = products.find((candidate) => candidate.id === productSelect.value);
    variantSelect.replaceChildren(
      ...(product?.variants ?? []).map((variant) =>
        el(
          'option',
          { value: variant.id, disabled: !variant.available },
          `${variant.title} · ${variant.price.toFixed(2)}${variant.available ? '' : ' (sold out)'}`,
        ),
      ),
    );
  };
  productSelect.addEventListener('change', fillVariants);
  fillVariants();
  container.replaceChildren(
    el('p', { class: 'subdued' }, 'Sample carts: products with bought-together offers and a next tier.'),
    el(
      'div',
      { class: 'samples' },
      ...catalog.samples.map((sample) =>
        el(
          'button',
          {
            type: 'button',
            class: 'sample',
            'data-testid': 'sample-cart',
            'data-product-id': sample.productId,
            'data-variant-id': sample.variantId,
            onclick: () => actions.useSample(sample),
          },
          `${sample.title} · ${sample.crossSells} bought together`,
        ),
      ),
    ),
    el(
      'div',
      { class: 'picker' },
      productSelect,
      variantSelect,
      quantity,
      el(
        'button',
        {
          type: 'button',
          id: 'add-to-cart',
          onclick: () =>
            actions.add(variantSelect.value, Math.max(1, Math.round(Number(quantity.value) || 1))),
        },
        'Add to cart',
      ),
    ),
  );
}
