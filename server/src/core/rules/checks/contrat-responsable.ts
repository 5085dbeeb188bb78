/**
 * Contrat responsable (L871-1, R871-1, R871-2 CSS) and the collective minimum basket (D911-1), as
 * checkable constraints on what each line can pay. Thresholds come from the dated parameters.
 */
import Decimal from '../../decimal';
import { formatEuros, formatPercent, plainSpaces, ZERO } from '../../engine/money';
import type { ColumnModel, LineModel } from '../../model/grid-model';
import type { Span } from '../../syntax/text';
import { RuleContext, type ColumnFacts } from '../rule-context';
import { frenchNumber } from '../../present/money';

const euros = (d: Decimal) => plainSpaces(formatEuros(d));
const percent = (d: Decimal) => plainSpaces(formatPercent(d.toDecimalPlaces(1)));

/** Total coverage (Sécu + mutuelle) in % of the column's BR, or 'illimitée' with uncapped frais réels. */
function totalPercent(ctx: RuleContext, line: LineModel, column: ColumnModel, facts: ColumnFacts): Decimal | 'illimitée' | null {
  if (!facts.base || facts.base.isZero()) return null;
  if (!column.limits.unitCap && column.terms.some((t) => t.kind === 'frais-reels' && !t.capPercentBr && t.rate.greaterThanOrEqualTo(100))) return 'illimitée';
  const amc = ctx.amcAt(line, column, RuleContext.HIGH_PRICE, facts);
  if (!amc) return null;
  return facts.amo.plus(amc).dividedBy(facts.base).times(100);
}

function socleLines(ctx: RuleContext): LineModel[] {
  return ctx.model.lines.filter((l) => !l.option && l.act);
}

function headerRange(ctx: RuleContext): Span {
  return ctx.model.document.header?.keywordRange ?? { start: 0, end: 0 };
}

/** Contrat responsable and collective-minimum rules of one line (they depend on the line and the header only). */
export function checkLineContract(ctx: RuleContext, line: LineModel): void {
  if (!line.act) return;
  const contract = ctx.model.contract;
  if (contract.responsible) checkLine(ctx, line);
  if (contract.collective) checkCollectiveMinimum(ctx, line);
}

/** Whole-grid contrat responsable rules: the lines every responsible grid must have. */
export function checkMandatory(ctx: RuleContext): void {
  if (ctx.model.contract.responsible) checkMandatoryLines(ctx);
}

function checkLine(ctx: RuleContext, line: LineModel): void {
  const act = line.act!;
  const columns = Object.values(line.columns);
  const covers = columns.some((c) => c.terms.some((t) => t.kind !== 'none'));

  // GR204 / GR205: what a responsible contract never pays.
  if (act.neverCoverable && covers) {
    const code = act.neverCoverable === 'participation' ? 'GR204' : 'GR205';
    const what =
      act.neverCoverable === 'participation'
        ? 'la participation forfaitaire ni les franchises'
        : 'la majoration hors parcours ni les dépassements autorisés hors parcours';
    ctx.reportText(code, line.node.act.range, `Un contrat responsable ne rembourse ni ${what}.`, 'A responsible contract may not cover this item.', [
      { title: 'Remplacer la garantie par « non_couvert »', edits: [{ range: coverageRange(columns), newText: 'non_couvert' }] },
    ]);
    return;
  }

  // GR201: the TM of every reimbursed act, except the listed exceptions.
  if (act.base && act.rate && !act.tmNotRequired) {
    for (const column of columns) {
      const facts = ctx.facts(line, column.key);
      if (!facts?.base) continue;
      const tm = facts.base.minus(facts.amo);
      if (tm.lessThanOrEqualTo(0)) continue;
      const amc = ctx.amcAt(line, column, facts.base, facts);
      if (amc && amc.lessThan(tm)) {
        ctx.reportText(
          'GR201',
          column.range,
          `Contrat responsable : le ticket modérateur (${euros(tm)} sur une BR de ${euros(facts.base)}) doit être couvert en entier ; cette garantie en paie ${euros(amc)}.`,
          `Responsible contract: the whole ticket modérateur (${String(tm)} €) must be covered; this pays ${String(amc)} €.`,
          [{ title: 'Couvrir au moins le ticket modérateur (100 % BR)', edits: [{ range: termsRange(column), newText: '100 % BR' }] }],
        );
      }
    }
  }

  if (act.doctor && act.base) checkOverbilling(ctx, line);
  if (act.id === 'forfait_journalier') checkForfaitJournalier(ctx, line);
  if (act.id === 'participation_actes_lourds') checkActesLourds(ctx, line);
  if (act.optiqueCase) checkOpticalB(ctx, line);
  if (act.id === 'monture_classe_b') checkFrame(ctx, line);
  if (act.sante100) checkSante100(ctx, line);
  if (act.audioClass === 'II') checkHearingII(ctx, line);
  if (act.poste === 'Optique' && act.nomenclature === 'LPP' && act.unit === 'equipement')
    checkRenewal(ctx, line, 'cr.optique.renouvellement_ans', "un équipement d'optique");
  if (act.audioClass) checkRenewal(ctx, line, 'cr.audio.renouvellement_ans', 'une aide auditive par oreille');
}

