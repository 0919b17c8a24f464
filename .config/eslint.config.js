// Project rules that keep the architecture honest; test/unit/lint-rules.test.ts proves each one fires.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Modules a pure core (pairing engine, checkout offer core) must never import: no I/O, no framework. */
export const IMPURE_MODULES = [
  'express',
  'graphql-request',
  'kysely',
  'pg',
  'better-sqlite3',
  'bullmq',
  'ioredis',
  'react',
  'react-dom',
  'preact',
  '@preact/signals',
  '@shopify/shopify-api',
  '@shopify/ui-extensions',
  '@shopify/ui-extensions-react',
  ...[
    'fs',
    'fs/promises',
    'net',
    'http',
    'https',
    'http2',
    'child_process',
    'dgram',
    'tls',
    'worker_threads',
  ].flatMap((name) => [name, `node:${name}`]),
];

/** Named exports only; repeated wherever a config block sets its own `no-restricted-syntax`. */
const NAMED_EXPORTS = [
  {
    selector: 'ExportDefaultDeclaration',
    message: 'Use named exports (default only where Shopify tooling requires it).',
  },
  {
    selector: "ExportSpecifier[exported.name='default']",
    message: 'Use named exports (default only where Shopify tooling requires it).',
  },
];

const DEV_ONLY =
  'Dev-only code: web/src/dev/index.ts is loaded by a dynamic import in emulator mode only (index.ts, app.ts).';
/** The demo, the preview and the Shopify emulator: never imported by production modules (web/src outside dev/). */
const DEV_IMPORTS = ['@tandem/emulator', '@tandem/emulator/*', '**/dev/*', '**/dev/**', './dev', '../dev'];
const dynamicImportOf = (pattern) => ({
  selector: `ImportExpression[source.value=/${pattern}/]`,
  message: DEV_ONLY,
});

const devFence = {
  files: ['web/src/**/*.ts'],
  ignores: ['web/src/dev/**', '**/*.test.ts'],
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ group: DEV_IMPORTS, message: DEV_ONLY }] }],
    'no-restricted-syntax': [
      'error',
      ...NAMED_EXPORTS,
      dynamicImportOf('@tandem\\/emulator'),
      dynamicImportOf('(^|\\/)dev\\/'),
    ],
  },
};

/** The two composition roots may load the dev entry lazily; still never the emulator directly. */
const devEntryLoaders = {
  files: ['web/src/index.ts', 'web/src/app.ts'],
  rules: {
    'no-restricted-syntax': ['error', ...NAMED_EXPORTS, dynamicImportOf('@tandem\\/emulator')],
  },
};

const pureCore = {
  files: ['web/src/pairing/**/*.ts', 'extensions/offer-core/src/**/*.ts'],
  ignores: ['**/*.test.ts', 'web/src/pairing/cli/**', 'web/src/pairing/jobs/**'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: IMPURE_MODULES.map((name) => ({ name, message: 'Pure core: no I/O or framework imports.' })),
        patterns: [
          {
            group: [
              '**/store/**',
              '**/http/**',
              '**/shopify/**',
              '**/jobs/**',
              '**/queue/**',
              'preact/*',
              'react/*',
              'react-dom/*',
            ],
            message: 'Pure core: no I/O or framework imports.',
          },
          { group: DEV_IMPORTS, message: DEV_ONLY },
        ],
      },
    ],
  },
};

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'data/**',
      'test/artifacts/**',
      'test/unit/lint-fixtures/**',
      '**/generated/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration through web/src/config.ts only.' },
      ],
      'no-restricted-syntax': ['error', ...NAMED_EXPORTS],
    },
  },
  {
    // The embedded admin runs in the browser; its dev App Bridge shim is plain browser JavaScript.
    files: ['web/frontend/**/*.{ts,tsx,js}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['web/src/config.ts', '.config/**', 'test/support/env.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    // Shopify CLI and tool configs load these by their default export.
    files: ['.config/**', 'extensions/*/src/targets/**', '**/vite.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  devFence,
  devEntryLoaders,
  pureCore,
);
