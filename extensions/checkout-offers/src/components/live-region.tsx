/** @jsxImportSource preact */

/**
 * A status live region (`accessibilityRole="status"`): kept mounted so screen readers announce what appears in
 * it. `visible` text shows to everyone; `spoken` only to assistive technology.
 */
export function LiveRegion({
  visible,
  visibleTone,
  spoken,
}: {
  readonly visible?: string | undefined;
  readonly visibleTone?: 'neutral' | 'critical';
  readonly spoken?: string | undefined;
}) {
  return (
    <s-stack accessibilityRole="status">
      {visible && <s-text tone={visibleTone ?? 'neutral'}>{visible}</s-text>}
      {spoken && spoken !== visible && <s-text accessibilityVisibility="exclusive">{spoken}</s-text>}
    </s-stack>
  );
}
