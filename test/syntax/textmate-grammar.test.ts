/**
 * The TextMate grammar (syntaxes/grille.tmLanguage.json): how the editor colours each piece of a
 * line, written as `token → scope` tables, and a check that every word of the parser's vocabulary
 * is coloured, so the grammar and the parser stay in sync.
 *
 * A row is one run of text with the same main scope: the most specific scope of the token, leaving
 * out `meta.*` regions and the `punctuation.definition.*` of quotes and `#`. Text the grammar leaves
 * alone (act names) shows as `source.grille`; blank runs are not listed.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vsctm from 'vscode-textmate';
import { parse } from '../../server/src/core/syntax/blocks';
import {
  CASE_FLAGS,
  CASE_KEYWORDS,
  COVERAGE_START_WORDS,
  HEADER_KEYS,
  LINE_ATTRIBUTE_WORDS,
  NON_SECTOR_WORDS,
  SECTOR_WORDS,
  UNIT_WORDS,
} from '../../server/src/core/syntax/vocabulary';
import { repoRoot } from '../helpers';

/**
 * The part of vscode-oniguruma used here. Its own typings refer to the DOM's `WebAssembly`
 * namespace, which this Node-only project does not compile with, so it is required untyped.
 */
interface Oniguruma {
  loadWASM(data: ArrayBuffer): Promise<void>;
  OnigScanner: new (sources: string[]) => vsctm.OnigScanner;
  OnigString: new (text: string) => vsctm.OnigString;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports -- untyped on purpose (above)
const oniguruma = require('vscode-oniguruma') as Oniguruma;

const DEFAULT_SCOPE = 'source.grille';
const GRAMMAR_PATH = path.join(repoRoot(), 'syntaxes', 'grille.tmLanguage.json');

// ---------------------------------------------------------------------------------------------
// Loading and tokenizing

let grammarPromise: Promise<vsctm.IGrammar> | undefined;

/** The grammar, loaded once (the Oniguruma wasm can only be loaded once per process). */
function grammar(): Promise<vsctm.IGrammar> {
  grammarPromise ??= loadGrammar();
  return grammarPromise;
}

async function loadGrammar(): Promise<vsctm.IGrammar> {
  const wasm = fs.readFileSync(path.join(repoRoot(), 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: (scopeName: string) =>
      Promise.resolve(scopeName === 'source.grille' ? vsctm.parseRawGrammar(fs.readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH) : null),
  });
  const loaded = await registry.loadGrammar('source.grille');
  if (!loaded) throw new Error(`Grammar source.grille not found in ${GRAMMAR_PATH}`);
  return loaded;
}

/** One token: its line, its offsets in the line, its text and its main scope. */
interface Piece {
  line: number;
  start: number;
  end: number;
  text: string;
  scope: string;
}

function mainScope(scopes: readonly string[]): string {
  for (let i = scopes.length - 1; i >= 0; i--) {
    const scope = scopes[i]!;
    if (!scope.startsWith('meta.') && !scope.startsWith('punctuation.definition.')) return scope;
  }
  return DEFAULT_SCOPE;
}

/** The raw tokens of a text, line after line, carrying the grammar's state across lines. */
async function tokens(text: string): Promise<Piece[]> {
  const g = await grammar();
  const pieces: Piece[] = [];
  let state = vsctm.INITIAL;
  text.split('\n').forEach((lineText, line) => {
    const result = g.tokenizeLine(lineText, state);
    state = result.ruleStack;
    for (const token of result.tokens) {
      const start = token.startIndex;
      const end = Math.min(token.endIndex, lineText.length);
      if (end > start) pieces.push({ line, start, end, text: lineText.slice(start, end), scope: mainScope(token.scopes) });
    }
  });
  return pieces;
}

/** `text → scope` rows: adjacent tokens of the same main scope merged, blank default runs dropped. */
async function render(text: string): Promise<string[]> {
  const merged: Piece[] = [];
  for (const piece of await tokens(text)) {
    const last = merged[merged.length - 1];
    if (last && last.line === piece.line && last.end === piece.start && last.scope === piece.scope) {
      last.text += piece.text;
      last.end = piece.end;
    } else {
      merged.push({ ...piece });
    }
  }
  return merged.filter((p) => p.text.trim() !== '' || p.scope !== DEFAULT_SCOPE).map((p) => `${p.text.trim()} → ${p.scope}`);
}

/** A table written in a test: one `text → scope` row per line, columns aligned freely. */
function table(text: string): string[] {
  return text
    .split('\n')
    .map((row) => row.trim())
    .filter((row) => row !== '')
    .map((row) => {
      const arrow = row.lastIndexOf('→');
      assert.ok(arrow > 0, `row without « → »: ${row}`);
      return `${row.slice(0, arrow).trim()} → ${row.slice(arrow + 1).trim()}`;
    });
}

async function assertTokens(text: string, expected: string): Promise<void> {
  assert.deepEqual(await render(text), table(expected));
}

// ---------------------------------------------------------------------------------------------
// The grammar file

describe('TextMate grammar file', () => {
  it('declares the scope source.grille for *.grille files', () => {
    const raw = JSON.parse(fs.readFileSync(GRAMMAR_PATH, 'utf8')) as { scopeName?: unknown; fileTypes?: unknown };
    assert.equal(raw.scopeName, 'source.grille');
    assert.deepEqual(raw.fileTypes, ['grille']);
  });

  it('has only regular expressions that Oniguruma compiles', async () => {
    await grammar();
    const raw: unknown = JSON.parse(fs.readFileSync(GRAMMAR_PATH, 'utf8'));
    const failures: string[] = [];
    let count = 0;
    const visit = (node: unknown, where: string): void => {
      if (Array.isArray(node)) {
        node.forEach((child, i) => visit(child, `${where}[${i}]`));
      } else if (node !== null && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if ((key === 'match' || key === 'begin' || key === 'end') && typeof value === 'string') {
            count++;
            try {
              new oniguruma.OnigScanner([value]).dispose?.();
            } catch (error) {
              failures.push(`${where}.${key}: ${error instanceof Error ? error.message : String(error)}`);
            }
          } else {
            visit(value, `${where}.${key}`);
          }
        }
      }
    };
    visit(raw, '$');
    assert.ok(count > 20, `only ${count} regular expressions found`);
    assert.deepEqual(failures, []);
  });
});

