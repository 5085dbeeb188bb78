/** The parser: what it reads, how it recovers, and that it never throws. */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { analyze } from '../../server/src/core/analyze';
import type { GridDocument, GuaranteeLine } from '../../server/src/core/syntax/ast';
import { lex } from '../../server/src/core/syntax/lexer';
import { parse } from '../../server/src/core/syntax/blocks';
import { codesByLine, dedent, repoRoot } from '../helpers';

function lines(document: GridDocument): GuaranteeLine[] {
  return document.items.flatMap((item) => (item.kind === 'section' ? item.lines : item.kind === 'guarantee' ? [item] : []));
}

/** A compact rendering of a guarantee line: `act | column: terms ; limits`. */
function describeLine(line: GuaranteeLine): string {
  const variants = line.variants.map((v) => {
    const terms = v.coverage?.terms.map((t) => {
      switch (t.kind) {
        case 'pct-br':
          return `${t.rate.value}%BR${t.basis ? `(${t.basis.value})` : ''}`;
        case 'amount':
          return `${t.amount.value}€${t.per ? `/${t.per.value}${t.per.years ? `×${t.per.years}` : ''}` : ''}`;
        case 'pmss':
          return `${t.rate.value}%PMSS${t.per ? `/${t.per.value}` : ''}`;
        case 'frais-reels':
          return `${t.rate?.value ?? '100'}%FR${t.capPercentBr ? `<=${t.capPercentBr.value}%BR${t.capPlusTm ? '+TM' : ''}` : ''}`;
        default:
          return t.kind;
      }
    });
    const limits = v.limits.map((l) => {
      switch (l.kind) {
        case 'count-limit':
          return `${l.count.value} ${l.unit?.value ?? 'fois'}/an${l.periodYears ? `×${l.periodYears}` : ''}`;
        case 'amount-cap':
          return `plafond ${l.amount.value}€/${l.per?.value ?? 'acte'}`;
        case 'renewal':
          return `renouvellement ${l.years.value} ans`;
        case 'carence':
          return `carence ${l.amount.value} ${l.unit.value}`;
        case 'per-beneficiary':
          return 'par bénéficiaire';
        case 'per-family':
          return 'par famille';
        case 'unlimited':
          return 'sans limitation';
        case 'within-expenses':
          return 'dans la limite des frais réels';
        case 'shared':
          return `commun ${l.name ? `"${l.name.value}"` : '(poste)'}`;
        case 'from-rank':
          return `à partir du rang ${l.rank.value} ${l.unit?.value ?? ''}`.trimEnd();
      }
    });
    const tiers = v.tiers
      ? ` [${v.tiers.map((t) => `année ${t.fromYear}+: ${t.coverage?.terms.length ?? 0} terme(s), ${t.limits.length} limite(s)`).join(' / ')}]`
      : '';
    return `${v.sector?.value ?? 'tous'}: ${terms?.join(' + ') ?? '∅'}${limits.length ? ` ; ${limits.join(', ')}` : ''}${tiers}`;
  });
  return `${line.act.words.join(' ')} | ${variants.join(' | ')}`;
}

describe('lexer', () => {
  it('reads French and English numbers, dates, euros and percents', () => {
    const tokens = lex('1 234,56 € 0,61 1234.56 150% 1.234,5 15/03/2026 2026-02-30 EUR euros').filter((t) => t.kind !== 'eof');
    assert.deepEqual(
      tokens.map((t) => `${t.kind}:${t.value}`),
      [
        'number:1234.56',
        'euro:€',
        'number:0.61',
        'number:1234.56',
        'number:150',
        'percent:%',
        'number:1234.5',
        'date:2026-03-15',
        'date:',
        'euro:EUR',
        'euro:euros',
      ],
    );
  });

  it('normalizes words: accents, case, typographic apostrophes and hyphens', () => {
    const tokens = lex('Médecin FRAIS d’accompagnant OPTAM-CO').filter((t) => t.kind === 'word');
    assert.deepEqual(
      tokens.map((t) => t.value),
      ['medecin', 'frais', "d'accompagnant", 'optam_co'],
    );
  });

  it('keeps comments and line breaks, handles CRLF', () => {
    const tokens = lex('poste "A" # note\r\nx');
    assert.deepEqual(
      tokens.map((t) => t.kind),
      ['word', 'string', 'comment', 'newline', 'word', 'eof'],
    );
  });
});

