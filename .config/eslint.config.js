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
              'preact/*',
              'react/*',
              'react-dom/*',
            ],
            message: 'Pure core: no I/O or framework imports.',
          },
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
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ExportDefaultDeclaration',
          message: 'Use named exports (default only where Shopify tooling requires it).',
        },
        {
          selector: "ExportSpecifier[exported.name='default']",
          message: 'Use named exports (default only where Shopify tooling requires it).',
        },
      ],
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
  pureCore,
);
