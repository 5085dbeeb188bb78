/**
 * A stay across 31 December: each day takes the figures of its own year of care (here the PMSS of
 * a « % PMSS par jour » forfait), not the first day's for every day.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';

const GRID = 'contrat "T" millesime 2025 responsable base ro_inclus\nposte "Hospitalisation"\n  chambre particuliere 2 % PMSS par jour\n';

function amounts(act: string): string {
  const analysis = analyze(`${GRID}exemple "E"\n  acte ${act}\n`);
  const r = analysis.examples[0]!.events[0]!.results[0]!;
  assert.ok(r.ok, r.problems.join(' '));
  return `${r.quantity} jours, prix ${r.price.toFixed(2)}, mutuelle ${r.amc.toFixed(2)}, reste ${r.reste.toFixed(2)}`;
}

describe('a stay across 31 December', () => {
  it('2 days at 2 % of the 2025 PMSS (78,50 €), 2 days at 2 % of the 2026 PMSS (80,10 €)', () => {
    assert.equal(amounts('chambre particuliere jours 4 prix 100 € date 2025-12-30'), '4 jours, prix 400.00, mutuelle 317.20, reste 82.80');
  });
  it('a stay within one year is one computation, as before', () => {
    assert.equal(amounts('chambre particuliere jours 2 prix 100 € date 2025-12-30'), '2 jours, prix 200.00, mutuelle 157.00, reste 43.00');
    assert.equal(amounts('chambre particuliere jours 2 prix 100 € date 2026-01-01'), '2 jours, prix 200.00, mutuelle 160.20, reste 39.80');
  });
  it('the example matches when its expected amount is the split one', () => {
    const analysis = analyze(`${GRID}exemple "E"\n  acte chambre particuliere jours 4 prix 100 € date 2025-12-30\n  attendu mutuelle 317,20 €\n`);
    assert.ok(analysis.examples[0]!.events[0]!.event.expected?.mutuelle, 'the expected amount was read');
    assert.deepEqual(
      analysis.diagnostics.filter((d) => d.code === 'GR401' || d.code === 'GR402').map((d) => d.message),
      [],
    );
  });
});