describe('guarantee lines', () => {
  const cases: [string, string][] = [
    [
      'consultation generaliste   dptam 150 % BR   non_dptam 130 % BR   non_conventionne 100 % BR',
      'consultation generaliste | dptam: 150%BR | non_dptam: 130%BR | non_conventionne: 100%BR',
    ],
    ['osteopathie 40 € par seance, 4 seances par an', 'osteopathie | tous: 40€/seance ; 4 seance/an'],
    ['chambre particulière 2 % PMSS par jour, 60 jours par an', 'chambre particuliere | tous: 2%PMSS/jour ; 60 jour/an'],
    ['forfait journalier 100 % FR', 'forfait journalier | tous: 100%FR'],
    ['consultation spécialiste 100 % FR limité à 150 % BR', 'consultation specialiste | tous: 100%FR<=150%BR'],
    ['consultation generaliste TM + 50 % BR', 'consultation generaliste | tous: tm + 50%BR'],
    ['consultation specialiste 100 % BR + TM', 'consultation specialiste | tous: 100%BR + tm'],
    ['consultation specialiste 100 % FR limités à 150 % BR', 'consultation specialiste | tous: 100%FR<=150%BR'],
    ['consultation specialiste 100 % FR limitée à 150 % BR', 'consultation specialiste | tous: 100%FR<=150%BR'],
    ['consultation specialiste 200 % BR en complément du RO', 'consultation specialiste | tous: 200%BR(en_sus)'],
    ['consultation specialiste 200 % BR y compris RO', 'consultation specialiste | tous: 200%BR(ro_inclus)'],
    ['consultation specialiste 200 % BR (remboursement Sécurité sociale inclus)', 'consultation specialiste | tous: 200%BR(ro_inclus)'],
    ['consultation specialiste RSS + 30 %', 'consultation specialiste | tous: tm + 30%BR'],
    ['consultation specialiste BR - RSS', 'consultation specialiste | tous: 100%BR(ro_inclus)'],
    ['consultation specialiste 100 % BR - RSS', 'consultation specialiste | tous: 100%BR(ro_inclus)'],
    ['osteopathie 20 € par consultation (limité à 80 € par an et par bénéficiaire)', 'osteopathie | tous: 20€/consultation ; plafond 80€/an, par bénéficiaire'],
    ['osteopathie 20 € par consultation, limité à 80 € par an', 'osteopathie | tous: 20€/consultation ; plafond 80€/an'],
    ['consultation specialiste 100 % FR limité à 100 % BR + TM', 'consultation specialiste | tous: 100%FR<=100%BR+TM'],
    ['consultation generaliste 200 % BR en sus', 'consultation generaliste | tous: 200%BR(en_sus)'],
    ['pharmacie smr majeur 100 % BR - MR', 'pharmacie smr majeur | tous: 100%BR(ro_inclus)'],
    [
      'optique classe b verres simples 100 % BR + 150 € par équipement, 1 équipement tous les 2 ans',
      'optique classe b verres simples | tous: 100%BR + 150€/equipement ; renouvellement 2 ans',
    ],
    [
      'aide auditive classe ii 100 % BR + 600 € par oreille, plafond 1 700 € par oreille',
      'aide auditive classe ii | tous: 100%BR + 600€/oreille ; plafond 1700€/oreille',
    ],
    ['implant dentaire 500 € par an et par bénéficiaire, carence 6 mois', 'implant dentaire | tous: 500€/an ; par bénéficiaire, carence 6 mois'],
    ['couronne 100 santé 100 % Santé', 'couronne 100 sante | tous: 100-sante'],
    ['vaccins non rembourses non_couvert', 'vaccins non rembourses | tous: none'],
    [
      'consultation generaliste optam : 150 % BR non optam : 130 % BR secteur 3 : 100 % BR',
      'consultation generaliste | dptam: 150%BR | non_dptam: 130%BR | non_conventionne: 100%BR',
    ],
  ];
  for (const [input, expected] of cases) {
    it(input, () => {
      const document = parse(input);
      assert.deepEqual(document.errors, []);
      assert.equal(describeLine(lines(document)[0]!), expected);
    });
  }

  it('sector columns and limits may continue on the following lines', () => {
    const document = parse(
      dedent(`
      poste "Soins courants"
        consultation specialiste
          dptam 200 % BR
          non dptam 180 % BR
        osteopathie 40 € par seance
          4 seances par an
    `),
    );
    assert.deepEqual(document.errors, []);
    assert.deepEqual(lines(document).map(describeLine), [
      'consultation specialiste | dptam: 200%BR | non_dptam: 180%BR',
      'osteopathie | tous: 40€/seance ; 4 seance/an',
    ]);
  });
});

