/** @jsxImportSource preact */

/** Same rows and thumbnail size as the loaded block, so nothing shifts when prices arrive. */
export function OfferSkeleton({ rows }: { readonly rows: number }) {
  return (
    <s-stack gap="base">
      <s-skeleton-paragraph />
      {Array.from({ length: rows }, (_, index) => (
        <s-grid key={index} gridTemplateColumns="auto 1fr auto" gap="base" alignItems="center">
          <s-product-thumbnail />
          <s-skeleton-paragraph />
          <s-skeleton-paragraph />
        </s-grid>
      ))}
    </s-stack>
  );
}