// ---------------------------------------------------------------------------------------------
// Lines as the editor shows them

describe('TextMate grammar: header', () => {
  it('colours the contrat line: keyword, name, attributes and their values', async () => {
    await assertTokens(
      'contrat "Santé Essentiel" millesime 2026 responsable base ro_inclus',
      `
      contrat            → keyword.control.grille
      "Santé Essentiel"  → string.quoted.double.grille
      millesime          → keyword.other.header.grille
      2026               → constant.numeric.grille
      responsable        → keyword.other.header.grille
      base               → keyword.other.header.grille
      ro_inclus          → constant.language.grille
      `,
    );
  });

  it('colours attribute lines under the contrat line, up to the first poste', async () => {
    await assertTokens(
      [
        'contrat "Santé Essentiel"',
        '  assureur “Mutuelle Exemple”   # organisme',
        '  type collectif, annee adhesion',
        '  effet 01/01/2026 pmss millesime',
        '  responsable non',
        '  base ro inclus',
        'poste "Soins courants"',
      ].join('\n'),
      `
      contrat             → keyword.control.grille
      "Santé Essentiel"   → string.quoted.double.grille
      assureur            → keyword.other.header.grille
      “Mutuelle Exemple”  → string.quoted.double.grille
      # organisme         → comment.line.number-sign.grille
      type                → keyword.other.header.grille
      collectif           → constant.language.grille
      ,                   → punctuation.separator.grille
      annee               → keyword.other.header.grille
      adhesion            → constant.language.grille
      effet               → keyword.other.header.grille
      01/01/2026          → constant.other.date.grille
      pmss                → keyword.other.header.grille
      millesime           → constant.language.grille
      responsable         → keyword.other.header.grille
      non                 → constant.language.grille
      base                → keyword.other.header.grille
      ro inclus           → constant.language.grille
      poste               → keyword.control.grille
      "Soins courants"    → string.quoted.double.grille
      `,
    );
  });

  it('leaves header words alone outside the header', async () => {
    await assertTokens(
      'poste "A"\n  soins de base type effet 100 % BR',
      `
      poste                    → keyword.control.grille
      "A"                      → string.quoted.double.grille
      soins de base type effet → source.grille
      100                      → constant.numeric.grille
      %                 → keyword.other.unit.percent.grille
      BR                → support.constant.coverage.grille
      `,
    );
  });
});

