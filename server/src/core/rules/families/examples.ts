/**
 * Examples: a grid's worked cases, judged against what the engine computes. GR401 when an expected
 * amount written in an example disagrees with the engine (with the computed figure, a one-line
 * reason and the fix), GR402 when an example cannot be computed, GR403 when the fees of an example
 * call for a written prior information. The engine runs the examples (engine/examples.ts); judging
 * them is this family's.
 */
import { actNames } from '../../catalogue/acts-en';
import Decimal from '../../decimal';
import type { Localized } from '../../diagnostics/messages';
import type { TextEdit } from '../../diagnostics/diagnostic';
import { defineRules, gridLines as H, reporter } from '../../diagnostics/rule-definition';
import type { Reimbursement } from '../../engine/compute';
import { writtenAmount, type EventOutcome } from '../../engine/examples';
import { countArg, eurosArg, percentArg, plainSpaces } from '../../present/money';
import type { ExpectedField } from '../../syntax/ast';
import type { RuleCheck, RuleContext } from '../rule-context';
import { caseFacts } from '../../model/line-conditions';

export const EXAMPLE_RULES = defineRules({
  GR401: {
    severity: 'error',
    category: 'exemples',
    fast: false,
    title: 'Montant attendu différent du calcul',
    titleEn: 'Expected amount differs from the computation',
    description:
      "Le montant attendu de l'exemple n'est pas celui que calcule le moteur. Le message donne le montant calculé et la raison ; le correctif remplace le chiffre.",
    bad: H([
      'poste "Soins courants"',
      '  consultation generaliste non_conventionne 200 % BR',
      'exemple "Secteur 3"',
      '  acte consultation generaliste secteur 3 prix 50 €',
      '  attendu secu 0,61 € mutuelle 1,22 € reste 48,17 €',
    ]),
    good: H([
      'poste "Soins courants"',
      '  consultation generaliste non_conventionne 200 % BR',
      'exemple "Secteur 3"',
      '  acte consultation generaliste secteur 3 prix 50 €',
      '  attendu secu 0,43 € mutuelle 0,79 € reste 48,78 €',
    ]),
    messages: {
      default: {
        fr: '{field} attendu {expected}, calculé {computed} : la Sécu paie {rate} de la BR de {base}{less}{times}.',
        en: '{field} expected {expected}, computed {computed}: the Sécu pays {rate} of the BR of {base}{less}{times}.',
      },
      noBase: {
        fr: '{field} attendu {expected}, calculé {computed} : pas de BR pour cet acte, la Sécu ne paie rien{times}.',
        en: '{field} expected {expected}, computed {computed}: no BR for this act, the Sécu pays nothing{times}.',
      },
      heavyAct: {
        fr: '{field} attendu {expected}, calculé {computed} : acte lourd : la Sécu paie la BR de {base} moins la participation de {participation} des actes lourds (au lieu du ticket modérateur){less}{times}.',
        en: '{field} expected {expected}, computed {computed}: heavy act: the Sécu pays the BR of {base} less the {participation} flat fee on heavy acts (instead of the ticket modérateur){less}{times}.',
      },
      formula: {
        fr: '{field} attendu {expected}, calculé {computed} : {formula}{capped}{times}.',
        en: '{field} expected {expected}, computed {computed}: the computation reads « {formula} »{capped}{times}.',
      },
      trace: {
        fr: '{field} attendu {expected}, calculé {computed} : {step}{times}.',
        en: '{field} expected {expected}, computed {computed}: the computation reads « {step} »{times}.',
      },
      noLine: {
        fr: '{field} attendu {expected}, calculé {computed} : aucune ligne ne couvre cet acte{times}.',
        en: '{field} expected {expected}, computed {computed}: no line covers this act{times}.',
      },
      rest: {
        fr: '{field} attendu {expected}, calculé {computed} : prix {price} − Sécu {secu} − mutuelle {mutuelle}.',
        en: '{field} expected {expected}, computed {computed}: price {price} − Sécu {secu} − insurer {mutuelle}.',
      },
    },
    fixes: {
      write: { fr: 'Remplacer par {amount}', en: 'Replace with {amount}' },
      writeLine: { fr: 'Corriger les {count} montants de cette ligne « attendu »', en: 'Correct the {count} amounts of this « attendu » line' },
      writeFile: { fr: 'Corriger les {count} montants attendus faux du fichier', en: 'Correct the {count} wrong expected amounts of the file' },
    },
  },
  GR402: {
    severity: 'error',
    category: 'exemples',
    fast: false,
    title: 'Exemple incalculable',
    titleEn: 'Example cannot be computed',
    description: "Un paramètre manque à la date des soins : aucun montant n'est calculé plutôt qu'un montant faux.",
    bad: H(['poste "Hospitalisation"', '  chambre particuliere 2 % PMSS par jour', 'exemple "x"', '  acte chambre particuliere prix 100 € date 2014-05-01']),
    good: H(['poste "Hospitalisation"', '  chambre particuliere 2 % PMSS par jour', 'exemple "x"', '  acte chambre particuliere prix 100 € date 2025-05-01']),
    messages: {
      default: {
        fr: 'Exemple incalculable : {problems}',
        en: 'This example cannot be computed: a parameter is missing at the date of care ({problems})',
      },
    },
  },
  GR403: {
    severity: 'info',
    category: 'exemples',
    fast: false,
    title: 'Information écrite préalable (devis) obligatoire',
    titleEn: 'Written prior information required',
    description:
      "Quand les honoraires d'un acte comportent un dépassement (prix au-dessus de la BR) et atteignent 70 €, dépassement compris, le professionnel doit remettre une information écrite préalable (devis). Rappel affiché sur les exemples concernés ; le seuil s'apprécie par acte (prix unitaire), pas sur une quantité. Un acte au tarif n'est pas concerné. Pour un acte hors nomenclature (sans BR), le rappel est donné mais l'application de l'obligation est incertaine.",
    bad: H([
      'poste "Soins courants"',
      '  consultation specialiste dptam 200 % BR non_dptam 180 % BR',
      'exemple "x"',
      '  acte consultation specialiste dptam prix 80 €',
    ]),
    good: H([
      'poste "Soins courants"',
      '  consultation specialiste dptam 200 % BR non_dptam 180 % BR',
      '  actes techniques dptam 200 % BR non_dptam 180 % BR',
      'exemple "x"',
      '  acte consultation specialiste dptam prix 60 €',
      '  acte actes techniques secteur 1 prix 100 €',
      '  acte consultation specialiste dptam prix 30 € quantite 3',
    ]),
    source: 'Arrêté du 2 oct. 2008 (✅) ; actes hors nomenclature ❓',
    uncertain: true,
    params: ['seuil.information_ecrite'],
    messages: {
      default: {
        fr: 'Honoraires de {fee} par acte, dont {overbilling} de dépassement : à partir de {threshold} dépassement compris, le professionnel remet une information écrite préalable (devis).',
        en: 'Fees of {fee} per act, {overbilling} of which is overbilling: from {threshold}, overbilling included, the practitioner hands over written prior information (a quote).',
      },
      outsideNomenclature: {
        fr: "Honoraires de {fee} par acte : à partir de {threshold} dépassement compris, le professionnel remet une information écrite préalable (devis) (acte hors nomenclature : l'application de cette obligation aux actes sans BR est incertaine).",
        en: 'Fees of {fee} per act: from {threshold}, overbilling included, the practitioner hands over written prior information (a quote) (act outside the nomenclature: whether this obligation applies to acts without a BR is uncertain).',
      },
    },
  },
  GR404: {
    severity: 'warning',
    category: 'exemples',
    fast: false,
    title: "Aucune ligne de l'acte pour ce cas",
    titleEn: 'No line of the act for this case',
    description:
      "L'acte a des lignes imprimées pour d'autres cas (un âge, un type de séjour, un établissement, l'ALD) et aucune pour celui de l'exemple : la mutuelle ne paie rien, jamais les chiffres d'une autre ligne. Ajoutez la ligne qui manque, ou précisez le cas (`age 12`, `sejour psychiatrie`…).",
    bad: H([
      'poste "Hospitalisation"',
      '  chambre particuliere (medecine, chirurgie) 50 € par nuit',
      'exemple "x"',
      '  acte chambre particuliere prix 80 € sejour psychiatrie',
    ]),
    good: H([
      'poste "Hospitalisation"',
      '  chambre particuliere (medecine, chirurgie) 50 € par nuit',
      '  chambre particuliere (psychiatrie) 45 € par nuit',
      'exemple "x"',
      '  acte chambre particuliere prix 80 € sejour psychiatrie',
    ]),
    messages: {
      default: {
        fr: "Aucune ligne de « {act} » pour ce cas ({facts}) : la grille n'en a que pour {lines}. La mutuelle ne paie rien.",
        en: 'No line of « {act} » for this case ({facts}): the grid only has lines for {lines}. The insurer pays nothing.',
      },
    },
  },
});