/** GR202 / GR203: non-DPTAM coverage ≤ min(100 % BR of overbilling, DPTAM − 20 % BR). */
function checkOverbilling(ctx: RuleContext, line: LineModel): void {
  const dptam = line.columns.dptam ?? line.columns.all;
  const nonDptam = line.columns.non_dptam ?? line.columns.all;
  if (!dptam) return;
  if (line.columns.dptam && !line.columns.non_dptam && !line.columns.all) {
    ctx.reportText(
      'GR203',
      line.node.act.range,
      "Contrat responsable : la ligne couvre les médecins DPTAM mais ne dit pas ce qu'elle paie aux médecins non adhérents (colonne « non_dptam »).",
      'Responsible contract: the line covers DPTAM doctors but has no non-DPTAM column.',
      [
        {
          title: 'Ajouter « non_dptam 100 % BR »',
          edits: [{ range: { start: line.columns.dptam.range.end, end: line.columns.dptam.range.end }, newText: ' non_dptam 100 % BR' }],
        },
      ],
    );
    return;
  }
  if (!nonDptam) return;
  const dptamFacts = ctx.facts(line, 'dptam');
  const nonFacts = ctx.facts(line, 'non_dptam');
  if (!dptamFacts || !nonFacts) return;
  const dptamTotal = totalPercent(ctx, line, dptam, dptamFacts);
  const nonTotal = totalPercent(ctx, line, nonDptam, nonFacts);
  if (dptamTotal === null || nonTotal === null) return;
  const cap = ctx.money('cr.dh.plafond_non_dptam', line.node.act.range);
  const gap = ctx.money('cr.dh.ecart_dptam', line.node.act.range);
  if (!cap || !gap) return;
  const absolute = cap.plus(100);
  const relative = dptamTotal === 'illimitée' ? absolute : Decimal.max(new Decimal(100), dptamTotal.minus(gap));
  const limit = Decimal.min(absolute, relative);
  if (nonTotal === 'illimitée' || nonTotal.greaterThan(limit)) {
    const shown = nonTotal === 'illimitée' ? 'les frais réels sans limite' : percent(nonTotal) + ' BR';
    const dptamShown = dptamTotal === 'illimitée' ? 'frais réels' : percent(dptamTotal) + ' BR';
    ctx.reportText(
      'GR202',
      nonDptam.range,
      `Contrat responsable : hors DPTAM la prise en charge totale est au plus ${percent(limit)} BR (min(200 %, DPTAM ${dptamShown} − 20 %)) ; cette colonne couvre ${shown}.`,
      `Responsible contract: non-DPTAM coverage is at most ${String(limit)} % BR; this column covers ${nonTotal === 'illimitée' ? 'actual costs' : nonTotal.toFixed(1) + ' % BR'}.`,
      line.columns.non_dptam
        ? [
            {
              title: `Ramener à ${percent(limit)} BR`,
              edits: [{ range: termsRange(line.columns.non_dptam), newText: `${limit.toDecimalPlaces(0, Decimal.ROUND_DOWN).toString()} % BR` }],
            },
          ]
        : [],
    );
  }
}

