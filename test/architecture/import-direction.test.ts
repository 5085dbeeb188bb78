/**
 * The import direction, checked on the source tree: a module imports only from a lower layer (or
 * its own folder), so the core knows nothing of the front ends, the engine nothing of the rules,
 * and the client nothing of the server but the names they share. Adding a layer or moving a module
 * is one line of LAYERS.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../helpers';

/**
 * Layers of `server/src`, lowest first; the longest matching prefix names a module's layer. Two
 * folders of the same rank may not import each other (that would allow a cycle).
 */
const LAYERS: [prefix: string, rank: number][] = [
  ['core/diagnostics', 0],
  ['core/syntax', 1],
  ['core/decimal.ts', 1.5],
  // The presentation module has two levels: amounts, dates and counted units, which the engine's trace writes…
  ['core/present/money.ts', 1.7],
  ['core/present/dates.ts', 1.7],
  ['core/present/units.ts', 1.7],
  ['core/catalogue', 2],
  ['core/params', 2],
  ['core/model', 3],
  ['core/engine', 4],
  ['core/rules', 5],
  ['core/glossary', 5],
  // … and labels, the trace and suggestions, which read the model and the engine.
  ['core/present', 5.5],
  ['core/analyze.ts', 6],
  ['core/index.ts', 6.5],
  // Names shared by the client and the server: it imports nothing.
  ['protocol.ts', 0],
  ['services', 7],
  ['lsp', 8],
  ['cli', 8],
  ['docs', 8],
];

function layerOf(relative: string): { prefix: string; rank: number } | null {
  let best: [string, number] | null = null;
  for (const layer of LAYERS) if ((relative === layer[0] || relative.startsWith(layer[0] + '/')) && (!best || layer[0].length > best[0].length)) best = layer;
  return best && { prefix: best[0], rank: best[1] };
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Relative imports of a module (`import … from`, `export … from`, `import('…')`, `require('…')`), resolved to files. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*)'(\.{1,2}\/[^']+)'/g)].map((m) => m[1]!);
  return specifiers.map((s) => {
    const target = path.resolve(path.dirname(file), s);
    return fs.existsSync(target + '.ts') ? target + '.ts' : fs.existsSync(path.join(target, 'index.ts')) ? path.join(target, 'index.ts') : target;
  });
}

/** Every import that runs against the layers, as `from → to`. */
export function violations(root: string): string[] {
  const server = path.join(root, 'server', 'src');
  const client = path.join(root, 'client', 'src');
  const found: string[] = [];
  for (const file of sourceFiles(server)) {
    const from = path.relative(server, file);
    const source = layerOf(from);
    for (const target of importsOf(file)) {
      const to = path.relative(server, target);
      if (to.startsWith('..')) {
        found.push(`${from} → ${path.relative(root, target)} (outside server/src)`);
        continue;
      }
      const layer = layerOf(to);
      if (!source || !layer || source.prefix === layer.prefix) continue;
      if (layer.rank >= source.rank) found.push(`server/src/${from} → server/src/${to} (${source.prefix} may not import ${layer.prefix})`);
    }
  }
  for (const file of sourceFiles(client)) {
    for (const target of importsOf(file)) {
      if (!path.relative(path.join(root, 'client'), target).startsWith('..')) continue;
      // The client shares names with the server, never its code.
      if (!/protocol(\.ts)?$/.test(target))
        found.push(`${path.relative(root, file)} → ${path.relative(root, target)} (the client may import only the protocol module)`);
    }
  }
  return found;
}

describe('import direction', () => {
  it('no module imports from a higher layer', () => {
    assert.deepEqual(violations(repoRoot()), []);
  });

  it('the check sees a violation (an engine module importing the rules)', () => {
    const root = fs.mkdtempSync(path.join(repoRoot(), '.tmp-imports-'));
    try {
      const write = (relative: string, text: string) => {
        fs.mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
        fs.writeFileSync(path.join(root, relative), text);
      };
      write('server/src/core/rules/registry.ts', 'export const RULES = [];\n');
      write('server/src/core/engine/compute.ts', "import { RULES } from '../rules/registry';\n");
      write('server/src/core/rules/run-rules.ts', "import { compute } from '../engine/compute';\n");
      write('client/src/extension.ts', "import { analyze } from '../../server/src/core/analyze';\n");
      assert.deepEqual(violations(root), [
        'server/src/core/engine/compute.ts → server/src/core/rules/registry.ts (core/engine may not import core/rules)',
        'client/src/extension.ts → server/src/core/analyze (the client may import only the protocol module)',
      ]);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
