/**
 * The comparison of two versions of a grid (services/grid-diff.ts), at the services boundary:
 * matching by identity (act, conditions, option, sector), never by position; a column for every
 * sector split into sector columns; option blocks; findings matched by code and what they fall on;
 * examples by name.
 *
 * Amounts (2026 figures): consultation generaliste, typical 30 € (DPTAM) and 40 € (non-DPTAM,
 * BR 23 €, Sécu 70 % = 16,10 € − 2 € = 14,10 €). The socle's 100 % BR Sécu incluse pays 23 − 16,10
 * = 6,90 € to a non-DPTAM GP; « 80 % BR » pays 18,40 − 16,10 = 2,30 €: −4,60 € at every price.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { gridDiff, noDifference } from '../../server/src/services/grid-diff';
import { dedent } from '../helpers';

const BASE = dedent(`
  contrat "Essentiel" millesime 2026 base ro_inclus
  poste "Soins courants"
    consultation generaliste  100 % BR
    biologie                  100 % BR
  option "Plus" inclut_socle
    poste "Soins courants"
      consultation generaliste  150 % BR
  exemple "Généraliste"
    acte consultation generaliste prix 30 € date 2026-02-02
`);

const diffOf = (a: string, b: string) => gridDiff(analyze(a), analyze(b));

describe('grid diff: matching by identity', () => {
  it('lines moved and spaces changed: no difference', () => {
    const moved = dedent(`
      contrat "Essentiel" millesime 2026 base ro_inclus
      poste "Soins courants"
        biologie 100 % BR
        consultation generaliste 100 % BR
      option "Plus" inclut_socle
        poste "Soins courants"
          consultation generaliste 150 % BR
      exemple "Généraliste"
        acte consultation generaliste prix 30 € date 2026-02-02
    `);
    assert.ok(noDifference(diffOf(BASE, moved)));
  });

  it('a column for every sector split into DPTAM and non-DPTAM: each sector compared with it, the lower one a reduction', () => {
    const split = BASE.replace('consultation generaliste  100 % BR', 'consultation generaliste\n    dptam      100 % BR\n    non_dptam  80 % BR');
    const diff = diffOf(BASE, split);
    const socle = diff.cells.filter((c) => c.column === '');
    assert.deepEqual(
      socle.map((c) => [c.sector, c.kind, c.before, c.after, c.reduction]),
      [['non_dptam', 'changed', '100 % BR', '80 % BR', true]],
    );
    assert.deepEqual(
      socle[0]!.points.map((p) => [p.kind, p.price.toFixed(2), p.before?.mutuelle.toFixed(2), p.after?.mutuelle.toFixed(2), p.difference?.toFixed(2)]),
      [
        ['tarif', '23.00', '6.90', '2.30', '-4.60'],
        ['typique', '40.00', '6.90', '2.30', '-4.60'],
        ['double', '80.00', '6.90', '2.30', '-4.60'],
      ],
    );
  });

  it('an option block matched by its name: its own line for a row it read from the socle is that cell changed; an option removed is a removed column', () => {
    const more = BASE.replace('    consultation generaliste  150 % BR', '    consultation generaliste  150 % BR\n    biologie  120 % BR');
    const diff = diffOf(BASE, more);
    assert.deepEqual(
      diff.cells.map((c) => [c.kind, c.act, c.column, c.before, c.after]),
      [['changed', diff.cells[0]!.act, 'Plus', '100 % BR', '120 % BR']],
    );
    const gone = diffOf(BASE, BASE.replace(/option "Plus"[\s\S]*?(?=exemple)/, ''));
    assert.deepEqual(gone.columns.removed, ['Plus']);
  });

  it('findings matched by code and line identity wherever the line moved; examples by name', () => {
    const broken = BASE.replace('biologie                  100 % BR', 'biologie                  100 % BR par kilo');
    const moved = broken
      .replace('  consultation generaliste  100 % BR\n', '')
      .replace('poste "Soins courants"\n', 'poste "Soins courants"\n  consultation generaliste  100 % BR\n');
    assert.deepEqual(diffOf(broken, moved).findings, { added: [], resolved: [] });
    const fixed = diffOf(broken, BASE);
    assert.ok(fixed.findings.resolved.length > 0 && fixed.findings.added.length === 0);
    const renamed = diffOf(BASE, BASE.replace('exemple "Généraliste"', 'exemple "Médecin traitant"'));
    assert.deepEqual(
      renamed.examples.map((e) => [e.kind, e.name]),
      [
        ['added', 'Médecin traitant'],
        ['removed', 'Généraliste'],
      ],
    );
  });
});
