/** Entry of one extension frame: Polaris renderings, the page's `shopify` API, then the built extension's target. */
import { parentBridge, runExtension } from './shared/bridge.js';
import { definePolarisElements } from './sandbox/polaris-elements.js';

const frameId = new URLSearchParams(location.search).get('frame') ?? '';

function fitFrame(): void {
  const frame = window.frameElement as HTMLIFrameElement | null;
  if (frame) frame.style.height = `${Math.ceil(document.documentElement.getBoundingClientRect().height)}px`;
}

definePolarisElements();
new ResizeObserver(fitFrame).observe(document.documentElement);
const { target, api } = parentBridge().connectExtension(frameId);
document.documentElement.dataset['target'] = target;
runExtension('/preview/extensions/checkout-offers.js', api, target).catch((error: unknown) => {
  // Checkout isolates a failing extension; the preview says why, inside the frame only.
  document.body.textContent = `Extension error: ${error instanceof Error ? error.message : String(error)}`;
  document.body.className = 'extension-error';
});
