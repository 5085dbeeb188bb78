/**
 * The full ticket modérateur and the 100 % Santé baskets whatever the caps (R871-2 1°, 3° to 5°
 * CSS), the forfait journalier without time limit, the catch-all line of the acts a grid does not
 * list, and the collective minimum (D911-1 CSS) on the line the engine applies to each prosthesis.
 *
 * Figures of 2026 (docs/parameters.md): crown BR 120 €, dental AMO 60 % (72 €), 100 % Santé crown
 * HLF 500 € (so 428 € owed after the Sécu); dental consultation BR 23 € (AMO 13,80 €, TM 9,20 €);
 * 3-element bridge BR 279,50 € (AMO 167,70 €), 100 % Santé bridge HLF 1 465 € (1 297,30 € owed).
 * Each example's `attendu` is computed by hand below; a wrong amount would raise GR401.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { dedent, renderDiagnostics } from '../helpers';

const HEADER = 'contrat "Caps" millesime 2026 responsable base ro_inclus';
/** The lines every responsible grid must have, so that only the rule under test speaks. */
const REST = dedent(`
  poste "Hospitalisation"
    forfait journalier 100 % FR
  poste "Optique"
    optique classe a 100 % Santé, 1 equipement tous les 2 ans
  poste "Aides auditives"
    aide auditive classe i 100 % Santé, 1 equipement tous les 4 ans
  poste "Autres"
    autres actes rembourses 100 % BR
`);
const grid = (body: string, header = HEADER) => `${header}\n${dedent(body)}\n${REST}`;
const findings = (text: string, codes: RegExp) => renderDiagnostics(analyze(text)).filter((d) => codes.test(d));

describe('R871-2 1°: the ticket modérateur whatever the caps (GR216)', () => {
  it('an annual cap on the line cuts the TM of the 7th crown: a finding at the cap, the engine pays 0 €', () => {
    // 300 % BR of 120 € = 360 €, less the Sécu's 72 € = 288 € a crown; 5 crowns = 1 440 €, the 6th
    // gets the 60 € left, the 7th nothing: its TM (48 €) is not paid.
    const text = grid(`
      poste "Dentaire"
        couronne 100 sante 100 % Santé
        couronne tarifs libres 300 % BR, dans la limite de 1 500 € par an
      exemple "Sept couronnes"
        acte couronne tarifs libres prix 800 € fois 6 date 2026-03-02
        attendu secu 432,00 € mutuelle 1 500,00 € reste 2 868,00 €
        acte couronne tarifs libres prix 800 € date 2026-04-02
        attendu secu 72,00 € mutuelle 0,00 € reste 728,00 €
    `);
    assert.deepEqual(findings(text, /GR216|GR401/), [
      "4:36 GR216 Contrat responsable : le ticket modérateur (48,00 € sur une BR de 120,00 €) est couvert quels que soient les plafonds ; une fois la limite de la ligne (1 500,00 € par an) atteinte, cette garantie n'en paie plus que 0,00 €.",
    ]);
  });

  it('an annual allowance on top of the TM does not cut it: the 7th crown still gets its 48 €', () => {
    // 100 % BR = the TM, 48 € a crown, always; the 1 500 € allowance pays the rest of the price
    // (800 − 72 − 48 = 680 € a crown) until spent: 680 + 680 = 1 360, then 140 € on the third.
    const text = grid(`
      poste "Dentaire"
        couronne 100 sante 100 % Santé
        couronne tarifs libres 100 % BR + 1 500 € par an
      exemple "Trois couronnes, puis une quatrième"
        acte couronne tarifs libres prix 800 € fois 3 date 2026-03-02
        attendu secu 216,00 € mutuelle 1 644,00 € reste 540,00 €
        acte couronne tarifs libres prix 800 € date 2026-04-02
        attendu secu 72,00 € mutuelle 48,00 € reste 680,00 €
    `);
    assert.deepEqual(findings(text, /GR216|GR401/), []);
  });

  it('a count limit and an allowance alone cut it; an option limited above a socle that pays the TM does not', () => {
    const text = grid(`
      poste "Soins courants"
        consultation generaliste 100 % BR, 4 consultations par an
      poste "Dentaire"
        couronne 100 sante 100 % Santé
        couronne tarifs libres 500 € par an
        soins dentaires 100 % BR
      option "Plus" inclut_socle
      poste "Dentaire"
        soins dentaires 200 % BR, 2 par an
    `);
    assert.deepEqual(
      findings(text, /GR216/).map((d) => d.slice(0, 12)),
      ['3:38 GR216 C', '6:26 GR216 C'],
    );
  });

  it('a section cap cuts the TM of its lines: one finding at the cap, naming them', () => {
    const text = grid(`
      poste "Dentaire" plafond 1 000 € par an
        couronne 100 sante 100 % Santé
        couronne tarifs libres 300 % BR
    `);
    assert.deepEqual(findings(text, /GR216/), [
      "2:18 GR216 Contrat responsable : le ticket modérateur est couvert quels que soient les plafonds ; une fois le plafond annuel du poste « Dentaire » (1 000,00 €) atteint, il n'est plus payé pour : « Prothèse dentaire à tarifs libres (couronne) ».",
    ]);
  });
});

