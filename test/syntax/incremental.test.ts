/**
 * The incremental analysis (the language server's keystroke path): a document parsed in blocks is
 * the document the whole-text parser builds, and an analysis made from the previous one's memo is
 * exactly a fresh analysis of the same text — tree, model and findings — edit after edit, while
 * only the blocks an edit touched are parsed again.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { analyze, AnalysisMemo, type Analysis } from '../../server/src/core/analyze';
import { parse, SyntaxMemo } from '../../server/src/core/syntax/blocks';
import { parseWhole } from '../../server/src/core/syntax/parser';
import { generateGrid, realisticGrid } from '../../bench/generate-grid';
import { loadCorpus, mutate, rng } from '../../bench/fuzz';
import { repoRoot } from '../helpers';

const SAMPLES = loadCorpus(repoRoot());
const OPTIONS = [
  'contrat "Options" millesime 2026 responsable base ro_inclus',
  'poste "Soins courants"',
  '  consultation specialiste dptam 150 % BR non_dptam 130 % BR',
  '  acupuncture hors_nomenclature 30 € par seance, 3 par an',
  'option "Plus" en_sus_du_socle',
  '  osteopathie 20 € par seance',
  'poste "Soins courants"',
  '  consultation specialiste dptam 20 % BR en_sus',
  '  acupuncture 10 € par seance',
  'exemple "Acupuncture"',
  '  acte acupuncture prix 40 € option "Plus"',
  '  attendu mutuelle 40 €',
  'poste "Optique"',
  '  optique classe b verres simples 300 € par equipement, 1 equipement tous les 2 ans',
  '',
].join('\n');
const GRIDS = [...SAMPLES, OPTIONS, generateGrid(400)];

/** What a user types: characters, words of the language, whole lines that open or close blocks. */
const INSERTS = [
  'x',
  '1',
  '0',
  ' ',
  '%',
  '€',
  '"',
  ',',
  '\n',
  '\r\n',
  '  ',
  'BR',
  ' 150 % BR',
  ' dptam 200 % BR',
  ' hors_nomenclature',
  ' inclut_socle',
  '\nposte "Dentaire"\n',
  '\noption "Confort" inclut_socle\n',
  '\nexemple "Cas"\n  acte osteopathie prix 60 €\n',
  '\ncontrat "Deux" millesime 2025\n',
  '\nresponsable\n',
  '\n  secteur 2 100 % BR\n',
  '\n  osteopathie 40 € par seance, 4 par an\n',
  '# note\n',
  'poste',
  'option',
  'exemple',
];

/**
 * A text form of an object graph (shared objects and cycles named by first visit), so two analyses
 * compare as values: the same tree, the same model, the same links between them. Model ids are
 * left out: unique per process, they differ between any two analyses.
 */
