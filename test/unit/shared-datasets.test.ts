import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { datasetFile } from '../datasets/shared-datasets.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'tandem-datasets-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('locating ../shared/datasets for npm run test:datasets', () => {
  it('gives the path of a file that is there', () => {
    mkdirSync(path.join(root, 'groceries'));
    writeFileSync(path.join(root, 'groceries', 'orders.csv'), 'order_id\n');
    expect(datasetFile('groceries', 'orders.csv', root)).toBe(path.join(root, 'groceries', 'orders.csv'));
  });

  it('says the shared folder is missing, where it was looked for, and what needs only the repo', () => {
    const missing = path.join(root, 'no-such-folder');
    expect(() => datasetFile('groceries', 'orders.csv', missing)).toThrow(
      `npm run test:datasets needs the shared datasets at ${missing}`,
    );
    expect(() => datasetFile('groceries', 'orders.csv', missing)).toThrow(
      /run `npm test`, which needs only the repo/,
    );
  });

  it('names a missing file of a dataset', () => {
    expect(() => datasetFile('groceries', 'products.csv', root)).toThrow(
      `dataset file ${path.join(root, 'groceries', 'products.csv')} is missing`,
    );
  });
});
