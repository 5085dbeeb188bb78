/** 100 % Santé: the baskets with no reste à charge, and what a responsible contract owes on them. */
import { defineRules, gridLines as H, reporter } from '../../diagnostics/rule-definition';
import type { LineModel } from '../../model/grid-model';
import { eurosArg } from '../../present/money';
import { termsRange } from '../column-spans';
import type { RuleCheck, RuleContext } from '../rule-context';
import { basketInForce } from './obligation-dates';

/** GR207, GR211, GR213: one sentence, the basket's act and its cap (PLV or HLF) filled in. */
const UP_TO_CAP = {
  fr: "Contrat responsable : « {act} » est couvert jusqu'au {kind} ({cap}), soit {due} après la Sécu ; cette garantie paie {paid}.",
  en: 'Responsible contract: « {act} » is covered up to its {kind} ({cap}), that is {due} after the Sécu; this coverage pays {paid}.',
} as const;

const WRITE_100_SANTE = { fr: 'Remplacer par « 100 % Santé »', en: 'Replace with « 100 % Santé »' } as const;

export const SANTE_100_RULES = defineRules({
  GR120: {
    severity: 'error',
    category: '100-sante',
    fast: true,
    title: '« 100 % Santé » sur un acte hors panier',
    titleEn: '"100 % Santé" on an act outside the basket',
    description:
      "« 100 % Santé » paie jusqu'au prix limite (PLV ou HLF) d'un acte du panier : optique classe A, prothèses du panier 100 % Santé, aides auditives classe I.",
    bad: H(['poste "Optique"', '  optique classe b verres simples 100 % Santé']),
    good: H(['poste "Optique"', '  optique classe a 100 % Santé']),
    messages: {
      default: {
        fr: "« {act} » n'appartient pas à un panier 100 % Santé : « 100 % Santé » n'y paie rien.",
        en: '« {act} » is not in a 100 % Santé basket: « 100 % Santé » pays nothing on it.',
      },
    },
  },
  GR207: {
    severity: 'error',
    category: '100-sante',
    fast: true,
    title: "Optique classe A non couverte jusqu'au PLV (CR-OPT-A)",
    titleEn: 'Optical class A not covered up to the price cap',
    description: "Les équipements d'optique du panier 100 % Santé (classe A) sont couverts jusqu'au prix limite de vente : reste à charge nul.",
    bad: H(['poste "Optique"', '  optique classe a 100 % BR']),
    good: H(['poste "Optique"', '  optique classe a 100 % Santé']),
    source: 'R871-2 3° CSS (✅)',
    params: ['plv.optique_classe_a_equipement', 'br.optique_classe_a_equipement'],
    messages: { default: UP_TO_CAP },
    fixes: { sante100: WRITE_100_SANTE },
  },
  GR211: {
    severity: 'error',
    category: '100-sante',
    fast: true,
    title: "Aide auditive classe I non couverte jusqu'au PLV (CR-AUD)",
    titleEn: 'Hearing aid class I not covered up to the price cap',
    description: "Les aides auditives de classe I sont couvertes jusqu'au prix limite de vente : reste à charge nul.",
    bad: H(['poste "Aides auditives"', '  aide auditive classe i 100 % BR, 1 equipement tous les 4 ans']),
    good: H(['poste "Aides auditives"', '  aide auditive classe i 100 % Santé, 1 equipement tous les 4 ans']),
    source: 'ameli.fr (✅)',
    params: ['plv.aide_auditive_classe_i', 'plv.aide_auditive_classe_i.moins_20'],
    messages: { default: UP_TO_CAP },
    fixes: { sante100: WRITE_100_SANTE },
  },
  GR213: {
    severity: 'error',
    category: '100-sante',
    fast: true,
    title: "Prothèse dentaire 100 % Santé non couverte jusqu'aux HLF (CR-DENT)",
    titleEn: 'Dental 100 % Santé not covered up to the fee cap',
    description: "Les prothèses du panier 100 % Santé sont couvertes jusqu'aux honoraires limites de facturation : reste à charge nul.",
    bad: H(['poste "Dentaire"', '  couronne 100 sante 300 % BR']),
    good: H(['poste "Dentaire"', '  couronne 100 sante 100 % Santé']),
    source: 'lexiques UNOCAM (🟡)',
    params: ['hlf.*'],
    messages: { default: UP_TO_CAP },
    fixes: { sante100: WRITE_100_SANTE },
  },
});

const { finding, fix } = reporter(SANTE_100_RULES);

/**
 * GR207 / GR211 / GR213: in a responsible contract, the 100 % Santé baskets up to their price caps.
 * (GR120, « 100 % Santé » outside the baskets, is reported by the meaning checks.)
 */
function checkSante100(ctx: RuleContext, line: LineModel): void {
  const act = line.act;
  // A basket is owed from its entry into force (optique and dentaire 2020, audiologie 2021).
  if (!act?.sante100 || !ctx.isResponsible(line) || !basketInForce(act, ctx.date)) return;
  const code = act.poste === 'Optique' ? 'GR207' : act.poste === 'Aides auditives' ? 'GR211' : 'GR213';
  const cap = ctx.sante100Cap(act, line.node.act.range);
  if (!cap) return;
  for (const column of Object.values(line.columns)) {
    const facts = ctx.facts(line, column.key);
    if (!facts) continue;
    const amc = ctx.amcAt(line, column, cap.cap, facts);
    const due = cap.cap.minus(facts.amo);
    if (amc && amc.lessThan(due)) {
      const edit = { range: termsRange(column), newText: '100 % Santé' };
      ctx.report(
        finding(code, column.range, { act: act.label, kind: cap.kind, cap: eurosArg(cap.cap), due: eurosArg(due), paid: eurosArg(amc) }, [
          fix(code, { fix: 'sante100' }, [edit]),
        ]),
      );
    }
  }
}

/** Run after the contrat responsable line check, in the same line run (see run-rules.ts). */
export const SANTE_100_CHECKS: readonly RuleCheck[] = [{ scope: 'line', reports: ['GR207', 'GR211', 'GR213'], run: checkSante100 }];
