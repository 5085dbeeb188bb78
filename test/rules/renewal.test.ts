/**
 * GR210 and the renewal periods by age (domain.md CR-OPT-FREQ, 🟡): 2 years from 16, 1 year under
 * 16, 6 months under 6. The children's periods are dated, sourced parameters; a guarantee line
 * cannot say it is for children, so the rule checks the adult period.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { defaultParameters } from '../../server/src/core/params/lookup';
import { dedent, renderDiagnostics } from '../helpers';

const grid = (line: string) =>
  dedent(`
  contrat "Exemple" millesime 2026 responsable base ro_inclus
  poste "Optique"
    ${line}
`);
const gr210 = (line: string) => renderDiagnostics(analyze(grid(line))).filter((f) => f.includes('GR210'));

describe('GR210: renewal periods', () => {
  it('the periods by age are dated parameters with their sources', () => {
    const at = (id: string) => {
      const p = defaultParameters.lookup(id, '2026-01-01');
      return p ? `${String(p.value)} (${p.confidence}) ${p.source}` : 'absent';
    };
    assert.equal(at('cr.optique.renouvellement_ans'), '2 (secondary) MGEFI, MC Alsace, lamie-mutuelle (instruction DSS)');
    assert.equal(at('cr.optique.renouvellement_ans.moins_16'), '1 (secondary) MGEFI, MC Alsace, lamie-mutuelle (instruction DSS)');
    assert.equal(at('cr.optique.renouvellement_ans.moins_6'), '0.5 (uncertain) MGEFI, MC Alsace, lamie-mutuelle (instruction DSS)');
    assert.equal(
      at('cr.optique.renouvellement.age_enfant'),
      '16 (uncertain) MGEFI et lamie (« plus de 16 ans » : 2 ans) ; MC Alsace (« 16 ans et moins » : 1 an)',
    );
    assert.equal(at('cr.optique.renouvellement.age_jeune_enfant'), '6 (secondary) MGEFI, MC Alsace, lamie-mutuelle (instruction DSS)');
  });

  it('the adult period passes', () => {
    assert.deepEqual(gr210('optique classe b verres simples 100 % BR + 150 € par equipement, 1 equipement tous les 2 ans'), []);
  });

  it('a line cannot say it is for children: a yearly period is reported against the adult one, and can be suppressed with its reason', () => {
    assert.deepEqual(gr210('optique classe b verres simples 100 % BR + 150 € par equipement, 1 equipement tous les 1 an'), [
      "3:68 GR210 Contrat responsable : la prise en charge est limitée à un équipement d'optique tous les 2 ans (adulte) ; précisez « 1 équipement tous les 2 ans ».",
    ]);
    assert.deepEqual(
      gr210(
        'optique classe b verres simples 100 % BR + 150 € par equipement, 1 equipement tous les 1 an  # grille-ignore GR210 : ligne réservée aux moins de 16 ans',
      ),
      [],
    );
    assert.ok(
      !renderDiagnostics(
        analyze(
          grid(
            'optique classe b verres simples 100 % BR + 150 € par equipement, 1 equipement tous les 1 an  # grille-ignore GR210 : ligne réservée aux moins de 16 ans',
          ),
        ),
      ).some((f) => /GR90\d/.test(f)),
    );
  });
});