describe('TextMate grammar: sections and options', () => {
  it('colours poste with a shared cap and option with its stacking mode', async () => {
    await assertTokens(
      'poste "Médecines douces" plafond 300 € par an\noption «Confort» inclut_socle\noption "Renfort" en sus du socle',
      `
      poste               → keyword.control.grille
      "Médecines douces"  → string.quoted.double.grille
      plafond             → keyword.other.limit.grille
      300                 → constant.numeric.grille
      €                   → keyword.other.unit.currency.grille
      par                 → keyword.operator.per.grille
      an                  → keyword.other.unit.grille
      option              → keyword.control.grille
      «Confort»           → string.quoted.double.grille
      inclut_socle        → constant.language.grille
      option              → keyword.control.grille
      "Renfort"           → string.quoted.double.grille
      en sus du socle     → constant.language.grille
      `,
    );
  });
});

describe('TextMate grammar: guarantee lines', () => {
  it('colours sector columns and their coverages; the act name stays plain', async () => {
    await assertTokens(
      'consultation generaliste   dptam 150 % BR   non_dptam : 130 % BRSS   non conventionné TM',
      `
      consultation generaliste → source.grille
      dptam                    → storage.modifier.sector.grille
      150                      → constant.numeric.grille
      %                        → keyword.other.unit.percent.grille
      BR                       → support.constant.coverage.grille
      non_dptam                → storage.modifier.sector.grille
      :                        → punctuation.separator.key-value.grille
      130                      → constant.numeric.grille
      %                        → keyword.other.unit.percent.grille
      BRSS                     → support.constant.coverage.grille
      non conventionné         → storage.modifier.sector.grille
      TM                       → support.constant.coverage.grille
      `,
    );
  });

  it('colours limits: per unit, count per year, annual cap, per-unit cap, renewal, waiting period, per beneficiary', async () => {
    await assertTokens(
      'osteopathie 40 € par séance, 4 séances par an, dans la limite de 250 € par an, plafond 1 700 € par oreille, 1 équipement tous les 2 ans, carence 3 mois, par bénéficiaire',
      `
      osteopathie        → source.grille
      40                 → constant.numeric.grille
      €                  → keyword.other.unit.currency.grille
      par                → keyword.operator.per.grille
      séance             → keyword.other.unit.grille
      ,                  → punctuation.separator.grille
      4                  → constant.numeric.grille
      séances            → keyword.other.unit.grille
      par                → keyword.operator.per.grille
      an                 → keyword.other.unit.grille
      ,                  → punctuation.separator.grille
      dans la limite de  → keyword.other.limit.grille
      250                → constant.numeric.grille
      €                  → keyword.other.unit.currency.grille
      par                → keyword.operator.per.grille
      an                 → keyword.other.unit.grille
      ,                  → punctuation.separator.grille
      plafond            → keyword.other.limit.grille
      1 700              → constant.numeric.grille
      €                  → keyword.other.unit.currency.grille
      par                → keyword.operator.per.grille
      oreille            → keyword.other.unit.grille
      ,                  → punctuation.separator.grille
      1                  → constant.numeric.grille
      équipement         → keyword.other.unit.grille
      tous les           → keyword.other.limit.grille
      2                  → constant.numeric.grille
      ans                → keyword.other.unit.grille
      ,                  → punctuation.separator.grille
      carence            → keyword.other.limit.grille
      3                  → constant.numeric.grille
      mois               → keyword.other.unit.grille
      ,                  → punctuation.separator.grille
      par bénéficiaire   → keyword.other.limit.grille
      `,
    );
  });

  it('colours allowances as printed: pools, periods of years, ranks, seniority', async () => {
    await assertTokens(
      'osteopathie 150 € par période de 2 années civiles, commun "douces", tous praticiens confondus, à partir de la 3e séance, 1re année : 10 €',
      `
      osteopathie                → source.grille
      150                        → constant.numeric.grille
      €                          → keyword.other.unit.currency.grille
      par période de             → keyword.other.limit.grille
      2                          → constant.numeric.grille
      années                     → keyword.other.unit.grille
      civiles                    → source.grille
      ,                          → punctuation.separator.grille
      commun                     → keyword.other.limit.grille
      "douces"                   → string.quoted.double.grille
      ,                          → punctuation.separator.grille
      tous praticiens confondus  → keyword.other.limit.grille
      ,                          → punctuation.separator.grille
      à partir de la             → keyword.other.limit.grille
      3e                         → keyword.other.limit.ordinal.grille
      séance                     → source.grille
      ,                          → punctuation.separator.grille
      1re année                  → keyword.other.limit.ordinal.grille
      :                          → punctuation.separator.key-value.grille
      10                         → constant.numeric.grille
      €                          → keyword.other.unit.currency.grille
      `,
    );
  });

  it('colours continuation lines: a sector column or a limit on its own line', async () => {
    await assertTokens(
      'implant dentaire\n  dptam 300 € / dent\n  tous les ans\n  max 2 par an',
      `
      implant dentaire → source.grille
      dptam            → storage.modifier.sector.grille
      300              → constant.numeric.grille
      €                → keyword.other.unit.currency.grille
      /                → keyword.operator.per.grille
      dent             → keyword.other.unit.grille
      tous les         → keyword.other.limit.grille
      ans              → keyword.other.unit.grille
      max              → keyword.other.limit.grille
      2                → constant.numeric.grille
      par              → keyword.operator.per.grille
      an               → keyword.other.unit.grille
      `,
    );
  });

  it('colours a hors-nomenclature line with its label', async () => {
    await assertTokens(
      'lentilles non remboursées hors_nomenclature "Lentilles" : forfait 100 € par année civile',
      `
      lentilles non remboursées → source.grille
      hors_nomenclature         → support.constant.coverage.grille
      "Lentilles"               → string.quoted.double.grille
      :                         → punctuation.separator.key-value.grille
      forfait                   → support.constant.coverage.grille
      100                       → constant.numeric.grille
      €                         → keyword.other.unit.currency.grille
      par                       → keyword.operator.per.grille
      année                     → keyword.other.unit.grille
      civile                    → constant.language.grille
      `,
    );
  });

  it('colours a PMSS line', async () => {
    await assertTokens(
      'chambre particulière 2 % PMSS par jour, 60 jours par an',
      `
      chambre particulière → source.grille
      2                    → constant.numeric.grille
      %                    → keyword.other.unit.percent.grille
      PMSS                 → support.constant.coverage.grille
      par                  → keyword.operator.per.grille
      jour                 → keyword.other.unit.grille
      ,                    → punctuation.separator.grille
      60                   → constant.numeric.grille
      jours                → keyword.other.unit.grille
      par                  → keyword.operator.per.grille
      an                   → keyword.other.unit.grille
      `,
    );
  });

  it('colours the other coverages: TM + overbilling, RO included, frais réels capped, 100 % Santé, néant', async () => {
    await assertTokens(
      [
        'consultation specialiste TM + 50 % BR - MR',
        'pharmacie 100 % BR ro_inclus',
        'consultation psychiatre frais réels limité à 150 % BR',
        'couronne 100 santé 100 % Santé',
        'cure thermale néant',
        'forfait journalier 100 % FR',
      ].join('\n'),
      `
      consultation specialiste → source.grille
      TM                       → support.constant.coverage.grille
      +                        → keyword.operator.plus.grille
      50                       → constant.numeric.grille
      %                        → keyword.other.unit.percent.grille
      BR                       → support.constant.coverage.grille
      -                        → keyword.operator.minus.grille
      MR                       → constant.language.grille
      pharmacie                → source.grille
      100                      → constant.numeric.grille
      %                        → keyword.other.unit.percent.grille
      BR                       → support.constant.coverage.grille
      ro_inclus                → constant.language.grille
      consultation psychiatre  → source.grille
      frais réels              → support.constant.coverage.grille
      limité à                 → keyword.other.limit.grille
      150                      → constant.numeric.grille
      %                        → keyword.other.unit.percent.grille
      BR                       → support.constant.coverage.grille
      couronne                 → source.grille
      100                      → constant.numeric.grille
      santé                    → source.grille
      100 % Santé              → support.constant.coverage.grille
      cure thermale            → source.grille
      néant                    → support.constant.coverage.grille
      forfait journalier       → source.grille
      100                      → constant.numeric.grille
      %                        → keyword.other.unit.percent.grille
      FR                       → support.constant.coverage.grille
      `,
    );
  });
});

