/**
 * CR-TM and the forfait actes lourds (domain.md §3): in hospital the 24 € PAL replaces the ticket
 * modérateur and is part of the participation de l'assuré a responsible contract covers (🟡).
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { dedent, renderDiagnostics } from '../helpers';

const grid = (header: string, line: string) =>
  dedent(`
  ${header}
  poste "Hospitalisation"
    forfait journalier 100 % FR
    honoraires chirurgie dptam 100 % BR non_dptam 100 % BR
    ${line}
  poste "Dentaire"
    couronne 100 sante 100 % Santé
  poste "Optique"
    optique classe a 100 % Santé, 1 equipement tous les 2 ans
  poste "Aides auditives"
    aide auditive classe i 100 % Santé, 1 equipement tous les 4 ans
  poste "Autres"
    autres actes rembourses 100 % BR
`);
const RESPONSIBLE = 'contrat "Exemple" millesime 2026 responsable base ro_inclus';
const findings = (line: string, header = RESPONSIBLE) => renderDiagnostics(analyze(grid(header, line)));

describe('CR-TM: the forfait actes lourds line of a responsible contract pays the whole PAL', () => {
  it('not covered', () => {
    assert.deepEqual(findings('forfait actes lourds non_couvert'), [
      '5:24 GR201 Contrat responsable : la participation forfaitaire actes lourds (24,00 €) remplace le ticket modérateur et doit être couverte en entier ; cette garantie en paie 0,00 €.',
    ]);
  });

  it('covered below the 24 €', () => {
    assert.deepEqual(findings('forfait actes lourds 15 €'), [
      '5:24 GR201 Contrat responsable : la participation forfaitaire actes lourds (24,00 €) remplace le ticket modérateur et doit être couverte en entier ; cette garantie en paie 15,00 €.',
    ]);
    assert.deepEqual(findings('forfait actes lourds 50 % FR'), [
      '5:24 GR201 Contrat responsable : la participation forfaitaire actes lourds (24,00 €) remplace le ticket modérateur et doit être couverte en entier ; cette garantie en paie 12,00 €.',
    ]);
  });

  it('covered with a limit', () => {
    assert.deepEqual(findings('forfait actes lourds 100 % FR, 2 actes par an'), [
      '5:34 GR201 Contrat responsable : la participation forfaitaire actes lourds remplace le ticket modérateur et est couverte sans limite.',
    ]);
  });

  it('covered in full: 100 % FR or 24 €', () => {
    assert.deepEqual(findings('forfait actes lourds 100 % FR'), []);
    assert.deepEqual(findings('forfait actes lourds 24 €'), []);
  });

  it('no PAL line: not reported, the « % BR » act lines already cover the PAL with their TM', () => {
    assert.deepEqual(findings(''), []);
  });

  it('a contract that is not responsible may leave the PAL uncovered', () => {
    assert.deepEqual(findings('forfait actes lourds non_couvert', 'contrat "Exemple" millesime 2026 non_responsable base ro_inclus'), []);
  });
});