describe('header, sections, options and examples', () => {
  it('reads the header on one line or several', () => {
    const document = parse(
      dedent(`
      contrat "Santé Essentiel" millesime 2026 responsable
        assureur "Mutuelle Exemple"
        base ro_inclus
        type collectif
    `),
    );
    assert.deepEqual(document.errors, []);
    assert.deepEqual(
      document.header!.attributes.map((a) => `${a.key}=${a.value && 'value' in a.value ? a.value.value : ''}`),
      ['millesime=2026', 'responsable=oui', 'assureur=Mutuelle Exemple', 'base=ro_inclus', 'type=collectif'],
    );
  });

  it('puts sections under the option that precedes them', () => {
    const document = parse(
      dedent(`
      poste "Soins courants"
        consultation generaliste 100 % BR
      option "Confort" inclut_socle
      poste "Soins courants"
        consultation generaliste 150 % BR
    `),
    );
    assert.deepEqual(document.errors, []);
    assert.deepEqual(
      document.items.map((i) => i.kind),
      ['section', 'option'],
    );
    const option = document.items[1]!;
    assert.ok(option.kind === 'option' && option.mode?.value === 'inclut_socle' && option.items.length === 1);
  });

  it('reads example steps with their attributes', () => {
    const document = parse(
      dedent(`
      exemple "Généraliste secteur 3 à 50 €"
        situation age 45 hors parcours
        acte consultation generaliste secteur 3 prix 50 € le 02/03/2026 fois 2
        attendu secu 0,43 € mutuelle 0,79 € reste 48,78 €
    `),
    );
    assert.deepEqual(document.errors, []);
    const example = document.items[0]!;
    assert.ok(example.kind === 'example');
    assert.deepEqual(
      example.steps.map((s) => s.kind),
      ['example-situation', 'example-act', 'example-expected'],
    );
    const act = example.steps[1]!;
    assert.ok(act.kind === 'example-act');
    assert.deepEqual(act.act.words, ['consultation', 'generaliste']);
    assert.deepEqual(
      act.attributes.map((a) => a.kind),
      ['sector', 'price', 'date', 'repeat'],
    );
  });
});

describe('error recovery', () => {
  it('a broken line yields an error on that line and the rest of the grid still parses', () => {
    const text = dedent(`
      contrat "Test" millesime 2026 responsable base ro_inclus
      poste "Soins courants"
        consultation generaliste 150 % BX
        consultation specialiste 100 % BR
        osteopathie 40 € par , 4 seances par an
        biologie 100 % BR
      poste "Hospitalisation
        forfait journalier 100 % FR
    `);
    const document = parse(text);
    assert.deepEqual(
      document.errors.map((e) => `${text.slice(0, e.range.start).split('\n').length} ${e.code}`),
      ['3 GR010', '5 GR010', '7 GR002'],
    );
    assert.deepEqual(
      lines(document).map((l) => l.act.words.join(' ')),
      ['consultation generaliste', 'consultation specialiste', 'osteopathie', 'biologie', 'forfait journalier'],
    );
  });

  it('an orphan continuation line, an unknown line start and a stray character are each reported once', () => {
    const text = dedent(`
      dptam 150 % BR
      150 % BR
      poste "A" @
    `);
    assert.deepEqual(
      codesByLine(analyze(text)).filter((c) => !c.endsWith('GR102')),
      ['1 GR007', '2 GR005', '3 GR001'],
    );
  });

  it('every node range lies inside the text, in order', () => {
    const text = fs.readFileSync(path.join(repoRoot(), 'docs', 'language.md'), 'utf8');
    const document = parse(text);
    const visit = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      const range = (node as { range?: { start: number; end: number } }).range;
      if (range) assert.ok(range.start >= 0 && range.start <= range.end && range.end <= text.length, JSON.stringify(range));
      for (const value of Object.values(node)) visit(value);
    };
    visit(document);
  });
});

describe('the parser never throws', () => {
  const alphabet = fc.constantFrom(
    ...'contrat poste exemple acte attendu dptam non 150 % BR € , + 40 par an "x" # \n\r\t 1 234,56 2026-01-01 é ç ü 😀 \u00a0 \ufeff : ( ) - / ×'.split(' '),
    ' ',
    '\n',
  );

  it('on random token soup', () => {
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 200 }), (parts) => {
        const text = parts.join(' ');
        const document = parse(text);
        assert.equal(document.kind, 'document');
        analyze(text);
      }),
      { numRuns: 2000, seed: 42 },
    );
  });

  it('on arbitrary unicode strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        assert.equal(parse(text).kind, 'document');
        analyze(text);
      }),
      { numRuns: 2000, seed: 7 },
    );
  });

  it('on every truncation of the samples', () => {
    const dir = path.join(repoRoot(), 'samples');
    const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.grille')) : [];
    const texts = [fs.readFileSync(path.join(repoRoot(), 'docs', 'language.md'), 'utf8'), ...files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))];
    for (const text of texts) {
      for (let end = 0; end <= text.length; end += 7) analyze(text.slice(0, end));
    }
  });
});