const { finding, fix } = reporter(EXAMPLE_RULES);

/** The expected amount a GR401 is about, as the reader names it. */
const FIELD_LABEL: Readonly<Record<ExpectedField, Localized>> = {
  secu: { fr: 'Sécu', en: 'Sécu' },
  mutuelle: { fr: 'mutuelle', en: 'insurer' },
  reste: { fr: 'reste à charge', en: 'out-of-pocket' },
};

const NOTHING: Localized = { fr: '', en: '' };

/** GR401 for each expected amount the engine disagrees with, GR402 for examples that cannot compute. */
function checkExamples(ctx: RuleContext): void {
  // Every wrong figure first, so each GR401 can offer to correct its whole `attendu` line and the whole file.
  const wrong: { outcome: EventOutcome; mismatch: EventOutcome['mismatches'][number]; edit: TextEdit }[] = [];
  for (const outcome of ctx.input.examples) {
    for (const eventOutcome of outcome.events) {
      const failed = eventOutcome.results.find((r) => !r.ok);
      if (failed) {
        ctx.report(finding('GR402', eventOutcome.event.node.range, { problems: failed.problems.join(' ') }));
        continue;
      }
      const unmatched = eventOutcome.results.find((r) => r.unmatched);
      const care = eventOutcome.event.care;
      if (unmatched?.unmatched && care) {
        const lines = unmatched.unmatched.map((l) => `« ${l} »`).join(', ');
        ctx.report(finding('GR404', eventOutcome.event.node.act.range, { act: actNames(care.act), facts: caseFacts(care), lines }));
      }
      for (const mismatch of eventOutcome.mismatches) {
        const expected = eventOutcome.event.expected![mismatch.field]!;
        wrong.push({ outcome: eventOutcome, mismatch, edit: { range: expected.range, newText: writtenAmount(mismatch.computed) } });
      }
    }
  }
  const everyEdit = wrong.map((w) => w.edit);
  for (const { outcome, mismatch, edit } of wrong) {
    const lineEdits = wrong.filter((w) => w.outcome === outcome).map((w) => w.edit);
    const fixes = [fix('GR401', { fix: 'write', amount: eurosArg(mismatch.computed) }, [edit])];
    if (lineEdits.length > 1) fixes.push(fix('GR401', { fix: 'writeLine', count: lineEdits.length }, lineEdits));
    if (everyEdit.length > lineEdits.length) fixes.push(fix('GR401', { fix: 'writeFile', count: everyEdit.length }, everyEdit));
    const amounts = { field: FIELD_LABEL[mismatch.field], expected: eurosArg(mismatch.expected), computed: eurosArg(mismatch.computed) };
    ctx.report(finding('GR401', edit.range, { ...amounts, ...mismatchReason(outcome, mismatch.field) }, fixes));
  }
}