/** GR206: the forfait journalier in full, with no limit of days. */
function checkForfaitJournalier(ctx: RuleContext, line: LineModel): void {
  const amount = ctx.money('fjh.montant', line.node.act.range);
  if (!amount) return;
  for (const column of Object.values(line.columns)) {
    const facts: ColumnFacts = { base: null, amo: ZERO, rate: null };
    const amc = ctx.amcAt(line, column, amount, facts);
    if (column.limits.count || column.limits.annualCap) {
      const limit = column.limits.count?.range ?? column.limits.annualCap!.range;
      ctx.reportText(
        'GR206',
        limit,
        'Contrat responsable : le forfait journalier est couvert sans limite de durée.',
        'Responsible contract: the daily hospital charge is covered with no limit of days.',
        [{ title: 'Retirer la limite', edits: [{ range: ctx.limitRemoval(limit), newText: '' }] }],
      );
    } else if (amc && amc.lessThan(amount)) {
      ctx.reportText(
        'GR206',
        column.range,
        `Contrat responsable : le forfait journalier (${euros(amount)} par jour) est couvert en entier ; cette garantie en paie ${euros(amc)}.`,
        'Responsible contract: the daily hospital charge is covered in full.',
        [{ title: 'Couvrir à 100 % FR', edits: [{ range: termsRange(column), newText: '100 % FR' }] }],
      );
    }
  }
}

/**
 * GR201 on the forfait actes lourds line: the PAL replaces the TM and is part of the participation
 * de l'assuré a responsible contract covers, so the line pays it in full, with no limit. (The PAL
 * on an act of a line in « % BR » is covered by that line's own TM check: without a PAL line the
 * act lines still pay it, so a missing PAL line is not reported.)
 */
function checkActesLourds(ctx: RuleContext, line: LineModel): void {
  const amount = ctx.money('pal.montant', line.node.act.range);
  if (!amount) return;
  for (const column of Object.values(line.columns)) {
    const facts: ColumnFacts = { base: null, amo: ZERO, rate: null };
    const amc = ctx.amcAt(line, column, amount, facts);
    const limit = column.limits.count?.range ?? column.limits.annualCap?.range;
    if (amc && amc.lessThan(amount)) {
      ctx.reportText(
        'GR201',
        column.range,
        `Contrat responsable : la participation forfaitaire actes lourds (${euros(amount)}) remplace le ticket modérateur et doit être couverte en entier ; cette garantie en paie ${euros(amc)}.`,
        `Responsible contract: the flat ${String(amount)} € heavy-procedure participation replaces the TM and must be covered in full; this pays ${String(amc)} €.`,
        [{ title: 'Couvrir à 100 % FR', edits: [{ range: termsRange(column), newText: '100 % FR' }] }],
      );
    } else if (limit) {
      ctx.reportText(
        'GR201',
        limit,
        'Contrat responsable : la participation forfaitaire actes lourds remplace le ticket modérateur et est couverte sans limite.',
        'Responsible contract: the heavy-procedure participation is covered with no limit.',
        [{ title: 'Retirer la limite', edits: [{ range: ctx.limitRemoval(limit), newText: '' }] }],
      );
    }
  }
}

/** GR208: class B equipment between the floor and the ceiling of its correction case. */
function checkOpticalB(ctx: RuleContext, line: LineModel): void {
  const act = line.act!;
  const where = line.node.act.range;
  const minimum = ctx.money(`cr.optique.${act.optiqueCase}.minimum`, where);
  const maximum = ctx.money(`cr.optique.${act.optiqueCase}.maximum`, where);
  if (!minimum || !maximum) return;
  for (const column of Object.values(line.columns)) {
    const facts = ctx.facts(line, column.key);
    if (!facts?.base) continue;
    const tm = facts.base.minus(facts.amo);
    const amc = ctx.amcAt(line, column, RuleContext.HIGH_PRICE, facts);
    if (!amc) continue;
    const beyondTm = amc.minus(tm);
    const unlimited = !column.limits.unitCap && column.terms.some((t) => t.kind === 'frais-reels' && !t.capPercentBr);
    if (unlimited || beyondTm.greaterThan(maximum)) {
      ctx.reportText(
        'GR208',
        column.range,
        `Contrat responsable : un équipement de classe B, cas ${act.optiqueCase}), est pris en charge au plus ${euros(maximum)} au-delà du ticket modérateur ; cette garantie peut payer ${unlimited ? 'les frais réels' : euros(beyondTm)}.`,
        `Responsible contract: class B case ${act.optiqueCase}) is covered up to ${String(maximum)} € beyond the TM.`,
      );
    } else if (beyondTm.greaterThan(0) && beyondTm.lessThan(minimum)) {
      ctx.reportText(
        'GR208',
        column.range,
        `Contrat responsable : au-delà du ticket modérateur, un équipement de classe B, cas ${act.optiqueCase}), est pris en charge au moins ${euros(minimum)} ; cette garantie paie ${euros(beyondTm)}.`,
        `Responsible contract: class B case ${act.optiqueCase}) is covered at least ${String(minimum)} € beyond the TM.`,
      );
    }
  }
}

