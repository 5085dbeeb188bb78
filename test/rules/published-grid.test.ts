/**
 * The shape of a real published grid (JORF annex, domain.md §4.1): OPTAM / non-OPTAM pairs
 * 150/130, 175/150, 200/175, 130/100, 250/200, forfait journalier 100 % FR, PAL 100 % FR,
 * chambre particulière 50 € par nuit. It passes every contrat responsable check; changing one
 * non-OPTAM figure from 130 to 140 makes CR-DH fire on that column. The excerpt adds the
 * orthodontics and the catch-all line of the acts it does not list (GR215, GR217), which the
 * published grid's other rows hold.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { dedent, renderDiagnostics } from '../helpers';

const PUBLISHED = dedent(`
  contrat "Grille JORF" millesime 2026 responsable base ro_inclus type collectif
  poste "Hospitalisation"
    honoraires chirurgicaux     dptam 250 % BR   non_dptam 200 % BR
    frais de sejour             100 % BR
    forfait journalier          100 % FR
    forfait actes lourds        100 % FR
    chambre particuliere        50 € par nuit
    frais d'accompagnant        38,50 € par nuit
  poste "Soins courants"
    consultation generaliste    dptam 150 % BR   non_dptam 130 % BR
    consultation specialiste    dptam 175 % BR   non_dptam 150 % BR
    actes techniques            dptam 200 % BR   non_dptam 175 % BR
    imagerie                    dptam 130 % BR   non_dptam 100 % BR
    biologie                    100 % BR
    auxiliaires medicaux        100 % BR
    pharmacie smr majeur        100 % BR
    pharmacie smr modere        100 % BR
    transport                   100 % BR
  poste "Dentaire"
    soins dentaires             100 % BR
    couronne 100 sante          100 % Santé
    couronne tarifs maitrises   200 % BR
    couronne tarifs libres      200 % BR
    orthodontie                 200 % BR
  poste "Optique"
    optique classe a            100 % Santé, 1 equipement tous les 2 ans
    optique classe b verres simples     100 % BR + 150 € par equipement, 1 equipement tous les 2 ans
    optique classe b verres complexes   100 % BR + 250 € par equipement, 1 equipement tous les 2 ans
  poste "Aides auditives"
    aide auditive classe i      100 % Santé, 1 equipement tous les 4 ans
    aide auditive classe ii     100 % BR + 600 € par oreille, 1 equipement tous les 4 ans
  poste "Autres"
    autres actes rembourses     100 % BR
`);

describe('a published grid shape', () => {
  it('passes every check, contrat responsable and collective minimum included', () => {
    assert.deepEqual(renderDiagnostics(analyze(PUBLISHED)), []);
  });

  it('non-OPTAM 140 % next to OPTAM 150 % breaks CR-DH on that column', () => {
    const changed = PUBLISHED.replace('dptam 150 % BR   non_dptam 130 % BR', 'dptam 150 % BR   non_dptam 140 % BR');
    assert.deepEqual(renderDiagnostics(analyze(changed)), [
      '10:48 GR202 Contrat responsable : hors DPTAM la prise en charge totale est au plus 130 % BR (min(200 %, DPTAM 150 % BR − 20 %)) ; cette colonne couvre 140 % BR.',
    ]);
  });
});
