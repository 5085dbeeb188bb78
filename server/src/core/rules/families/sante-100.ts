/** 100 % Santé: the baskets with no reste à charge, and what a responsible contract owes on them. */
import { actNames } from '../../catalogue/acts-en';
import type Decimal from '../../decimal';
import { ACTS } from '../../catalogue/acts';
import type { Localized } from '../../diagnostics/messages';
import { defineRules, gridLines as H, reporter } from '../../diagnostics/rule-definition';
import type { ColumnModel, LineModel } from '../../model/grid-model';
import { eurosArg } from '../../present/money';
import { termsRange } from '../column-spans';
import type { ColumnFacts, RuleCheck, RuleContext } from '../rule-context';
import { annualTerm, contractsOf, grouped, lineApplied, listed, paidOnceLimited, quotedActs, yearlyLimit } from '../whole-grid';
import { basketInForce, inForce } from './obligation-dates';

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
  GR219: {
    severity: 'error',
    category: '100-sante',
    fast: true,
    title: 'Panier 100 % Santé coupé par une limite ou une carence',
    titleEn: '100 % Santé basket cut by a limit or a waiting period',
    description:
      'Les paniers 100 % Santé sont dus en entier, jusqu\'au prix limite, quels que soient les plafonds : ni délai de carence, ni limite de nombre, ni plafond annuel de la ligne ou du poste (`poste "Dentaire" plafond 100 € par an`), ni forfait annuel qui s\'épuise ne peuvent les couper. La période de renouvellement (`1 equipement tous les 2 ans`) est celle du contrat responsable et reste permise. La règle juge ce que le moteur paierait au prix limite une fois la limite atteinte.',
    bad: H(['poste "Dentaire" plafond 100 € par an', '  couronne 100 sante 100 % Santé']),
    good: H(['poste "Dentaire"', '  couronne 100 sante 100 % Santé']),
    source: 'R871-2 3°, 4°, 5° CSS (✅ prise en charge « à hauteur des frais exposés » dans la limite des prix limites)',
    params: ['hlf.*', 'plv.*'],
    messages: {
      default: {
        fr: "Contrat responsable : « {act} » est dû jusqu'au {kind} ({cap}), soit {due} après la Sécu, quels que soient les plafonds ; une fois la limite de la ligne ({limit}) atteinte, cette garantie n'en paie plus que {paid}.",
        en: "Responsible contract: « {act} » is owed up to its {kind} ({cap}), that is {due} after the Sécu, whatever the caps; once the line's limit ({limit}) is reached, this coverage pays only {paid}.",
      },
      carence: {
        fr: "Contrat responsable : « {act} » est dû jusqu'au {kind} dès l'adhésion ; un délai de carence ne peut pas le couper.",
        en: 'Responsible contract: « {act} » is owed up to its {kind} from the start of membership; a waiting period may not cut it.',
      },
      sectionCap: {
        fr: "Contrat responsable : les paniers 100 % Santé sont dus jusqu'au prix limite quels que soient les plafonds ; une fois le plafond annuel du poste « {section} » ({cap}) atteint, ne sont plus payés en entier : {acts}.",
        en: 'Responsible contract: the 100 % Santé baskets are owed up to the price cap whatever the caps; once the annual cap of the section « {section} » ({cap}) is reached, no longer paid in full: {acts}.',
      },
    },
    fixes: { removeLimit: { fr: 'Retirer la limite', en: 'Remove the limit' } },
  },
  GR220: {
    severity: 'error',
    category: '100-sante',
    fast: true,
    title: 'Prothèse du panier 100 % Santé dentaire non couverte (au-delà de la couronne)',
    titleEn: 'Dental 100 % Santé prosthesis not covered (beyond the crown)',
    description:
      "Le panier 100 % Santé dentaire ne se limite pas à la couronne : couronnes métalliques et zircone, inlay-core, bridges (depuis 2020) et prothèses amovibles (depuis 2021) sont pris en charge jusqu'à leurs HLF. Chaque prothèse du panier est jugée sur la ligne que le moteur lui applique : la sienne, celle du panier (`couronne 100 sante`, « prothèses dentaires 100 % Santé », couvre les autres prothèses du panier jusqu'à leurs propres HLF), la ligne « autres actes remboursés », ou aucune. Jugé pour un contrat responsable, et pour tout contrat collectif, responsable ou non (D911-1 : la couverture minimale comprend les prises en charge de R871-2).",
    bad: H(['poste "Dentaire"', '  inlay core 100 sante 100 % Santé']),
    good: H(['poste "Dentaire"', '  couronne 100 sante 100 % Santé', '  inlay core 100 sante 100 % Santé']),
    source: "R871-2 5° CSS (✅) ; D911-1 CSS (✅ « en sus des prises en charge mentionnées à l'article R. 871-2 »)",
    params: ['hlf.*'],
    messages: {
      default: {
        fr: "Contrat responsable : chaque prothèse du panier 100 % Santé dentaire est prise en charge jusqu'à ses HLF ; {acts}.",
        en: 'Responsible contract: each prosthesis of the dental 100 % Santé basket is covered up to its fee cap (HLF); {acts}.',
      },
      collective: {
        fr: "Contrat collectif : la couverture minimale comprend le panier 100 % Santé dentaire, chaque prothèse jusqu'à ses HLF ; {acts}.",
        en: 'Collective contract: the minimum coverage includes the dental 100 % Santé basket, each prosthesis up to its fee cap (HLF); {acts}.',
      },
    },
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
        finding(code, column.range, { act: actNames(act), kind: cap.kind, cap: eurosArg(cap.cap), due: eurosArg(due), paid: eurosArg(amc) }, [
          fix(code, { fix: 'sante100' }, [edit]),
        ]),
      );
    } else if (amc) checkBasketLimits(ctx, line, column, facts, { act: act.label, kind: cap.kind, cap: cap.cap, due });
  }
}