/** GR209: the frame within 100 €. */
function checkFrame(ctx: RuleContext, line: LineModel): void {
  const maximum = ctx.money('cr.optique.monture_maximum', line.node.act.range);
  if (!maximum) return;
  for (const column of Object.values(line.columns)) {
    const facts = ctx.facts(line, column.key);
    if (!facts) continue;
    const amc = ctx.amcAt(line, column, RuleContext.HIGH_PRICE, facts);
    if (amc && amc.greaterThan(maximum)) {
      ctx.reportText(
        'GR209',
        column.range,
        `Contrat responsable : la monture est prise en charge à ${euros(maximum)} au plus ; cette garantie peut payer ${euros(amc)}.`,
        `Responsible contract: the frame is covered up to ${String(maximum)} €.`,
        [
          {
            title: `Ramener à ${euros(maximum)} par équipement`,
            edits: [{ range: termsRange(column), newText: `${frenchNumber(maximum.toString())} € par equipement` }],
          },
        ],
      );
    }
  }
}

/** GR207 / GR211 / GR213: the 100 % Santé baskets up to their price caps. */
function checkSante100(ctx: RuleContext, line: LineModel): void {
  const act = line.act!;
  const code = act.poste === 'Optique' ? 'GR207' : act.poste === 'Aides auditives' ? 'GR211' : 'GR213';
  const cap = ctx.sante100Cap(act, line.node.act.range);
  if (!cap) return;
  for (const column of Object.values(line.columns)) {
    const facts = ctx.facts(line, column.key);
    if (!facts) continue;
    const amc = ctx.amcAt(line, column, cap.cap, facts);
    const due = cap.cap.minus(facts.amo);
    if (amc && amc.lessThan(due)) {
      ctx.reportText(
        code,
        column.range,
        `Contrat responsable : « ${act.label} » est couvert jusqu'au ${cap.kind} (${euros(cap.cap)}), soit ${euros(due)} après la Sécu ; cette garantie paie ${euros(amc)}.`,
        `Responsible contract: this 100 % Santé item is covered up to its ${cap.kind} (${String(cap.cap)} €).`,
        [{ title: 'Remplacer par « 100 % Santé »', edits: [{ range: termsRange(column), newText: '100 % Santé' }] }],
      );
    }
  }
}

/** GR212: class II hearing aids at most 1 700 € per ear, Sécu included. */
function checkHearingII(ctx: RuleContext, line: LineModel): void {
  const maximum = ctx.money('cr.audio.classe_ii_maximum', line.node.act.range);
  if (!maximum) return;
  for (const column of Object.values(line.columns)) {
    const facts = ctx.facts(line, column.key);
    if (!facts) continue;
    const unlimited = !column.limits.unitCap && column.terms.some((t) => t.kind === 'frais-reels' && !t.capPercentBr);
    const amc = ctx.amcAt(line, column, RuleContext.HIGH_PRICE, facts);
    if (!amc) continue;
    const total = facts.amo.plus(amc);
    if (unlimited || total.greaterThan(maximum)) {
      ctx.reportText(
        'GR212',
        column.range,
        `Contrat responsable : une aide auditive de classe II est prise en charge au plus ${euros(maximum)} par oreille, Sécu comprise ; cette garantie peut atteindre ${unlimited ? 'les frais réels' : euros(total)}.`,
        `Responsible contract: class II hearing aids are covered up to ${String(maximum)} € per ear, Sécu included.`,
        [
          {
            title: `Plafonner à ${euros(maximum)} par oreille`,
            edits: [
              {
                range: { start: column.range.end, end: column.range.end },
                newText: `, plafond ${frenchNumber(maximum.minus(facts.amo).toString())} € par oreille`,
              },
            ],
          },
        ],
      );
    }
  }
}

/** GR210: one equipment per period. */
function checkRenewal(ctx: RuleContext, line: LineModel, param: string, what: string): void {
  const years = ctx.money(param, line.node.act.range);
  if (!years) return;
  for (const column of Object.values(line.columns)) {
    if (column.terms.every((t) => t.kind === 'none')) continue;
    const renewal = column.limits.renewal;
    if (!renewal || new Decimal(renewal.years).lessThan(years)) {
      const range = renewal?.range ?? column.range;
      ctx.reportText(
        'GR210',
        range,
        `Contrat responsable : la prise en charge est limitée à ${what} tous les ${String(years)} ans (adulte) ; précisez « 1 équipement tous les ${String(years)} ans ».`,
        `Responsible contract: one ${what} every ${String(years)} years.`,
        [
          {
            title: `Limiter à 1 équipement tous les ${String(years)} ans`,
            edits: renewal
              ? [{ range: renewal.range, newText: `1 equipement tous les ${String(years)} ans` }]
              : [{ range: { start: column.range.end, end: column.range.end }, newText: `, 1 equipement tous les ${String(years)} ans` }],
          },
        ],
      );
    }
  }
}

