export { CsvError } from './csv-error.js';
export { ORDER_COLUMNS, type OrderColumn, type OrderLine } from './order-lines.js';
export { OrderLineScanner } from './order-line-scanner.js';
export { CsvRecordSplitter, type RecordHandler } from './record-splitter.js';
export { ProductRowParser, toMinor } from './product-rows.js';
export { plainNumber } from './number-index.js';
export { parseTimestamp } from './timestamp.js';