describe('TextMate grammar: examples', () => {
  it('colours exemple, situation, acte and attendu lines', async () => {
    await assertTokens(
      [
        'exemple "Généraliste secteur 3 à 50 €"',
        '  situation age 45 ans adhesion 2026-01-01',
        '  acte consultation generaliste  secteur 3  prix 50 €  date 2026-03-02  hors_parcours',
        '  attendu secu 0,43 €  mutuelle 0,79 €  reste 48,78 €',
      ].join('\n'),
      `
      exemple                            → keyword.control.grille
      "Généraliste secteur 3 à 50 €"     → string.quoted.double.grille
      situation                          → keyword.control.grille
      age                                → entity.other.attribute-name.grille
      45                                 → constant.numeric.grille
      ans                                → keyword.other.unit.grille
      adhesion                           → entity.other.attribute-name.grille
      2026-01-01                         → constant.other.date.grille
      acte                               → keyword.control.grille
      consultation generaliste           → source.grille
      secteur 3                          → storage.modifier.sector.grille
      prix                               → entity.other.attribute-name.grille
      50                                 → constant.numeric.grille
      €                                  → keyword.other.unit.currency.grille
      date                               → entity.other.attribute-name.grille
      2026-03-02                         → constant.other.date.grille
      hors_parcours                      → constant.language.flag.grille
      attendu                            → keyword.control.grille
      secu                               → variable.other.field.grille
      0,43                               → constant.numeric.grille
      €                                  → keyword.other.unit.currency.grille
      mutuelle                           → variable.other.field.grille
      0,79                               → constant.numeric.grille
      €                                  → keyword.other.unit.currency.grille
      reste                              → variable.other.field.grille
      48,78                              → constant.numeric.grille
      €                                  → keyword.other.unit.currency.grille
      `,
    );
  });

  it('colours the other act attributes, repetitions and the aliases of attendu', async () => {
    await assertTokens(
      [
        '  acte seance kine secteur 2 non_optam br 16,13 € le 15/03/2026 x 6 option "Confort" beneficiaire "Léa" ald',
        '  acte radiologie secteur inconnu quantite 2 × 3 maternite',
        '  attendu amo: 10 €, amc 5 EUR, rac 0 euros',
      ].join('\n'),
      `
      acte            → keyword.control.grille
      seance kine     → source.grille
      secteur 2       → storage.modifier.sector.grille
      non_optam       → storage.modifier.sector.grille
      br              → entity.other.attribute-name.grille
      16,13           → constant.numeric.grille
      €               → keyword.other.unit.currency.grille
      le              → entity.other.attribute-name.grille
      15/03/2026      → constant.other.date.grille
      x               → entity.other.attribute-name.grille
      6               → constant.numeric.grille
      option          → entity.other.attribute-name.grille
      "Confort"       → string.quoted.double.grille
      beneficiaire    → entity.other.attribute-name.grille
      "Léa"           → string.quoted.double.grille
      ald             → constant.language.flag.grille
      acte            → keyword.control.grille
      radiologie      → source.grille
      secteur inconnu → storage.modifier.sector.grille
      quantite        → entity.other.attribute-name.grille
      2               → constant.numeric.grille
      ×               → keyword.operator.times.grille
      3               → constant.numeric.grille
      maternite       → constant.language.flag.grille
      attendu         → keyword.control.grille
      amo             → variable.other.field.grille
      :               → punctuation.separator.key-value.grille
      10              → constant.numeric.grille
      €               → keyword.other.unit.currency.grille
      ,               → punctuation.separator.grille
      amc             → variable.other.field.grille
      5               → constant.numeric.grille
      EUR             → keyword.other.unit.currency.grille
      ,               → punctuation.separator.grille
      rac             → variable.other.field.grille
      0               → constant.numeric.grille
      euros           → keyword.other.unit.currency.grille
      `,
    );
  });
});

