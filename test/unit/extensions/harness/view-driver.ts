// What the shared behaviour suite needs from a rendered view, whatever renders it (DOM or remote-ui tree).
import type { OfferTarget } from '@tandem/offer-core';

export interface ViewButton {
  readonly label: string;
  readonly accessibilityLabel: string | undefined;
  readonly disabled: boolean;
  press(): void;
}

export interface MountedView {
  /** All visible text, whitespace-normalised (non-breaking spaces become spaces). */
  text(): string;
  buttons(): ViewButton[];
  links(): { readonly label: string; readonly href: string }[];
  /** Thumbnail sources. */
  images(): string[];
  /** The text of the view's status live regions: what a screen reader announces, shown or not. */
  announced(): string;
  /** Skeleton placeholders on screen (Loading state). */
  skeletons(): number;
  isEmpty(): boolean;
  unmount(): Promise<void>;
}

export interface ViewDriver {
  readonly name: string;
  /** Renders `target`'s entry module against the fake API (a FakeCheckout's `api`). */
  mount(target: OfferTarget, api: Record<string, unknown>): Promise<MountedView>;
}

/** Lets queued promises, signal updates and renders finish. */
export async function settle(): Promise<void> {
  for (let round = 0; round < 5; round += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}

export function normaliseText(text: string): string {
  return text
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function buttonNamed(view: MountedView, label: string): ViewButton {
  const button = view.buttons().find((candidate) => candidate.label === label);
  if (!button)
    throw new Error(
      `no button "${label}" among: ${
        view
          .buttons()
          .map((b) => b.label)
          .join(', ') || 'none'
      }`,
    );
  return button;
}