/** GR219 on a line: a carence, a count, an annual cap or allowance that cuts a basket owed in full. */
function checkBasketLimits(
  ctx: RuleContext,
  line: LineModel,
  column: ColumnModel,
  facts: ColumnFacts,
  owed: { act: string; kind: 'PLV' | 'HLF'; cap: Decimal; due: Decimal },
): void {
  const carence = column.limits.carence;
  if (carence) {
    const edit = { range: ctx.limitRemoval(carence.range), newText: '' };
    ctx.report(finding('GR219', carence.range, { variant: 'carence', act: owed.act, kind: owed.kind }, [fix('GR219', { fix: 'removeLimit' }, [edit])]));
    return;
  }
  const limit = yearlyLimit(column);
  const allowance = annualTerm(column);
  if (!limit && !allowance) return;
  const left = paidOnceLimited(ctx, line, column, owed.cap, facts);
  if (!left || left.greaterThanOrEqualTo(owed.due)) return;
  const args = { act: owed.act, kind: owed.kind, cap: eurosArg(owed.cap), due: eurosArg(owed.due), paid: eurosArg(left) };
  if (limit)
    ctx.report(
      finding('GR219', limit.range, { ...args, limit: limit.text }, [
        fix('GR219', { fix: 'removeLimit' }, [{ range: ctx.limitRemoval(limit.range), newText: '' }]),
      ]),
    );
  else ctx.report(finding('GR219', allowance!, { ...args, limit: { fr: 'forfait annuel', en: 'annual allowance' } }));
}

/** GR219 on a section's annual cap: the responsible basket lines it stops paying in full once reached. */
function checkSectionCaps(ctx: RuleContext): void {
  for (const section of ctx.model.sections) {
    const sectionCap = section.annualCap;
    if (!sectionCap) continue;
    const cut: string[] = [];
    for (const line of section.lines.flatMap((l) => (l.formulaLines ? [l, ...l.formulaLines] : [l]))) {
      const act = line.act;
      if (!act?.sante100 || !ctx.isResponsible(line) || !basketInForce(act, ctx.date)) continue;
      const cap = ctx.sante100Cap(act, line.node.act.range);
      if (!cap) continue;
      for (const column of Object.values(line.columns)) {
        const facts = ctx.facts(line, column.key);
        if (!facts) continue;
        const left = paidOnceLimited(ctx, line, column, cap.cap, facts, true);
        if (left && left.lessThan(cap.cap.minus(facts.amo)) && !cut.includes(act.label)) cut.push(act.label);
      }
    }
    if (cut.length > 0)
      ctx.report(
        finding('GR219', sectionCap.range, { variant: 'sectionCap', section: section.name, cap: eurosArg(sectionCap.amount), acts: quotedActs(cut) }, [
          fix('GR219', { fix: 'removeLimit' }, [{ range: ctx.limitRemoval(sectionCap.range), newText: '' }]),
        ]),
      );
  }
}