describe('the 100 % Santé baskets whatever the caps (GR219)', () => {
  it('a 100 % Santé crown under a 100 € dental section cap: 400 € left to pay on the first crown, a finding', () => {
    // HLF 500 €, Sécu 72 €: 428 € owed; the section cap lets the mutuelle pay 100 €, so 328 € are
    // left to pay on the first crown and 428 € on the second.
    const text = grid(`
      poste "Dentaire" plafond 100 € par an
        couronne 100 sante 100 % Santé
      exemple "Deux couronnes 100 % Santé"
        acte couronne 100 sante prix 500 € date 2026-03-02
        attendu secu 72,00 € mutuelle 100,00 € reste 328,00 €
        acte couronne 100 sante prix 500 € date 2026-05-02
        attendu secu 72,00 € mutuelle 0,00 € reste 428,00 €
    `);
    assert.deepEqual(findings(text, /GR219|GR401/), [
      "2:18 GR219 Contrat responsable : les paniers 100 % Santé sont dus jusqu'au prix limite quels que soient les plafonds ; une fois le plafond annuel du poste « Dentaire » (100,00 €) atteint, ne sont plus payés en entier : « Prothèse dentaire du panier 100 % Santé (couronne) ».",
    ]);
  });

  it('a carence or an annual cap on a basket line is a finding; the renewal period is not', () => {
    const text = dedent(`
      ${HEADER}
      poste "Hospitalisation"
        forfait journalier 100 % FR
      poste "Dentaire"
        couronne 100 sante 100 % Santé, dans la limite de 300 € par an
      poste "Optique"
        optique classe a 100 % Santé, 1 equipement tous les 2 ans, carence 6 mois
      poste "Aides auditives"
        aide auditive classe i 100 % Santé, 1 equipement tous les 4 ans
      poste "Autres"
        autres actes rembourses 100 % BR
    `);
    assert.deepEqual(
      findings(text, /GR219/).map((d) => d.split(' ').slice(0, 2).join(' ')),
      ['5:35 GR219', '7:62 GR219'],
    );
  });
});

describe('the forfait journalier without time limit, section caps included (GR206)', () => {
  it('a section cap over the forfait journalier is a finding at the cap', () => {
    const text = dedent(`
      ${HEADER}
      poste "Hospitalisation" plafond 1 000 € par an
        forfait journalier 100 % FR
      poste "Dentaire"
        couronne 100 sante 100 % Santé
      poste "Optique"
        optique classe a 100 % Santé, 1 equipement tous les 2 ans
      poste "Aides auditives"
        aide auditive classe i 100 % Santé, 1 equipement tous les 4 ans
    `);
    assert.deepEqual(findings(text, /GR206/), [
      '2:25 GR206 Contrat responsable : le forfait journalier est couvert sans limite de durée ; le plafond annuel du poste « Hospitalisation » (1 000,00 €) cesse de le payer une fois atteint.',
    ]);
  });
});