describe('model reading of « X % BR + TM »', () => {
  it('« 100 % BR + TM » is the TM plus 100 % BR on top, with no GR104 even without a header basis', () => {
    const analysis = analyze('contrat "T" millesime 2026 responsable\nposte "P"\n  consultation specialiste 100 % BR + TM\n');
    assert.deepEqual(
      codesByLine(analysis).filter((c) => c.endsWith('GR104')),
      [],
    );
    const term = analysis.model.lines[0]!.columns.all!.terms[0]!;
    assert.ok(term.kind === 'pct-br' && term.basis === 'en_sus' && term.afterTm);
  });

  it('« 100 % FR limité à 100 % BR + TM » caps at 200 % BR in all', () => {
    const analysis = analyze('contrat "T" millesime 2026 responsable base ro_inclus\nposte "P"\n  consultation specialiste 100 % FR limité à 100 % BR + TM\n');
    const term = analysis.model.lines[0]!.columns.all!.terms[0]!;
    assert.ok(term.kind === 'frais-reels' && term.capPercentBr?.toString() === '200');
  });
});

describe('« Sécu incluse » after a € amount or a cap', () => {
  for (const basis of ['Sécu incluse', 'ro_inclus', '- MR', 'y compris RO', '(RO inclus)']) {
    it(`aide auditive classe ii 1 700 € par oreille ${basis}`, () => {
      const document = parse(`aide auditive classe ii 1 700 € par oreille ${basis}, plafond 1 800 € par oreille ${basis}`);
      assert.deepEqual(document.errors, []);
      const variant = lines(document)[0]!.variants[0]!;
      const term = variant.coverage!.terms[0]!;
      const cap = variant.limits[0]!;
      assert.ok(term.kind === 'amount' && term.basis?.value === 'ro_inclus');
      assert.ok(cap.kind === 'amount-cap' && cap.basis?.value === 'ro_inclus');
    });
  }

  it('« 250 € par an Sécu incluse » is reported (GR111): an annual allowance has no Sécu part', () => {
    const analysis = analyze('contrat "T" millesime 2026 responsable base ro_inclus\nposte "P"\n  osteopathie 250 € par an Sécu incluse\n');
    assert.ok(codesByLine(analysis).includes('3 GR111'));
  });
});

describe('parser and model findings carry an English message', () => {
  it('every GR0xx / GR1xx finding of a broken grid has messageEn', () => {
    const text = dedent(`
      contrat "T" millesime 2026 responsable base ro_inclus
      poste "P"
        consultation generaliste 150 % BX
        osteopathie 40 € par seance @
        consultation generalste 100 % BR
        osteopathie 40,125 € par seance
      exemple "E"
        acte osteopathie prix 60 € option "Nope"
        attendu secu 1 €
        acte osteopathie prix 60 € pri 3
    `);
    const analysis = analyze(text);
    const own = analysis.diagnostics.filter((d) => /^GR[01]\d\d$/.test(d.code));
    assert.ok(own.length >= 5, own.map((d) => d.code).join(' '));
    assert.deepEqual(
      own.filter((d) => !d.messageEn).map((d) => `${d.code} ${d.message}`),
      [],
    );
  });

  it('the English says what the French says, in English: the missing value, the name, the amount, the fix', () => {
    const text = dedent(`
      contrat "T" effet 2026-01-01 responsable base ro_inclus millesime
      poste Soins courants
        osteopathie 40,555 € par seance
        consultation generaliste 100 % BX
      exemple "E"
        acte osteopathie prix 60 age 40
    `);
    const analysis = analyze(text);
    assert.deepEqual(
      analysis.diagnostics.filter((d) => /^GR[01]\d\d$/.test(d.code)).map((d) => [d.code, d.messageEn, ...(d.fixes ?? []).map((f) => f.titleEn)]),
      [
        ['GR006', 'Vintage year expected, found the end of the line.'],
        ['GR006', 'Section name expected in quotes: poste "Soins courants".'],
        ['GR111', 'Amount « 40,555 € »: a euro amount has at most two decimals (the cents).'],
        ['GR010', 'Unknown unit « BX » after « % » (did you mean « BR »?).', 'Replace with « BR »'],
        ['GR006', 'Price: « € » expected after the amount, found « age ».'],
      ],
    );
  });
});