/**
 * GR220: each prosthesis of the dental 100 % Santé basket in force, up to its HLF, on the line the
 * engine applies to it. A responsible contract's own lines are GR213's; a responsible contract
 * without any basket line is GR214's. A collective contract is held to it responsible or not.
 */
function checkDentalBasket(ctx: RuleContext): void {
  const collective = ctx.model.contract.collective && inForce('ani', ctx.date);
  const acts = ACTS.filter(
    (a) => a.dentalBasket === '100_sante' && a.sante100 && basketInForce(a, ctx.date) && ctx.input.params.lookup(a.sante100.cap, ctx.date ?? '9999-12-31'),
  );
  if (acts.length === 0) return;
  const answers = contractsOf(ctx, (r) => r === true || collective).map(({ option, names: formulas }) => {
    const responsible = (option ? option.responsible : ctx.model.contract.responsible) === true;
    const short: Localized[] = [];
    const lines = acts.map((a) => lineApplied(ctx, option, a));
    // No line of the basket at all: GR214 says it for a responsible contract.
    if (responsible && !lines.some((l) => l?.act?.dentalBasket === '100_sante')) return { key: '', names: formulas, value: { short, responsible } };
    acts.forEach((act, i) => {
      const line = lines[i];
      if (!line) {
        short.push({ fr: `« ${act.label} » n'a pas de ligne`, en: `« ${act.label} » has no line` });
        return;
      }
      if (responsible && line.act?.id === act.id) return;
      const probe: LineModel = { ...line, act };
      const column = probe.columns.all ?? Object.values(probe.columns)[0];
      const cap = ctx.sante100Cap(act, line.node.act.range);
      const facts = column ? ctx.facts(probe, column.key) : null;
      if (!column || !cap || !facts) return;
      const amc = ctx.amcAt(probe, column, cap.cap, facts);
      const due = cap.cap.minus(facts.amo);
      if (amc && amc.lessThan(due)) {
        const [paid, owed] = [eurosArg(amc), eurosArg(due)];
        short.push({
          fr: `« ${act.label} » : la ligne « ${line.act!.label} » en paie ${paid.fr} sur ${owed.fr} dus après la Sécu`,
          en: `« ${act.label} »: the line « ${line.act!.label} » pays ${paid.en} of the ${owed.en} owed after the Sécu`,
        });
      }
    });
    return { key: `${responsible}\n${short.map((l) => l.fr).join('\n')}`, names: formulas, value: { short, responsible } };
  });
  for (const { names: formulas, value } of grouped(answers)) {
    if (value.short.length === 0) continue;
    const acts = listed(value.short, { fr: ' ; ', en: '; ' }, 3);
    const at = ctx.model.document.header?.keywordRange ?? { start: 0, end: 0 };
    const found = finding('GR220', at, value.responsible ? { acts } : { variant: 'collective', acts });
    ctx.report(formulas ? { ...found, message: `${formulas} : ${found.message}`, messageEn: `${formulas}: ${found.messageEn ?? ''}` } : found);
  }
}

/** Run after the contrat responsable line check, in the same line run (see run-rules.ts). */
export const SANTE_100_CHECKS: readonly RuleCheck[] = [
  { scope: 'line', reports: ['GR207', 'GR211', 'GR213', 'GR219'], run: checkSante100 },
  { scope: 'grid', reports: ['GR219'], run: checkSectionCaps },
  { scope: 'grid', reports: ['GR220'], run: checkDentalBasket },
];