/** GR206 (no forfait journalier line) and GR214 (a 100 % Santé basket without a line). */
function checkMandatoryLines(ctx: RuleContext): void {
  const lines = socleLines(ctx);
  const has = (predicate: (l: LineModel) => boolean) => lines.some(predicate);
  if (!has((l) => l.act!.id === 'forfait_journalier')) {
    ctx.reportText(
      'GR206',
      headerRange(ctx),
      'Contrat responsable : la grille doit couvrir le forfait journalier hospitalier (« forfait journalier 100 % FR »).',
      'Responsible contract: the grid must cover the daily hospital charge.',
    );
  }
  const baskets: [string, (l: LineModel) => boolean][] = [
    ['optique classe A', (l) => l.act!.id === 'optique_classe_a'],
    ['prothèses dentaires 100 % Santé', (l) => l.act!.dentalBasket === '100_sante'],
    ['aides auditives classe I', (l) => l.act!.audioClass === 'I'],
  ];
  const missing = baskets.filter(([, test]) => !has(test)).map(([name]) => name);
  if (missing.length > 0) {
    ctx.reportText(
      'GR214',
      headerRange(ctx),
      `Contrat responsable : pas de ligne pour le panier 100 % Santé ${missing.map((m) => `« ${m} »`).join(', ')}.`,
      `Responsible contract: no line for the 100 % Santé basket(s): ${missing.join(', ')}.`,
    );
  }
}

/** GR215: the ANI minimum of a collective contract. */
function checkCollectiveMinimum(ctx: RuleContext, line: LineModel): void {
  const act = line.act!;
  const where = line.node.act.range;
  if (act.dentalBasket === 'maitrise' || act.dentalBasket === 'libre' || act.id === 'orthodontie') {
    const minimum = ctx.money('ani.dentaire_minimum', where);
    if (!minimum) return;
    for (const column of Object.values(line.columns)) {
      const facts = ctx.facts(line, column.key);
      if (!facts) continue;
      const total = totalPercent(ctx, line, column, facts);
      if (total !== null && total !== 'illimitée' && total.lessThan(minimum)) {
        ctx.reportText(
          'GR215',
          column.range,
          `Contrat collectif : les prothèses dentaires et l'orthodontie sont couvertes à ${percent(minimum)} BR au moins ; cette garantie couvre ${percent(total)} BR.`,
          `Collective contract: dental prostheses and orthodontics are covered at least ${String(minimum)} % BR.`,
          [{ title: `Couvrir ${percent(minimum)} BR`, edits: [{ range: termsRange(column), newText: `${minimum.toString()} % BR` }] }],
        );
      }
    }
  }
  if (act.optiqueCase) {
    const kind = act.optiqueCase === 'a' ? 'simple' : act.optiqueCase === 'b' || act.optiqueCase === 'd' ? 'mixte' : 'complexe';
    const minimum = ctx.money(`ani.optique.${kind}_minimum`, where);
    if (!minimum) return;
    for (const column of Object.values(line.columns)) {
      const facts = ctx.facts(line, column.key);
      if (!facts) continue;
      const amc = ctx.amcAt(line, column, RuleContext.HIGH_PRICE, facts);
      if (amc && facts.amo.plus(amc).lessThan(minimum)) {
        ctx.reportText(
          'GR215',
          column.range,
          `Contrat collectif : un équipement ${kind} est couvert ${euros(minimum)} au moins ; cette garantie paie ${euros(facts.amo.plus(amc))} Sécu comprise.`,
          `Collective contract: a ${kind} pair is covered at least ${String(minimum)} €.`,
        );
      }
    }
  }
}

function termsRange(column: ColumnModel): Span {
  return { start: column.terms[0]!.range.start, end: column.terms[column.terms.length - 1]!.range.end };
}

function coverageRange(columns: ColumnModel[]): Span {
  const first = columns[0]!;
  const last = columns[columns.length - 1]!;
  return { start: first.variant.range.start, end: last.variant.range.end };
}