describe('the catch-all line and the acts a grid does not list (GR217)', () => {
  it('« autres actes rembourses 100 % BR » pays the TM of an act without a line, with its own BR', () => {
    // Soins dentaires: BR 23 €, Sécu 60 % = 13,80 €; the catch-all line pays min(23, 100 % × 23) − 13,80 = 9,20 €.
    const text = grid(`
      poste "Dentaire"
        couronne 100 sante 100 % Santé
      exemple "Soins dentaires sans ligne propre"
        acte soins dentaires prix 23 € date 2026-03-02
        attendu secu 13,80 € mutuelle 9,20 € reste 0,00 €
    `);
    assert.deepEqual(findings(text, /GR217|GR401|GR108/), []);
  });

  it('without it, a warning names the reimbursed acts left without a line', () => {
    const text = grid(`
      poste "Dentaire"
        couronne 100 sante 100 % Santé
    `).replace(/^ *autres actes rembourses 100 % BR\n/m, '');
    const [found] = findings(text, /GR217/);
    assert.match(found ?? '', /^1:1 GR217 Contrat responsable : \d+ actes remboursés par la Sécu n'ont pas de ligne/);
    assert.match(found ?? '', /Ajoutez « autres actes rembourses 100 % BR »/);
  });
});

describe('the dental 100 % Santé basket beyond the crown (GR220)', () => {
  it('a bridge of the basket is paid up to its own HLF by the basket line: 1 297,30 € after the Sécu', () => {
    // Bridge: BR 279,50 €, Sécu 60 % = 167,70 €; HLF 1 465 € − 167,70 € = 1 297,30 €.
    const text = grid(`
      poste "Dentaire"
        couronne 100 sante 100 % Santé
      exemple "Bridge du panier"
        acte bridge 100 sante prix 1 465 € date 2026-03-02
        attendu secu 167,70 € mutuelle 1 297,30 € reste 0,00 €
    `);
    assert.deepEqual(findings(text, /GR220|GR401/), []);
  });

  it('a grid whose only basket line is the inlay-core: the crowns, bridges and dentures have no line', () => {
    const text = grid(`
      poste "Dentaire"
        inlay core 100 sante 100 % Santé
    `).replace(/^ *autres actes rembourses 100 % BR\n/m, '');
    assert.match(findings(text, /GR220/)[0] ?? '', /« Bridge du panier 100 % Santé » n'a pas de ligne|et \d autres/);
  });

  it('a collective contract, even not responsible, owes the basket: a « 100 % BR » basket line is a finding', () => {
    const text = dedent(`
      contrat "Entreprise" millesime 2026 non_responsable base ro_inclus type collectif
      poste "Dentaire"
        couronne 100 sante 100 % BR
        couronne tarifs libres 125 % BR
        orthodontie 125 % BR
    `);
    assert.match(
      findings(text, /GR220/)[0] ?? '',
      /^1:1 GR220 Contrat collectif : la couverture minimale comprend le panier 100 % Santé dentaire.*« Prothèse dentaire du panier 100 % Santé \(couronne\) » : la ligne « Prothèse dentaire du panier 100 % Santé \(couronne\) » en paie 48,00 € sur 428,00 € dus/,
    );
  });
});

describe('D911-1: the collective minimum on every prosthesis, bridges and dentures included (GR215)', () => {
  it('a bridge and a denture without a line of their own are judged on the prostheses line, responsible or not', () => {
    const text = (status: string, rate: string) =>
      dedent(`
        contrat "Entreprise" millesime 2026 ${status} base ro_inclus type collectif
        poste "Dentaire"
          couronne tarifs libres ${rate}
          orthodontie 125 % BR
      `);
    // 125 % BR on the crowns line: bridges and dentures routed to it get 125 % too, no finding.
    assert.deepEqual(findings(text('non_responsable', '125 % BR'), /GR215/), []);
    assert.deepEqual(findings(text('responsable', '125 % BR'), /GR215/), []);
    // A line at 100 % BR: the line itself, and the acts it stands for.
    const found = findings(text('non_responsable', '100 % BR'), /GR215/);
    assert.equal(found.length, 2);
    assert.match(found[0]!, /^1:1 GR215 .*« Bridge à tarifs maîtrisés » est couvert à 100 % BR par la ligne|et \d+ autres/);
  });

  it('a cap that cuts the 125 % is a finding', () => {
    // 125 % BR of 120 € = 150 €, less the Sécu's 72 € = 78 € a crown; once 300 € a year are paid, nothing.
    const text = dedent(`
      contrat "Entreprise" millesime 2026 non_responsable base ro_inclus type collectif
      poste "Dentaire"
        couronne tarifs libres 125 % BR, dans la limite de 300 € par an
        orthodontie 125 % BR
    `);
    assert.deepEqual(findings(text, /GR215/), [
      "3:36 GR215 Contrat collectif : les prothèses dentaires et l'orthodontie sont couvertes à 125 % BR au moins, quels que soient les plafonds ; une fois la limite de la ligne (300,00 € par an) atteinte, cette garantie ne couvre plus que 60 % BR.",
    ]);
  });
});
