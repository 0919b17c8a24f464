// Renders the React view's target modules (their default exports) through a @remote-ui/core receiver, the
// way checkout's host does for API 2025-07 extensions, and reads the received component tree.
import {
  createRemoteReceiver,
  KIND_COMPONENT,
  KIND_TEXT,
  type RemoteReceiverAttachableChild,
  type RemoteChannel,
} from '@remote-ui/core';
import type { OfferTarget } from '@tandem/offer-core';
import {
  normaliseText,
  settle,
  type MountedView,
  type ViewButton,
  type ViewDriver,
} from '../../../test/unit/extensions/harness/view-driver.js';

/** A 2025-07 target module's default export (what `reactExtension` returns), called as checkout's host does. */
type Entry = (connection: never, api: never) => void | Promise<void>;

interface Component {
  readonly type: string;
  readonly props: Record<string, unknown>;
  readonly children: readonly Node[];
}
type Node = Component | { readonly text: string };

function toNode(child: RemoteReceiverAttachableChild): Node {
  if (child.kind === KIND_TEXT) return { text: child.text };
  if (child.kind === KIND_COMPONENT)
    return {
      type: child.type,
      props: child.props as Record<string, unknown>,
      children: child.children.map(toNode),
    };
  return { text: '' };
}

const textOf = (node: Node): string => ('text' in node ? node.text : node.children.map(textOf).join(' '));

function components(nodes: readonly Node[], type: string): Component[] {
  return nodes.flatMap((node) =>
    'text' in node ? [] : [...(node.type === type ? [node] : []), ...components(node.children, type)],
  );
}

export function remoteUiDriver(entries: Readonly<Record<OfferTarget, Entry>>): ViewDriver {
  return {
    name: 'React view (@remote-ui receiver)',
    async mount(target, api) {
      const receiver = createRemoteReceiver();
      const connection: { channel: RemoteChannel } = { channel: receiver.receive };
      await entries[target](connection as never, api as never);
      await settle();
      const tree = (): Node[] => receiver.attached.root.children.map(toNode);
      const all = (type: string): Component[] => components(tree(), type);
      const view: MountedView = {
        text: () => normaliseText(tree().map(textOf).join(' ')),
        buttons: () =>
          all('Button').map((button): ViewButton => ({
            label: normaliseText(textOf(button)),
            accessibilityLabel:
              typeof button.props.accessibilityLabel === 'string'
                ? button.props.accessibilityLabel
                : undefined,
            disabled: button.props.disabled === true,
            press: () => void (button.props.onPress as () => unknown)(),
          })),
        links: () =>
          all('Link').map((link) => ({ label: normaliseText(textOf(link)), href: String(link.props.to) })),
        announced: () =>
          normaliseText(
            all('BlockStack')
              .filter((stack) => stack.props.accessibilityRole === 'status')
              .map(textOf)
              .join(' '),
          ),
        images: () => all('ProductThumbnail').map((thumbnail) => String(thumbnail.props.source)),
        skeletons: () => all('SkeletonText').length + all('SkeletonImage').length,
        isEmpty: () => receiver.attached.root.children.length === 0,
        async unmount() {
          // The receiver is dropped with the test; the fake API it subscribed to goes with it.
        },
      };
      return view;
    },
  };
}
