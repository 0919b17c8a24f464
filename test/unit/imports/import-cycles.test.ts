import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { findCycles, importGraph, sourceFiles, staticSpecifiers, type ImportGraph } from './import-graph.js';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
/** Every tree of TypeScript sources in the repo (tsc's project references already refuse cycles between them). */
const ROOTS = ['web/src', 'web/emulator/src', 'web/frontend/src', 'web/preview', 'extensions', 'test'];

const relative = (cycles: string[][]) =>
  cycles.map((cycle) => cycle.map((file) => path.relative(repo, file)));

describe('import cycles', () => {
  it.each(ROOTS)('%s has none, type-only imports included', (root) => {
    const cycles = relative(findCycles(importGraph(sourceFiles(path.join(repo, root)))));
    // Then the message names each cycle file by file, e.g. [["a.ts", "b.ts", "a.ts"]]
    expect(cycles).toEqual([]);
  });

  it('finds a cycle of two, of three, and a file importing itself, and nothing in a chain', () => {
    const graph: ImportGraph = new Map([
      ['a', ['b']],
      ['b', ['a', 'c']],
      ['c', ['d']],
      ['d', ['e']],
      ['e', ['c']],
      ['f', ['f']],
      ['g', ['h']],
      ['h', []],
    ]);
    expect(findCycles(graph).sort()).toEqual([
      ['a', 'b', 'a'],
      ['c', 'd', 'e', 'c'],
      ['f', 'f'],
    ]);
  });

  it('reads value, type-only and re-export specifiers, and leaves dynamic import() out', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tandem-imports-'));
    try {
      const file = path.join(dir, 'sample.ts');
      writeFileSync(
        file,
        [
          "import { a } from './a.js';",
          "import type { B } from './b.js';",
          "export { c } from './c.js';",
          "export type * from './d.js';",
          "const lazy = () => import('./e.js');",
        ].join('\n'),
      );
      expect(staticSpecifiers(file)).toEqual(['./a.js', './b.js', './c.js', './d.js']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
