/**
 * Quick fixes on the cases the registry snippets do not show: the line after applying the first fix
 * of the finding, and no finding that was not there before.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { DEFAULT_HEADER } from '../../server/src/core/rules/registry';

function applyFix(body: string[], code: string): { line: string; added: string[] } {
  const text = `${DEFAULT_HEADER}\n${body.join('\n')}\n`;
  const before = analyze(text);
  const finding = before.diagnostics.find((d) => d.code === code && d.fixes?.length);
  assert.ok(finding, `no ${code} with a fix`);
  const edits = [...finding.fixes![0]!.edits].sort((a, b) => b.range.start - a.range.start);
  const fixed = edits.reduce((t, e) => t.slice(0, e.range.start) + e.newText + t.slice(e.range.end), text);
  const lineNo = before.lineIndex.positionAt(finding.range.start).line;
  const remaining = before.diagnostics.map((d) => `${d.code} ${d.message}`);
  const added = analyze(fixed)
    .diagnostics.map((d) => `${d.code} ${d.message}`)
    .filter((d) => {
      const i = remaining.indexOf(d);
      if (i === -1) return true;
      remaining.splice(i, 1);
      return false;
    });
  return { line: fixed.split('\n')[lineNo]!, added };
}

describe('quick fixes', () => {
  it('GR114 adds the floor of the correction case (case c: 200 €), not a fixed 100 €', () => {
    assert.deepEqual(applyFix(['poste "Optique"', '  optique classe b verres complexes 300 % BR, 1 equipement tous les 2 ans'], 'GR114'), {
      line: '  optique classe b verres complexes 300 % BR + 200 € par equipement, 1 equipement tous les 2 ans',
      added: [],
    });
  });

  it("GR113 writes an amount per the act's own unit (chambre particulière: per day)", () => {
    assert.deepEqual(applyFix(['poste "Hospitalisation"', '  chambre particuliere 100 % BR'], 'GR113'), {
      line: '  chambre particuliere 90 € par jour',
      added: [],
    });
  });

  it('GR113 on a dental implant writes an amount per implant act, not « par seance »', () => {
    assert.deepEqual(applyFix(['poste "Dentaire"', '  implant dentaire 100 % BR'], 'GR113'), { line: '  implant dentaire 1 200 € par acte', added: [] });
  });

  it('GR212 writes the cap with a French thousands separator', () => {
    assert.deepEqual(
      applyFix(['poste "Aides auditives"', '  aide auditive classe ii 100 % BR + 1 500 € par oreille, 1 equipement tous les 4 ans'], 'GR212').added,
      [],
    );
  });

  it("GR503 adds the act's own section", () => {
    assert.deepEqual(applyFix(['consultation generaliste 100 % BR'], 'GR503'), { line: 'poste "Soins courants"', added: [] });
  });

  it('GR119 removes the limit with its comma', () => {
    assert.deepEqual(applyFix(['poste "Autres"', '  osteopathie 40 € par seance, 4 seances par an, dans la limite de 200 € par an'], 'GR119'), {
      line: '  osteopathie 40 € par seance, 4 seances par an',
      added: [],
    });
  });

  it('GR206 removes the limit of days with its comma', () => {
    assert.deepEqual(applyFix(['poste "Hospitalisation"', '  forfait journalier 100 % FR, 30 jours par an'], 'GR206'), {
      line: '  forfait journalier 100 % FR',
      added: [],
    });
  });

  it('GR209 brings the frame back to 100 €', () => {
    assert.deepEqual(applyFix(['poste "Optique"', '  monture classe b 150 € par equipement, 1 equipement tous les 2 ans'], 'GR209'), {
      line: '  monture classe b 100 € par equipement, 1 equipement tous les 2 ans',
      added: [],
    });
  });

  it('GR010 « did you mean »: the unit typo is replaced by the suggested unit', () => {
    assert.deepEqual(applyFix(['poste "Soins courants"', '  osteopathie 40 € par seanse'], 'GR010'), { line: '  osteopathie 40 € par seance', added: [] });
    assert.deepEqual(applyFix(['poste "Soins courants"', '  biologie 100 % BX'], 'GR010'), { line: '  biologie 100 % BR', added: [] });
  });

  it('GR009 « did you mean »: a mistyped word of an example is replaced', () => {
    const fixed = applyFix(
      ['poste "Soins courants"', '  osteopathie 40 € par seance', 'exemple "e"', '  acte osteopathie prix 60 €', '  attendu secu 0 € mutuel 40 € reste 20 €'],
      'GR009',
    );
    assert.deepEqual(fixed, { line: '  attendu secu 0 € mutuelle 40 € reste 20 €', added: [] });
  });

  it('no suggestion, so no fix, when the word is too far from any keyword (« banane » is not « date »)', () => {
    const text = `${DEFAULT_HEADER}\nposte "Soins courants"\n  osteopathie 40 € par seance\nexemple "e"\n  acte osteopathie prix 60 € banane\n`;
    const found = analyze(text).diagnostics.filter((d) => d.code === 'GR009');
    assert.deepEqual(
      found.map((d) => [d.message, d.fixes]),
      [['Attribut inconnu « banane ».', undefined]],
    );
  });

  it('GR104 offers « base ro_inclus » in the header, which settles every ambiguous line at once', () => {
    const text = 'contrat "X" millesime 2026 responsable\nposte "Soins courants"\n  biologie 100 % BR\n  imagerie 100 % BR\n';
    const before = analyze(text);
    const fix = before.diagnostics.find((d) => d.code === 'GR104')!.fixes!.find((f) => f.title.includes('en-tête'))!;
    const edit = fix.edits[0]!;
    const fixed = text.slice(0, edit.range.start) + edit.newText + text.slice(edit.range.end);
    assert.equal(fixed.split('\n')[0], 'contrat "X" millesime 2026 responsable base ro_inclus');
    assert.deepEqual(before.diagnostics.filter((d) => d.code === 'GR104').length, 2);
    assert.deepEqual(
      analyze(fixed).diagnostics.filter((d) => d.code === 'GR104'),
      [],
    );
  });

  it('a line finding keeps its fix titles in both languages through the line memo (shifted to the line)', () => {
    const text = `${DEFAULT_HEADER}\nposte "Hospitalisation"\n  forfait journalier 100 % BR\n`;
    const finding = analyze(text).diagnostics.find((d) => d.code === 'GR113')!;
    assert.deepEqual(
      finding.fixes!.map((f) => [f.title, f.titleEn]),
      [['Remplacer par « 100 % FR »', 'Replace with « 100 % FR »']],
    );
  });

  it('GR401 corrects one figure, the whole « attendu » line, or every wrong figure of the file, and names the amount with €', () => {
    // Secteur 3, 50 € paid: BR 0,61 € (tarif d'autorité), Sécu 70 % = 0,43 €; 140 % BR Sécu incluse
    // = min(50 €, 0,85 €) − 0,43 € = 0,42 €; reste 50 − 0,43 − 0,42 = 49,15 € (domain.md, secteur 3).
    const text = [
      DEFAULT_HEADER,
      'poste "Soins courants"',
      '  consultation generaliste   dptam 150 % BR   non_dptam 140 % BR',
      '  autres actes rembourses    100 % BR',
      'exemple "Secteur 3"',
      '  acte consultation generaliste secteur 3 prix 50 €',
      '  attendu secu 0,61 € mutuelle 1,22 € reste 48,17 €',
      'exemple "Généraliste OPTAM"',
      '  acte consultation generaliste optam prix 30 €',
      // OPTAM, 30 €: Sécu 70 % × 30 − 2 € de participation forfaitaire = 19 €; 150 % BR = 45 €, capped
      // at the price: 30 − 21 = 9 € (the participation stays with the patient); reste 2 €.
      '  attendu secu 19 € mutuelle 10 € reste 2 €',
      '',
    ].join('\n');
    const wrong = analyze(text).diagnostics.filter((d) => d.code === 'GR401');
    assert.deepEqual(
      wrong.map((d) => d.fixes!.map((f) => f.title.replace(/[\u00a0\u202f]/g, ' '))),
      [
        ['Remplacer par 0,43 €', 'Corriger les 3 montants de cette ligne « attendu »', 'Corriger les 4 montants attendus faux du fichier'],
        ['Remplacer par 0,42 €', 'Corriger les 3 montants de cette ligne « attendu »', 'Corriger les 4 montants attendus faux du fichier'],
        ['Remplacer par 49,15 €', 'Corriger les 3 montants de cette ligne « attendu »', 'Corriger les 4 montants attendus faux du fichier'],
        ['Remplacer par 9,00 €', 'Corriger les 4 montants attendus faux du fichier'],
      ],
    );
    const apply = (edits: readonly { range: { start: number; end: number }; newText: string }[]) =>
      [...edits].sort((a, b) => b.range.start - a.range.start).reduce((t, e) => t.slice(0, e.range.start) + e.newText + t.slice(e.range.end), text);
    const lineFixed = apply(wrong[0]!.fixes![1]!.edits);
    assert.equal(lineFixed.split('\n')[6], '  attendu secu 0,43 € mutuelle 0,42 € reste 49,15 €');
    assert.equal(analyze(lineFixed).diagnostics.filter((d) => d.code === 'GR401').length, 1);
    const allFixed = apply(wrong[0]!.fixes![2]!.edits);
    assert.equal(allFixed.split('\n')[9], '  attendu secu 19 € mutuelle 9,00 € reste 2 €');
    assert.deepEqual(
      analyze(allFixed).diagnostics.filter((d) => d.code === 'GR401'),
      [],
    );
  });
});