/**
 * On an acte lourd the Sécu paid the BR less the flat participation, not a % of the BR: that
 * participation, as the trace records it (null when the act was not one).
 */
function actesLourdsParticipation(result: Reimbursement): Decimal | null {
  const value = result.trace.find((t) => t.step === 'Actes lourds')?.parameters?.find((p) => p.id === 'pal.montant')?.value;
  return value === undefined ? null : new Decimal(value);
}

/** What the Sécu withheld from its payment: `, moins 2,00 € de participation forfaitaire et 1,00 € de franchise`. */
function withheld(result: Reimbursement): Localized {
  const parts: Localized[] = [];
  if (!result.participation.isZero()) {
    const amount = eurosArg(result.participation);
    parts.push({ fr: `${amount.fr} de participation forfaitaire`, en: `${amount.en} of flat participation` });
  }
  if (!result.franchise.isZero()) {
    const amount = eurosArg(result.franchise);
    parts.push({ fr: `${amount.fr} de franchise`, en: `${amount.en} of medical deductible` });
  }
  if (parts.length === 0) return NOTHING;
  return { fr: `, moins ${parts.map((p) => p.fr).join(' et ')}`, en: `, less ${parts.map((p) => p.en).join(' and ')}` };
}

/** The GR401 variant saying where the computed figure comes from, with its placeholders. */
function mismatchReason(outcome: EventOutcome, field: ExpectedField) {
  const first = outcome.results[0]!;
  const n = outcome.results.length;
  const acts = countArg(n, ['acte', 'actes'], ['act', 'acts']);
  const times: Localized = n > 1 ? { fr: ` sur ${acts.fr}`, en: ` over ${acts.en}` } : NOTHING;
  switch (field) {
    case 'secu': {
      if (first.base === null) return { variant: 'noBase', times } as const;
      const less = withheld(first);
      const pal = actesLourdsParticipation(first);
      if (pal) return { variant: 'heavyAct', base: eurosArg(first.base), participation: eurosArg(pal), less, times } as const;
      return { rate: percentArg(first.amoRate!), base: eurosArg(first.base), less, times } as const;
    }
    case 'mutuelle': {
      // The formula line of the trace says where the amount comes from, in one line.
      const formula = first.trace.find((t) => t.text.startsWith('Formule'));
      if (!formula) {
        const why = first.trace.find((t) => t.step === 'Mutuelle' || t.step === 'Carence');
        if (!why) return { variant: 'noLine', times } as const;
        const lower = (text: string) => `${text.charAt(0).toLowerCase()}${text.slice(1).replace(/\.$/, '')}`;
        return { variant: 'trace', step: { fr: lower(why.text), en: lower(why.textEn) }, times } as const;
      }
      // Say "limits" only when they took something off what the formula gave.
      const capped = formula.amount !== undefined && formula.amount.times(first.quantity).greaterThan(first.amc);
      return {
        variant: 'formula',
        formula: {
          fr: plainSpaces(formula.text.replace(/^Formule/, 'formule').replace(/\.$/, '')),
          en: plainSpaces(formula.textEn.replace(/^Formula/, 'formula').replace(/\.$/, '')),
        },
        capped: capped ? { fr: ', puis limites et plafonds', en: ', then limits and caps' } : NOTHING,
        times,
      } as const;
    }
    case 'reste': {
      const total = outcome.total!;
      return { variant: 'rest', price: eurosArg(total.price), secu: eurosArg(total.secu), mutuelle: eurosArg(total.mutuelle) } as const;
    }
  }
}

