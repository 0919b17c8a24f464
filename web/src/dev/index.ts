/**
 * Dev-only code, behind this one entry: the local demo of `npm start` with its in-process Shopify emulator, and the
 * checkout preview with the local admin frame. index.ts and app.ts load it with a dynamic import in emulator mode
 * only, so a production start never loads it or `@tandem/emulator` (a lint rule, and a test that starts the app
 * with real credentials).
 */
export { startLocalDemo, type LocalDemo, type LocalStart, type StartIo } from './demo/start.js';
export { orderJournal } from './demo/order-journal.js';
export { previewRoutes } from './preview/index.js';