function digest(root: unknown): string {
  const seen = new Map<object, number>();
  const out: string[] = [];
  const walk = (value: unknown): void => {
    if (value === null || typeof value !== 'object') {
      out.push(JSON.stringify(value) ?? String(value));
      return;
    }
    const known = seen.get(value);
    if (known !== undefined) {
      out.push(`#${known}`);
      return;
    }
    seen.set(value, seen.size);
    if (value instanceof Map) {
      out.push('Map{');
      for (const [k, v] of value) {
        walk(k);
        out.push(':');
        walk(v);
      }
      out.push('}');
    } else if (value instanceof Set) {
      out.push(`Set${JSON.stringify([...value])}`);
    } else if (Array.isArray(value)) {
      out.push('[');
      for (const v of value) walk(v);
      out.push(']');
    } else if (value.constructor?.name === 'Decimal') {
      out.push(`D${(value as { toString(): string }).toString()}`);
    } else {
      out.push('{');
      for (const key of Object.keys(value).sort()) {
        const field = (value as Record<string, unknown>)[key];
        if (key === 'id' && typeof field === 'string' && /^(line|section|option)#\d+$/.test(field)) continue;
        out.push(key, '=');
        walk((value as Record<string, unknown>)[key]);
      }
      out.push('}');
    }
  };
  walk(root);
  return out.join(' ');
}

function same(incremental: Analysis, fresh: Analysis): void {
  assert.equal(digest(incremental.document), digest(fresh.document), 'syntax tree');
  assert.equal(digest(incremental.model), digest(fresh.model), 'model');
  assert.deepEqual(incremental.diagnostics, fresh.diagnostics);
  assert.equal(digest(incremental.examples.map((e) => e.events)), digest(fresh.examples.map((e) => e.events)), 'example outcomes');
}

describe('parsing in blocks', () => {
  it('builds the tree the whole-text parser builds, on every sample', () => {
    for (const text of GRIDS) assert.equal(digest(parse(text)), digest(parseWhole(text)));
  });

  it('builds the tree the whole-text parser builds, on fuzzed grids', () => {
    const random = rng(5);
    for (let i = 0; i < 400; i++) {
      const text = mutate(GRIDS[i % GRIDS.length]!, random);
      assert.equal(digest(parse(text)), digest(parseWhole(text)), `input ${i}: ${JSON.stringify(text.slice(0, 200))}`);
    }
  });
});

describe('incremental analysis', () => {
  it('equals a fresh analysis after random edits', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: GRIDS.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 12 }), fc.constantFrom(...INSERTS)), { minLength: 1, maxLength: 8 }),
        (index, edits) => {
          const memo = new AnalysisMemo();
          let text = GRIDS[index]!;
          analyze(text, { memo });
          for (const [at, remove, insert] of edits) {
            const offset = at % (text.length + 1);
            text = text.slice(0, offset) + insert + text.slice(offset + remove);
            same(analyze(text, { memo }), analyze(text));
          }
        },
      ),
      { numRuns: 200, seed: 23 },
    );
  });

  it('equals a fresh analysis after fuzzed rewrites of the whole text', () => {
    const random = rng(9);
    const memo = new AnalysisMemo();
    let text = OPTIONS;
    for (let i = 0; i < 150; i++) {
      text = i % 10 === 9 ? OPTIONS : mutate(text, random);
      same(analyze(text, { memo }), analyze(text));
    }
  });

  it('equals a fresh analysis on the realistic grid (formulas side by side, examples), fast and full passes', () => {
    const original = realisticGrid(700);
    const at = (pattern: string, from = original.length / 2) => {
      const found = original.indexOf(pattern, from);
      assert.ok(found >= 0, pattern);
      return found;
    };
    const row = at('| 40 € par nuit') + 4;
    const firstRow = at('| 40 € par nuit', 0) + 4;
    const example = at('exemple "');
    const price = at(' prix ', example) + 6;
    const insertAt = (text: string, offset: number, inserted: string) => text.slice(0, offset) + inserted + text.slice(offset);
    const unnamed = 'exemple "Sans formule"\n  acte consultation generaliste prix 30 € date 2026-03-02\n\n';
    const memo = new AnalysisMemo();
    analyze(original, { memo });
    const versions = [
      // A user typing then deleting in a formula's cell, in the middle of the grid.
      insertAt(original, row, '1'),
      insertAt(original, row, '12'),
      insertAt(original, row, '1'),
      original,
      // In an example's price; then an example naming no formula (GR133 and its fixes), moved by typing before it.
      insertAt(original, price, '9'),
      insertAt(original, example, unnamed),
      insertAt(insertAt(original, example, unnamed), firstRow, '7'),
      insertAt(insertAt(original, example, unnamed), firstRow, '72'),
      // A formula renamed: every example naming it changes meaning.
      original.replace('formule "Option 3" inclut_socle', 'formule "Option 4" inclut_socle'),
      original,
    ];
    for (const text of versions) {
      same(analyze(text, { memo, slowRules: false }), analyze(text, { slowRules: false }));
      same(analyze(text, { memo }), analyze(text));
    }
  });

  it('keeps the example models a keystroke did not touch', () => {
    const memo = new AnalysisMemo();
    const text = realisticGrid(700);
    const before = analyze(text, { memo, slowRules: false }).model.examples;
    const at = text.indexOf('| 40 € par nuit', text.length / 2) + 4;
    const after = analyze(text.slice(0, at) + '1' + text.slice(at), { memo, slowRules: false }).model.examples;
    assert.equal(after.length, before.length);
    // The edited block and the one before it are parsed again; every other example keeps its model.
    const rebuilt = after.filter((example, i) => example !== before[i]);
    assert.ok(rebuilt.length <= 1, `${rebuilt.length} of ${after.length} examples rebuilt`);
  });

  it('parses again only the blocks a keystroke touched', () => {
    const memo = new SyntaxMemo();
    const text = generateGrid(1000);
    const first = memo.parse(text);
    assert.ok(first.blocks.length > 30, `${first.blocks.length} blocks`);
    assert.equal(first.parsed, first.blocks.length);
    const at = text.indexOf('40 € par seance', text.length / 2);
    // A digit typed, then removed: the edited block and the one before it.
    const typed = memo.parse(text.slice(0, at) + '4' + text.slice(at));
    assert.equal(typed.parsed, 2);
    assert.equal(memo.parse(text).parsed, 2);
    // A new section splits its block in two.
    const split = memo.parse(text.slice(0, at) + '\nposte "Nouveau"\n' + text.slice(at));
    assert.equal(split.parsed, 3);
    assert.equal(split.blocks.length, first.blocks.length + 1);
    // The same text again: nothing to parse.
    assert.equal(memo.parse(text.slice(0, at) + '\nposte "Nouveau"\n' + text.slice(at)).parsed, 0);
  });

  it('keeps the unchanged lines of the tree and their models, at their new offsets', () => {
    const memo = new AnalysisMemo();
    const text = generateGrid(300);
    const before = analyze(text, { memo });
    const lastLine = before.model.lines[before.model.lines.length - 1]!;
    const id = lastLine.id;
    const written = text.slice(lastLine.node.range.start, lastLine.node.range.end);
    const edited = 'x' + text;
    const after = analyze(edited, { memo });
    const moved = after.model.lines[after.model.lines.length - 1]!;
    assert.equal(moved, lastLine, 'the same line model, not a new one');
    assert.equal(edited.slice(moved.node.range.start, moved.node.range.end), written, 'its ranges moved with the text');
    assert.equal(moved.id, id);
  });

  it('does not keep old versions of the text alive', () => {
    // Every block keeps the strings cut from the version of the text it was lexed from: were they
    // views into that text (V8's long slices are), each keystroke would keep one more copy alive.
    const script = `
      const { analyze, AnalysisMemo } = require(${JSON.stringify(path.join(__dirname, '../../server/src/core/analyze.js'))});
      const { generateGrid } = require(${JSON.stringify(path.join(__dirname, '../../bench/generate-grid.js'))});
      const memo = new AnalysisMemo();
      let text = generateGrid(2000);
      const used = () => { gc(); gc(); return process.memoryUsage().heapUsed; };
      analyze(text, { memo });
      const start = used();
      for (let i = 0; i < 300; i++) {
        const at = (i * 7919) % (text.length - 1);
        text = text.slice(0, at) + (i % 2 ? '' : '1') + text.slice(at + (i % 2 ? 1 : 0));
        analyze(text, { memo });
      }
      console.log(JSON.stringify({ start, end: used(), bytes: text.length * 2 }));`;
    const run = spawnSync(process.execPath, ['--expose-gc', '-e', script], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const { start, end, bytes } = JSON.parse(run.stdout) as { start: number; end: number; bytes: number };
    // One retained version per keystroke would be 300 × the text; allow a few versions' worth.
    assert.ok(
      end - start < 10 * bytes,
      `heap grew by ${((end - start) / 1048576).toFixed(1)} MiB over 300 keystrokes (text: ${(bytes / 1048576).toFixed(2)} MiB)`,
    );
  });
});
