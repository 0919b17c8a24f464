import type { ControlClient, EmulatedOrder } from '@tandem/emulator';
import type { Logger } from '../../logger.js';
import type { AdminClient } from '../../shopify/admin/client.js';
import type { Stores } from '../../store/types.js';

/** What the checkout preview and admin frame need from the app; built in app.ts in emulator mode only. */
export interface PreviewDeps {
  readonly emulatorUrl: string;
  readonly stores: Pick<Stores, 'catalog' | 'offers' | 'profiles'>;
  readonly adminClient: (shop: string) => Promise<AdminClient>;
  /** Called with every order the preview places (the demo journals them; see demo/order-journal.ts). */
  readonly onOrder: (shop: string, order: EmulatedOrder) => Promise<void>;
  readonly logger: Logger;
  /** Control client override (tests); default: the emulator's own. */
  readonly control?: ControlClient;
}

export type {
  AppMetafieldEntry,
  CheckoutDiscounts,
  OrderLineInput,
  PlacedOrder,
  PreviewCustomer,
  PreviewProduct,
  PreviewShop,
  SampleLine,
  SwitchCart,
} from './wire-types.js';
