export { MigrationError, migrateToLatest, runMigrations, type MigrationReport } from './migrate.js';
export { MIGRATIONS } from './migrations.js';
