import { BlockStack, Text } from '@shopify/ui-extensions-react/checkout';

/**
 * A status live region (`accessibilityRole="status"`), kept mounted so screen readers announce what appears in
 * it. `visible` text shows to everyone; `spoken` only to assistive technology (`visibility="hidden"`).
 */
export function LiveRegion({
  visible,
  visibleAppearance,
  spoken,
}: {
  readonly visible?: string | undefined;
  readonly visibleAppearance?: 'subdued' | 'critical';
  readonly spoken?: string | undefined;
}) {
  return (
    <BlockStack accessibilityRole="status">
      {visible && <Text appearance={visibleAppearance ?? 'subdued'}>{visible}</Text>}
      {spoken && spoken !== visible && <Text visibility="hidden">{spoken}</Text>}
    </BlockStack>
  );
}