/**
 * GR403: fees of 70 € or more that include an overbilling (a price above the BR) call for a
 * written prior information (arrêté du 2 octobre 2008). Per act: the unit price, not price × quantity.
 */
function checkWrittenInformation(ctx: RuleContext): void {
  for (const outcome of ctx.input.examples) {
    for (const event of outcome.events) {
      const care = event.event.care;
      if (!care || !care.unitPrice) continue;
      const act = care.act;
      if (!(act.doctor || act.nomenclature === 'HN' || act.poste === 'Dentaire')) continue;
      const threshold = ctx.input.params.lookup('seuil.information_ecrite', care.date);
      if (!threshold || typeof threshold.value === 'boolean') continue;
      const fee = care.unitPrice;
      if (fee.lessThan(threshold.value)) continue;
      const hn = act.nomenclature === 'HN';
      // Without a BR (hors nomenclature) the whole fee is free; otherwise only a price above the BR is an overbilling.
      const base = event.results[0]?.base ?? null;
      if (!hn && (!base || !fee.greaterThan(base))) continue;
      const price = event.event.node.attributes.find((a) => a.kind === 'price');
      const amounts = { fee: eurosArg(fee), threshold: eurosArg(threshold.value) };
      const ref = hn ? ({ variant: 'outsideNomenclature', ...amounts } as const) : { ...amounts, overbilling: eurosArg(fee.minus(base!)) };
      ctx.report(finding('GR403', price?.range ?? event.event.node.act.range, ref));
    }
  }
}

export const EXAMPLE_CHECKS: readonly RuleCheck[] = [
  { scope: 'grid', reports: ['GR401', 'GR402', 'GR404'], run: checkExamples },
  { scope: 'grid', reports: ['GR403'], run: checkWrittenInformation },
];
