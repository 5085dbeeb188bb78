/** The generated reference pages in docs/ match the code they are generated from. */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { GENERATED_DOCS } from '../../server/src/docs/generate';
import { parse } from '../../server/src/core/syntax/blocks';
import { repoRoot } from '../helpers';

describe('generated docs are current', () => {
  for (const [name, render] of Object.entries(GENERATED_DOCS)) {
    it(`docs/${name}`, () => {
      const file = path.join(repoRoot(), 'docs', name);
      assert.ok(fs.existsSync(file), `docs/${name} is missing: run npm run docs`);
      assert.equal(fs.readFileSync(file, 'utf8'), render() + '\n', `docs/${name} is stale: run npm run docs`);
    });
  }
});

describe('docs/language.md', () => {
  it('every ```grille block parses without a syntax error', () => {
    const text = fs.readFileSync(path.join(repoRoot(), 'docs', 'language.md'), 'utf8');
    const blocks = [...text.matchAll(/```grille\n([\s\S]*?)```/g)].map((m) => m[1]!);
    assert.ok(blocks.length > 0);
    for (const block of blocks) assert.deepEqual(parse(block).errors, [], block);
  });
});
