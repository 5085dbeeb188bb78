/**
 * Psychiatrist consultations: patients under 25 have their own base (domain.md §2: 57 € for the
 * others, 75 € under 25, planned for 1 July 2025 and applied on 1 January 2026), a dated parameter
 * like the age it applies below.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';

const GRID = 'contrat "T" millesime 2026 responsable base ro_inclus\nposte "Soins courants"\n  consultation psychiatre 100 % BR\n';

function secu(act: string): string {
  const analysis = analyze(`${GRID}exemple "E"\n  acte ${act}\n`);
  const result = analysis.examples[0]!.events[0]!.results[0]!;
  assert.ok(result.ok, result.problems.join(' '));
  return `BR ${result.base!.toFixed(2)} Sécu ${result.amoNet.toFixed(2)} mutuelle ${result.amc.toFixed(2)}`;
}

describe('psychiatrist consultation under 25', () => {
  it('a 20-year-old: BR 75 €, Sécu 70 % = 52,50 € less the 2 € PF', () => {
    assert.equal(secu('consultation psychiatre secteur 1 prix 75 € age 20 date 2026-03-02'), 'BR 75.00 Sécu 50.50 mutuelle 22.50');
  });
  it('a 40-year-old: the adult BR of 57 €', () => {
    assert.equal(secu('consultation psychiatre secteur 1 prix 57 € age 40 date 2026-03-02'), 'BR 57.00 Sécu 37.90 mutuelle 17.10');
  });
  it('25 exactly takes the adult BR (the sources do not settle it: the parameter note says so)', () => {
    assert.equal(secu('consultation psychiatre secteur 1 prix 57 € age 25 date 2026-03-02'), 'BR 57.00 Sécu 37.90 mutuelle 17.10');
  });
  it('in 2025, 67 € under 25', () => {
    assert.equal(secu('consultation psychiatre secteur 1 prix 67 € age 20 date 2025-03-03'), 'BR 67.00 Sécu 44.90 mutuelle 20.10');
  });
  it('no age given: the adult BR', () => {
    assert.equal(secu('consultation psychiatre secteur 1 prix 57 € date 2026-03-02'), 'BR 57.00 Sécu 37.90 mutuelle 17.10');
  });
});
