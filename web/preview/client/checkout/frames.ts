import { el } from '../shared/dom.js';
import type { FakeCheckoutApi } from '../../../src/dev/checkout-fake/checkout-api.js';
import { Scope } from '../../../src/dev/checkout-fake/signal.js';
import { frameApi, type CheckoutHostPort, type ExtensionTarget } from './checkout-api.js';

export interface MountedFrame {
  readonly element: HTMLIFrameElement;
  dispose(): void;
}

/**
 * Extension frames: one iframe (its own realm, document and `shopify` global) per rendered target, as checkout
 * runs each extension target in its own sandbox. The frame asks for its API by id when its script starts.
 */
export class FrameRegistry {
  private nextId = 1;
  private readonly pending = new Map<
    string,
    { readonly target: ExtensionTarget; readonly api: FakeCheckoutApi }
  >();

  mount(
    container: HTMLElement,
    host: CheckoutHostPort,
    target: ExtensionTarget,
    lineId?: string,
  ): MountedFrame {
    const id = String(this.nextId++);
    const scope = new Scope();
    this.pending.set(id, { target, api: frameApi(host, target, scope, lineId) });
    const element = el('iframe', {
      src: `/preview/sandbox?frame=${id}`,
      class: 'extension-frame',
      title: `Tandem extension: ${target}`,
      'data-target': target,
      'data-line-id': lineId,
    });
    container.append(element);
    return {
      element,
      dispose: () => {
        scope.dispose();
        this.pending.delete(id);
        element.remove();
      },
    };
  }

  connect(frameId: string): { readonly target: ExtensionTarget; readonly api: FakeCheckoutApi } {
    const frame = this.pending.get(frameId);
    if (!frame) throw new Error(`No extension frame ${frameId}`);
    return frame;
  }
}