describe('TextMate grammar: comments, strings, numbers, dates', () => {
  it('colours comments on their own line and after a line; # inside a string is text', async () => {
    await assertTokens(
      '# Grille 2026\nposte "Soins # courants"   # note',
      `
      # Grille 2026        → comment.line.number-sign.grille
      poste                → keyword.control.grille
      "Soins # courants"   → string.quoted.double.grille
      # note               → comment.line.number-sign.grille
      `,
    );
  });

  it('colours an unclosed string to the end of its line only', async () => {
    await assertTokens(
      'poste "Soins\n  dptam 100 % BR',
      `
      poste     → keyword.control.grille
      "Soins    → string.quoted.double.grille
      dptam     → storage.modifier.sector.grille
      100       → constant.numeric.grille
      %         → keyword.other.unit.percent.grille
      BR        → support.constant.coverage.grille
      `,
    );
  });

  it('reads numbers in French and English notation, with any space as thousands separator', async () => {
    await assertTokens(
      'x 1 234,56 € 0,61 € 1234.56 € 1.234,5 € 12\u00a0345 € 1\u202f500 EUR 150\u00a0%\u00a0BR 40EUR',
      `
      x         → source.grille
      1 234,56  → constant.numeric.grille
      €         → keyword.other.unit.currency.grille
      0,61      → constant.numeric.grille
      €         → keyword.other.unit.currency.grille
      1234.56   → constant.numeric.grille
      €         → keyword.other.unit.currency.grille
      1.234,5   → constant.numeric.grille
      €         → keyword.other.unit.currency.grille
      12\u00a0345 → constant.numeric.grille
      €         → keyword.other.unit.currency.grille
      1\u202f500  → constant.numeric.grille
      EUR       → keyword.other.unit.currency.grille
      150       → constant.numeric.grille
      %         → keyword.other.unit.percent.grille
      BR        → support.constant.coverage.grille
      40        → constant.numeric.grille
      EUR       → keyword.other.unit.currency.grille
      `,
    );
  });

  it('reads dates in ISO and French form', async () => {
    await assertTokens(
      'exemple "E"\n  acte x date 2026-03-15 adhesion 01/01/2026',
      `
      exemple     → keyword.control.grille
      "E"         → string.quoted.double.grille
      acte        → keyword.control.grille
      x           → source.grille
      date        → entity.other.attribute-name.grille
      2026-03-15  → constant.other.date.grille
      adhesion    → entity.other.attribute-name.grille
      01/01/2026  → constant.other.date.grille
      `,
    );
  });
});

