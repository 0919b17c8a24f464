/** The local demo behind `npm start` with nothing configured (see start.ts), and its parts. */
export { prepareStart, type LocalDemo, type StartIo, type Startup } from './start.js';
export { parseStartArgs, START_USAGE, type StartArgs } from './args.js';
export { orderJournal, withPreviewOrders, JOURNAL_FILE, type OrderJournal } from './order-journal.js';
