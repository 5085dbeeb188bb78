/** Style: how a grid is written, for its readers (numbers, section order, lines outside sections). */
import { defineRules, gridLines as H, reporter } from '../../diagnostics/rule-definition';
import type { Localized } from '../../diagnostics/messages';
import { frenchNumber } from '../../present/money';
import type { GuaranteeLine } from '../../syntax/ast';
import type { Token } from '../../syntax/lexer';
import { normalizeWord, type LineIndex } from '../../syntax/text';
import type { Misformatted, RuleCheck, RuleContext } from '../rule-context';

export const STYLE_RULES = defineRules({
  GR501: {
    severity: 'hint',
    category: 'style',
    fast: true,
    title: 'Montant mal formaté',
    titleEn: 'Number formatting',
    description: "Les montants s'écrivent à la française : virgule décimale, espace des milliers, espace avant % et € (`1 234,56 €`, `150 %`).",
    bad: H(['poste "Aides auditives"', '  aide auditive classe ii 100 % BR + 1000.50€ par oreille, 1 equipement tous les 4 ans']),
    good: H(['poste "Aides auditives"', '  aide auditive classe ii 100 % BR + 1 000,50 € par oreille, 1 equipement tous les 4 ans']),
    messages: { default: { fr: 'Écriture française attendue : {problems}.', en: 'French number formatting expected: {problems}.' } },
    fixes: { write: { fr: 'Écrire « {expected} »', en: 'Write « {expected} »' } },
  },
  GR502: {
    severity: 'hint',
    category: 'style',
    fast: true,
    title: "Poste hors de l'ordre UNOCAM",
    titleEn: 'Section out of the UNOCAM order',
    description: "L'engagement de lisibilité UNOCAM présente les postes dans l'ordre : Hospitalisation, Soins courants, Dentaire, Optique, Aides auditives.",
    bad: H(['poste "Optique"', '  optique classe a 100 % Santé, 1 equipement tous les 2 ans', 'poste "Hospitalisation"', '  forfait journalier 100 % FR']),
    good: H(['poste "Hospitalisation"', '  forfait journalier 100 % FR', 'poste "Optique"', '  optique classe a 100 % Santé, 1 equipement tous les 2 ans']),
    source: 'Engagement UNOCAM du 14 février 2019 (🟡)',
    messages: {
      default: {
        fr: 'Ordre UNOCAM : « {section} » vient avant « {previous} » (Hospitalisation, Soins courants, Dentaire, Optique, Aides auditives).',
        en: 'UNOCAM order: « {section} » comes before « {previous} » (Hospitalisation, Soins courants, Dentaire, Optique, Aides auditives).',
      },
    },
  },
  GR503: {
    severity: 'warning',
    category: 'style',
    fast: true,
    title: 'Ligne hors de tout poste',
    titleEn: 'Line outside any section',
    description: 'Chaque ligne de garantie appartient à un poste (`poste "Soins courants"`).',
    bad: H(['consultation generaliste 100 % BR']),
    good: H(['poste "Soins courants"', '  consultation generaliste 100 % BR']),
    messages: {
      default: {
        fr: 'Cette ligne n\'appartient à aucun poste : ajoutez un « poste "…" » au-dessus.',
        en: 'This line belongs to no section: add a « poste "…" » above it.',
      },
    },
    fixes: { addSection: { fr: 'Ajouter un poste au-dessus', en: 'Add a section above' } },
  },
  GR504: {
    severity: 'hint',
    category: 'style',
    fast: true,
    title: 'Notation imprimée, écriture de Grille',
    titleEn: 'Printed notation, Grille spelling',
    description:
      'Grille lit les notations telles que les grilles les impriment (`100 % FR - MR`, `100 % PLV`, `100 % TM`, `B.R.`, `RO + 500 €`, `/ / jour`, `3 par an maxi.`) et les calcule comme leur écriture canonique ; celle-ci est proposée, sans obligation.',
    bad: H(['poste "Hospitalisation"', '  forfait journalier 100 % FR - MR']),
    good: H(['poste "Hospitalisation"', '  forfait journalier 100 % FR']),
    messages: {
      default: {
        fr: "« {printed} » se lit « {canonical} » : Grille l'écrit ainsi.",
        en: '« {printed} » reads « {canonical} »: Grille writes it so.',
      },
    },
    fixes: { write: { fr: 'Écrire « {canonical} »', en: 'Write « {canonical} »' } },
  },
});

const { finding, fix } = reporter(STYLE_RULES);

/** `a`, `a et b` / `a and b`. */
function both(problems: readonly Localized[]): Localized {
  return { fr: problems.map((p) => p.fr).join(' et '), en: problems.map((p) => p.en).join(' and ') };
}

