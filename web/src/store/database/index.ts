export { createDatabase } from './create-database.js';
export { SHOP_TABLES, type Schema, type TableName } from './schema.js';
export { DIALECTS, type Database, type DatabaseOptions, type DialectName } from './types.js';