describe('TextMate grammar: case and accents are optional, as in the language', () => {
  it('colours accented, unaccented, capitalised and hyphenated spellings alike', async () => {
    await assertTokens(
      [
        'CONTRAT "X" Millésime 2026 Année Civile NON_RESPONSABLE',
        'POSTE "Y"',
        '  kine NON-OPTAM-CO 40 € PAR SÉANCES, délai de carence 90 jours, plafonné à 150 % BR',
        '  lentilles non conventionne 100 € par œil, 2 boites par an, Frais Reels, NEANT, 100 % SANTE',
        '  monture OPTAM-CO 100 € / Équipement et par beneficiaire',
        'EXEMPLE "Z"',
        '  ACTE x Secteur 2 OPTAM âge 12 hors parcours Hospitalisé Maternité',
        '  ATTENDU Sécu 1 € MUTUELLE 2 € Reste 3 €',
      ].join('\n'),
      `
      CONTRAT                  → keyword.control.grille
      "X"                      → string.quoted.double.grille
      Millésime                → keyword.other.header.grille
      2026                     → constant.numeric.grille
      Année                    → keyword.other.header.grille
      Civile                   → constant.language.grille
      NON_RESPONSABLE          → keyword.other.header.grille
      POSTE                    → keyword.control.grille
      "Y"                      → string.quoted.double.grille
      kine                     → source.grille
      NON-OPTAM-CO             → storage.modifier.sector.grille
      40                       → constant.numeric.grille
      €                        → keyword.other.unit.currency.grille
      PAR                      → keyword.operator.per.grille
      SÉANCES                  → keyword.other.unit.grille
      ,                        → punctuation.separator.grille
      délai de carence         → keyword.other.limit.grille
      90                       → constant.numeric.grille
      jours                    → keyword.other.unit.grille
      ,                        → punctuation.separator.grille
      plafonné à               → keyword.other.limit.grille
      150                      → constant.numeric.grille
      %                        → keyword.other.unit.percent.grille
      BR                       → support.constant.coverage.grille
      lentilles                → source.grille
      non conventionne         → storage.modifier.sector.grille
      100                      → constant.numeric.grille
      €                        → keyword.other.unit.currency.grille
      par                      → keyword.operator.per.grille
      œil                      → keyword.other.unit.grille
      ,                        → punctuation.separator.grille
      2                        → constant.numeric.grille
      boites                   → keyword.other.unit.grille
      par                      → keyword.operator.per.grille
      an                       → keyword.other.unit.grille
      ,                        → punctuation.separator.grille
      Frais Reels              → support.constant.coverage.grille
      ,                        → punctuation.separator.grille
      NEANT                    → support.constant.coverage.grille
      ,                        → punctuation.separator.grille
      100 % SANTE              → support.constant.coverage.grille
      monture                  → source.grille
      OPTAM-CO                 → storage.modifier.sector.grille
      100                      → constant.numeric.grille
      €                        → keyword.other.unit.currency.grille
      /                        → keyword.operator.per.grille
      Équipement               → keyword.other.unit.grille
      et par beneficiaire      → keyword.other.limit.grille
      EXEMPLE                  → keyword.control.grille
      "Z"                      → string.quoted.double.grille
      ACTE                     → keyword.control.grille
      x                        → source.grille
      Secteur 2                → storage.modifier.sector.grille
      OPTAM                    → storage.modifier.sector.grille
      âge                      → entity.other.attribute-name.grille
      12                       → constant.numeric.grille
      hors parcours            → constant.language.flag.grille
      Hospitalisé              → constant.language.flag.grille
      Maternité                → constant.language.flag.grille
      ATTENDU                  → keyword.control.grille
      Sécu                     → variable.other.field.grille
      1                        → constant.numeric.grille
      €                        → keyword.other.unit.currency.grille
      MUTUELLE                 → variable.other.field.grille
      2                        → constant.numeric.grille
      €                        → keyword.other.unit.currency.grille
      Reste                    → variable.other.field.grille
      3                        → constant.numeric.grille
      €                        → keyword.other.unit.currency.grille
      `,
    );
  });

  it('does not colour a keyword inside a longer word', async () => {
    await assertTokens(
      'dptamx optamco 100 % BR par seancex',
      `
      dptamx optamco → source.grille
      100            → constant.numeric.grille
      %              → keyword.other.unit.percent.grille
      BR             → support.constant.coverage.grille
      par seancex    → source.grille
      `,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// The grammar and the parser's vocabulary stay in sync

/**
 * Each word of a vocabulary table, put in a context the parser accepts (checked), must get the
 * expected scope in the grammar. `{}` in the context stands for the word.
 */
async function vocabularyScopes(words: readonly string[], context: (word: string) => string, expected: readonly string[]): Promise<void> {
  const wrong: string[] = [];
  for (const word of words) {
    const text = context(word);
    const errors = parse(text.replace('{}', word)).errors;
    assert.deepEqual(
      errors.map((e) => e.message),
      [],
      `the context for « ${word} » should be valid Grille:\n${text.replace('{}', word)}`,
    );
    const at = text.indexOf('{}');
    const line = text.slice(0, at).split('\n').length - 1;
    const column = at - (text.lastIndexOf('\n', at - 1) + 1);
    const piece = (await tokens(text.replace('{}', word))).find((p) => p.line === line && p.start <= column && column < p.end);
    const scope = piece?.scope ?? '(no token)';
    if (!expected.includes(scope)) wrong.push(`${word} → ${scope}   in ${JSON.stringify(text.replace('{}', word))}`);
  }
  assert.deepEqual(wrong, [], `expected ${expected.join(' or ')}`);
}

describe('TextMate grammar: every word of the parser vocabulary is coloured', () => {
  const HEADER_VALUES: Record<string, string> = {
    assureur: ' "Mutuelle"',
    organisme: ' "Mutuelle"',
    millesime: ' 2026',
    effet: ' 2026-01-01',
    responsable: ' oui',
    base: ' en_sus',
    type: ' individuel',
    annee: ' civile',
    pmss: ' soins',
    pourcentages: ' BR',
    pourcentage: ' BR',
    regime: ' local',
  };
  const CASE_VALUES: Record<string, string> = {
    secteur: ' 2 optam',
    prix: ' 50 €',
    br: ' 23 €',
    date: ' 2026-03-15',
    le: ' 15/03/2026',
    quantite: ' 3',
    jours: ' 3',
    nuits: ' 3',
    fois: ' 6',
    age: ' 45',
    adhesion: ' 2026-01-01',
    option: ' "Confort"',
    formule: ' "Option 1"',
    sejour: ' psychiatrie',
    etablissement: ' conventionne',
    beneficiaire: ' "Léa"',
    regime: ' local',
    residence: ' reunion',
  };
  const HEADER_SCOPES = ['keyword.other.header.grille', 'constant.language.grille'];

  it('HEADER_KEYS, on the contrat line', async () => {
    await vocabularyScopes(Object.keys(HEADER_KEYS), (w) => `contrat "Test" {}${HEADER_VALUES[w] ?? ''}`, HEADER_SCOPES);
  });

  it('HEADER_KEYS, on an attribute line under the contrat line', async () => {
    await vocabularyScopes(Object.keys(HEADER_KEYS), (w) => `contrat "Test"\n  {}${HEADER_VALUES[w] ?? ''}\nposte "A"`, HEADER_SCOPES);
  });

  it('SECTOR_WORDS, as a column of a guarantee line', async () => {
    await vocabularyScopes(Object.keys(SECTOR_WORDS), () => 'consultation generaliste {} 150 % BR', ['storage.modifier.sector.grille']);
  });

  it('SECTOR_WORDS, as a continuation line', async () => {
    await vocabularyScopes(Object.keys(SECTOR_WORDS), () => 'consultation generaliste 150 % BR\n  {} 130 % BR', ['storage.modifier.sector.grille']);
  });

  it('SECTOR_WORDS, as an attribute of an example act', async () => {
    await vocabularyScopes(Object.keys(SECTOR_WORDS), () => 'exemple "E"\n  acte consultation generaliste {} prix 30 €', ['storage.modifier.sector.grille']);
  });

  it('NON_SECTOR_WORDS, after « non » on a guarantee line and on an example act', async () => {
    const words = Object.keys(NON_SECTOR_WORDS).map((w) => `non ${w}`);
    await vocabularyScopes(words, () => 'consultation generaliste dptam 150 % BR {} 130 % BR', ['storage.modifier.sector.grille']);
    await vocabularyScopes(words, () => 'exemple "E"\n  acte consultation generaliste {}', ['storage.modifier.sector.grille']);
  });

  it('UNIT_WORDS, after « par » and after « / »', async () => {
    await vocabularyScopes(Object.keys(UNIT_WORDS), () => 'osteopathie 40 € par {}', ['keyword.other.unit.grille']);
    await vocabularyScopes(Object.keys(UNIT_WORDS), () => 'osteopathie 40 € / {}', ['keyword.other.unit.grille']);
  });

  it('UNIT_WORDS, after a count', async () => {
    await vocabularyScopes(
      Object.keys(UNIT_WORDS),
      (w) => (w === 'an' || w === 'ans' ? 'lunettes 100 € tous les 2 {}' : 'osteopathie 40 € par seance, 4 {} par an'),
      ['keyword.other.unit.grille'],
    );
  });

  it('CASE_FLAGS, on an example act', async () => {
    await vocabularyScopes(Object.keys(CASE_FLAGS), () => 'exemple "E"\n  acte consultation generaliste prix 30 € {}', ['constant.language.flag.grille']);
  });

  it('CASE_KEYWORDS, on an example act, each with its value', async () => {
    await vocabularyScopes([...CASE_KEYWORDS], (w) => `exemple "E"\n  acte consultation generaliste {}${CASE_VALUES[w] ?? ''}`, [
      'entity.other.attribute-name.grille',
      'storage.modifier.sector.grille',
      'constant.language.flag.grille',
    ]);
  });

  it('LINE_ATTRIBUTE_WORDS, after a coverage', async () => {
    await vocabularyScopes([...LINE_ATTRIBUTE_WORDS], () => 'osteopathie 40 € par seance, {} 60 €', ['keyword.other.limit.grille']);
  });

  it('« Sécu incluse » and its aliases after a € amount', async () => {
    await vocabularyScopes(['Sécu incluse', 'ro_inclus', 'y compris RO', 'ro inclus'], () => 'aide auditive classe ii 1 700 € par oreille {}', [
      'constant.language.grille',
    ]);
  });

  it('COVERAGE_START_WORDS, after an act name', async () => {
    await vocabularyScopes([...COVERAGE_START_WORDS], (w) => (w === 'hors_nomenclature' ? 'lentilles {} 100 € par an' : 'cure thermale {}'), [
      'support.constant.coverage.grille',
    ]);
  });
});