function misformatted(tokens: Token[]): Misformatted[] {
  const found: Misformatted[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // `1.000`: ambiguous (GR011), so no rewrite that would pick a meaning.
    if (token.kind !== 'number' || token.ambiguous) continue;
    const next = tokens[i + 1];
    const unit = next && (next.kind === 'percent' || next.kind === 'euro') ? next : null;
    if (!unit) continue;
    // Most amounts are written as their canonical value already (`150`, `40`): nothing to check.
    if (token.text === token.value && token.value.length < 4 && !token.value.includes('.') && unit.start !== token.end) continue;
    const problems: Localized[] = [];
    const expected = frenchNumber(token.value);
    if (token.text !== expected) problems.push({ fr: `« ${expected} »`, en: `« ${expected} »` });
    if (unit.start === token.end) problems.push({ fr: `une espace avant « ${unit.text} »`, en: `a space before « ${unit.text} »` });
    if (problems.length > 0) found.push({ token, unit, expected, problems });
  }
  return found;
}

/** GR501: amounts written the French way (`1 234,56 €`, `150 %`). */
function checkNumberFormatting(ctx: RuleContext): void {
  // Per run of tokens (one per block, see `syntax/blocks.ts`): a run kept from the previous
  // analysis has the same numbers, moved in place, so it is not scanned again.
  const memo = ctx.input.tokenRuns ? ctx.memo : null;
  for (const run of ctx.input.tokenRuns ?? [ctx.input.document.tokens]) {
    let found = memo?.misformattedByRun.get(run);
    if (!found) {
      found = misformatted(run);
      memo?.misformattedByRun.set(run, found);
    }
    for (const { token, unit, expected, problems } of found) {
      const edit = { range: { start: token.start, end: unit.start }, newText: `${expected} ` };
      ctx.report(
        finding('GR501', { start: token.start, end: unit.end }, { problems: both(problems) }, [
          fix('GR501', { fix: 'write', expected: `${expected} ${unit.text}` }, [edit]),
        ]),
      );
    }
  }
}

/** The UNOCAM order of the five harmonised headings. */
const UNOCAM_ORDER = ['hospitalisation', 'soins courants', 'dentaire', 'optique', 'aides auditives'];

/** A section's rank in the UNOCAM order (0 for Hospitalisation … 4 for Aides auditives), -1 for another heading. */
export function unocamRank(sectionName: string): number {
  return UNOCAM_ORDER.indexOf(normalizeWord(sectionName).replace(/_/g, ' ').trim());
}

/** GR502: the harmonised sections in the UNOCAM order. GR503: lines outside any section. */
function checkStructure(ctx: RuleContext): void {
  let lastRank = -1;
  let lastName = '';
  for (const section of ctx.model.sections) {
    if (section.option) continue;
    const rank = unocamRank(section.name);
    if (rank === -1) continue;
    if (rank < lastRank) {
      ctx.report(finding('GR502', section.node.headerRange, { section: section.name, previous: lastName }));
    } else {
      lastRank = rank;
      lastName = section.name;
    }
  }
  const outside: GuaranteeLine[] = [
    ...ctx.model.document.items.filter((i): i is GuaranteeLine => i.kind === 'guarantee'),
    ...ctx.model.document.items.flatMap((i) => (i.kind === 'option' ? i.items.filter((j): j is GuaranteeLine => j.kind === 'guarantee') : [])),
  ];
  const lineOf = outside.length > 0 ? new Map(ctx.model.lines.map((l) => [l.node, l])) : null;
  for (const line of outside) {
    const at = lineStart(ctx.input.lineIndex, line.range.start);
    const edit = { range: { start: at, end: at }, newText: `poste "${lineOf!.get(line)?.act?.poste ?? line.act.text}"\n` };
    ctx.report(finding('GR503', line.act.range, {}, [fix('GR503', { fix: 'addSection' }, [edit])]));
  }
}

function lineStart(lines: LineIndex, offset: number): number {
  return lines.lineStart(lines.positionAt(offset).line);
}

/** GR504: printed notations read as printed, with the spelling the language writes them in (`document.printed`, from the parser). */
function checkPrintedNotations(ctx: RuleContext): void {
  const { text, document } = ctx.input;
  for (const { range, canonical } of document.printed) {
    const printed = text.slice(range.start, range.end);
    ctx.report(finding('GR504', range, { printed, canonical }, [fix('GR504', { fix: 'write', canonical }, [{ range, newText: canonical }])]));
  }
}

export const STYLE_CHECKS: readonly RuleCheck[] = [
  { scope: 'grid', reports: ['GR504'], run: checkPrintedNotations },
  { scope: 'grid', reports: ['GR501'], run: checkNumberFormatting },
  { scope: 'grid', reports: ['GR502', 'GR503'], run: checkStructure },
];
