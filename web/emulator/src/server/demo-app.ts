/**
 * The demo app the emulator runs with by default (`npm run emulator`, the `npm start` demo). Fixed
 * credentials so the app's default config can match them; never used against real Shopify.
 */
export const DEMO_APP = {
  clientId: 'tandem-demo-client-id',
  clientSecret: 'tandem-demo-client-secret',
  appId: '7000001',
  scopes: [
    'read_products',
    'write_products',
    'read_orders',
    'read_inventory',
    'read_discounts',
    'write_discounts',
    'write_pixels',
    'read_customer_events',
  ],
  // extensions/tandem-pixel/shopify.extension.toml declares this (test/unit/extensions/extension-config.test.ts).
  webPixelFields: { backendUrl: { type: 'single_line_text_field', minLength: 8 } },
} as const;
