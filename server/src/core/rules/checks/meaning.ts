/** Meaning rules: lines that say something other than what the author likely meant. */
import Decimal from '../../decimal';
import { formatEuros, plainSpaces } from '../../engine/money';
import type { ColumnKey, LineModel } from '../../model/grid-model';
import { RuleContext } from '../rule-context';
import type { LineIndex } from '../../syntax/text';
import { frenchNumber } from '../../present/money';

const euros = (d: Decimal) => plainSpaces(formatEuros(d));

/** A unit as the French reader writes it (the language accepts it without accents). */
const ACCENTED: Record<string, string> = { seance: 'séance', equipement: 'équipement', oeil: 'œil', sejour: 'séjour', boite: 'boîte', prothese: 'prothèse' };
const unitWord = (unit: string) => ACCENTED[unit] ?? unit;

/** Lines that repeat an act of an earlier line of the same group, with that earlier line. */
function repeats(lines: readonly LineModel[]): [LineModel, LineModel][] {
  const first = new Map<string, LineModel>();
  const found: [LineModel, LineModel][] = [];
  for (const line of lines) {
    if (!line.act) continue;
    const earlier = first.get(line.act.id);
    if (earlier) found.push([line, earlier]);
    else first.set(line.act.id, line);
  }
  return found;
}

/** GR117: the same act twice in one section (a whole-grid check). */
export function checkDuplicates(ctx: RuleContext): void {
  const found: [LineModel, LineModel][] = [];
  for (const section of ctx.model.sections) {
    // By section model: a section kept from the previous analysis (see `AnalysisMemo`) has the
    // same lines and acts, so it is not checked again.
    let inSection = ctx.memo?.repeatsBySection.get(section);
    if (!inSection) {
      inSection = repeats(section.lines);
      ctx.memo?.repeatsBySection.set(section, inSection);
    }
    for (const pair of inSection) found.push(pair);
  }
  // Lines outside any section: one group for the socle, one per option.
  const outside = new Map<unknown, LineModel[]>();
  for (const line of ctx.model.lines) {
    if (line.section) continue;
    const group = outside.get(line.option) ?? [];
    if (group.length === 0) outside.set(line.option, group);
    group.push(line);
  }
  for (const group of outside.values()) for (const pair of repeats(group)) found.push(pair);
  for (const [line, first] of found) {
    const act = line.act!;
    const firstLine = ctx.input.lineIndex.positionAt(first.node.range.start).line + 1;
    ctx.reportText(
      'GR117',
      line.node.act.range,
      `« ${act.label} » est déjà couvert à la ligne ${firstLine} de ce poste : seule la première ligne compte.`,
      `"${act.label}" is already covered on line ${firstLine} of this section: only the first line counts.`,
      [{ title: 'Supprimer cette ligne', edits: [{ range: lineRange(ctx.input.lineIndex, line.node.range), newText: '' }] }],
    );
  }
}

/** Meaning rules of one line: they depend only on the line and the contract's header. */
export function checkLineMeaning(ctx: RuleContext, line: LineModel): void {
  const act = line.act;
  if (!act) return;
  // GR121: sector columns on an act without sectors.
  if (!act.doctor) {
    for (const column of Object.values(line.columns)) {
      if (column.key !== 'all' && column.variant.sector) {
        ctx.reportText(
          'GR121',
          column.variant.sector.range,
          `« ${act.label} » ne dépend pas du secteur du praticien : la colonne « ${column.variant.sector.value} » n'a pas de sens ici.`,
          `"${act.label}" does not depend on the practitioner's sector.`,
        );
        break;
      }
    }
  }

  for (const column of Object.values(line.columns)) {
    const noBase = act.nomenclature === 'HN' || act.nomenclature === 'sans_br';
    let hasPercent = false;
    let hasAmount = false;
    for (const term of column.terms) {
      const needsBase = term.kind === 'pct-br' || term.kind === 'tm' || (term.kind === 'frais-reels' && term.capPercentBr !== null);
      if (needsBase) hasPercent = true;
      if (term.kind === 'amount' || term.kind === 'pmss') hasAmount = true;
      // GR113: "% BR" on an item without a BR.
      if (needsBase && noBase) {
        const why = act.nomenclature === 'HN' ? "un acte hors nomenclature n'a pas de BR" : `« ${act.label} » n'a pas de base de remboursement`;
        // A regulated price is paid in full; otherwise an amount per the act's own unit (its typical price).
        const replacement =
          term.kind === 'frais-reels' || act.regulatedPrice
            ? '100 % FR'
            : `${frenchNumber(new Decimal(act.typicalPrice.default).toDecimalPlaces(0).toString())} € par ${act.unit}`;
        ctx.reportText(
          'GR113',
          term.range,
          `Ce terme ne paie rien : ${why}. Écrivez « 100 % FR » ou un montant en euros.`,
          `This term pays nothing: the item has no BR. Write "100 % FR" or a euro amount.`,
          [{ title: `Remplacer par « ${replacement} »`, edits: [{ range: term.range, newText: replacement }] }],
        );
      }
      // GR116: below 100 % BR under RO inclus.
      // (An option stacked on top of the socle adds its terms to the socle's part: nothing to compare with the TM.)
      if (
        term.kind === 'pct-br' &&
        term.basis === 'ro_inclus' &&
        !term.afterTm &&
        term.rate.lessThan(100) &&
        !noBase &&
        line.option?.mode !== 'en_sus_du_socle'
      ) {
        ctx.reportText(
          'GR116',
          term.range,
          `« ${term.rate.toString().replace('.', ',')} % BR » Sécu incluse couvre moins que le ticket modérateur : la Sécu paie déjà ${act.rate ? 'sa part' : 'une part'} de la BR. Vouliez-vous « en_sus » ?`,
          `"${String(term.rate)} % BR" with the Sécu included covers less than the ticket modérateur.`,
          [{ title: 'Couvrir le ticket modérateur (100 % BR)', edits: [{ range: term.range, newText: '100 % BR' }] }],
        );
      }
      // GR120: 100 % Santé outside the baskets.
      if (term.kind === '100-sante' && !act.sante100) {
        ctx.reportText(
          'GR120',
          term.range,
          `« ${act.label} » n'appartient pas à un panier 100 % Santé : « 100 % Santé » n'y paie rien.`,
          `"${act.label}" is not in a 100 % Santé basket.`,
        );
      }
    }
    // GR114: optical class B in % BR only.
    if (act.optiqueCase && hasPercent && !hasAmount) {
      const where = line.node.act.range;
      const floor = ctx.money(`cr.optique.${act.optiqueCase}.minimum`, where);
      const base = ctx.facts(line, column.key)?.base ?? null;
      if (floor && base) {
        const amount = `${frenchNumber(floor.toString())} € par equipement`;
        const end = column.terms[column.terms.length - 1]!.range.end;
        ctx.reportText(
          'GR114',
          column.range,
          `La BR d'un équipement de classe B est de ${euros(base)} : cette ligne ne paie que quelques centimes. Ajoutez un forfait en euros, au moins « + ${amount} » (plancher du cas ${act.optiqueCase}) en contrat responsable).`,
          `The BR of a class B pair is ${String(base)} €: this line pays a few cents. Add a euro amount.`,
          [{ title: `Ajouter « + ${amount} »`, edits: [{ range: { start: end, end }, newText: ` + ${amount}` }] }],
        );
      }
    }
    checkColumnEffect(ctx, line, column.key, hasPercent);
    checkUselessCap(ctx, line, column.key);
  }
}

/** GR115 (secteur 3 in % BR) and GR118 (a column that never pays anything). */
function checkColumnEffect(ctx: RuleContext, line: LineModel, key: ColumnKey, hasPercent: boolean): void {
  const column = line.columns[key]!;
  const act = line.act!;
  if (column.terms.every((t) => t.kind === 'none')) return;
  const facts = ctx.facts(line, key);
  if (!facts) return;
  const paysAtHighPrice = ctx.amcAt(line, column, RuleContext.HIGH_PRICE, facts);
  // Terms that cannot pay on this act are reported by GR113 / GR120 already.
  const voidTerm = column.terms.some(
    (t) =>
      (t.kind === '100-sante' && !act.sante100) || (!facts.base && (t.kind === 'pct-br' || t.kind === 'tm' || (t.kind === 'frais-reels' && t.capPercentBr))),
  );
  if (paysAtHighPrice && paysAtHighPrice.isZero() && !voidTerm) {
    ctx.reportText(
      'GR118',
      column.range,
      `Cette garantie ne paie jamais rien de plus que la Sécu, quel que soit le prix. Écrivez « non_couvert » si c'est voulu.`,
      'This guarantee never pays more than the Sécu, whatever the price.',
      [
        {
          title: 'Remplacer par « non_couvert »',
          edits: [{ range: { start: column.terms[0]!.range.start, end: column.terms[column.terms.length - 1]!.range.end }, newText: 'non_couvert' }],
        },
      ],
    );
  }
  if (key === 'non_conventionne' && act.doctor && hasPercent && facts.base) {
    const price = new Decimal(act.typicalPrice.non_conventionne ?? act.typicalPrice.default);
    const amc = ctx.amcAt(line, column, price, facts);
    if (amc) {
      ctx.reportText(
        'GR115',
        column.range,
        `En secteur 3, la BR est le tarif d'autorité de ${euros(facts.base)} : pour ${euros(price)} payés, la Sécu rembourse ${euros(facts.amo)} et cette ligne ${euros(amc)}, reste ${euros(price.minus(facts.amo).minus(amc))}. Un forfait en euros serait plus lisible.`,
        `For a non-contracted doctor the BR is the authority tariff of ${String(facts.base)} €: on ${String(price)} € paid, this line pays ${String(amc)} €.`,
      );
    }
  }
}

/**
 * GR119: a limit that can never bind. An annual cap at or above everything the line can pay in a
 * year (per-unit amounts × the count of units, plus yearly amounts); a cap per unit at or above the
 * most the line can pay on one unit whatever the price — only when that maximum is bounded and
 * known (« % BR », euro amounts, « % FR » capped in % BR, 100 % Santé; not uncapped « % FR »).
 */
function checkUselessCap(ctx: RuleContext, line: LineModel, key: ColumnKey): void {
  const column = line.columns[key]!;
  const { count, annualCap, unitCap } = column.limits;
  if (annualCap && column.terms.every((t) => t.kind === 'amount')) {
    const yearlyTerms = column.terms.reduce((sum, t) => (t.kind === 'amount' && t.per === 'an' ? sum.plus(t.amount) : sum), new Decimal(0));
    let perUnit = column.terms.reduce((sum, t) => (t.kind === 'amount' && t.per !== 'an' ? sum.plus(t.amount) : sum), new Decimal(0));
    if (unitCap) perUnit = Decimal.min(perUnit, unitCap.amount);
    // Per-unit amounts without a count of units can add up without end.
    if (perUnit.isZero() || count) {
      const fromUnits = count ? perUnit.times(count.value) : new Decimal(0);
      const yearly = fromUnits.plus(yearlyTerms);
      if (yearly.lessThanOrEqualTo(annualCap.amount)) {
        const how = perUnit.isZero()
          ? `la garantie paie ${euros(yearly)} par an`
          : `${count!.value} × ${euros(perUnit)}${yearlyTerms.isZero() ? '' : ` + ${euros(yearlyTerms)}`} = ${euros(yearly)} au plus par an`;
        ctx.reportText('GR119', annualCap.range, `Ce plafond ne peut jamais jouer : ${how}.`, `This cap can never bind: at most ${String(yearly)} € a year.`, [
          { title: 'Retirer le plafond', edits: [{ range: ctx.limitRemoval(annualCap.range), newText: '' }] },
        ]);
      }
    }
  }
  // A cap per unit on an option line caps the option's part, which depends on the socle: left out.
  if (unitCap && !line.option) {
    const act = line.act!;
    const facts = ctx.facts(line, key);
    if (!facts) return;
    const bounded = column.terms.every(
      (t) =>
        t.kind === 'amount' ||
        t.kind === 'pmss' ||
        t.kind === 'none' ||
        ((t.kind === 'pct-br' || t.kind === 'tm') && facts.base !== null) ||
        (t.kind === 'frais-reels' && t.capPercentBr !== null && facts.base !== null) ||
        (t.kind === '100-sante' && act.sante100 !== undefined),
    );
    if (!bounded || column.terms.every((t) => t.kind === 'none')) return;
    const { unitCap: _cap, ...uncapped } = column.limits;
    const most = ctx.amcAt(line, { ...column, limits: uncapped }, RuleContext.HIGH_PRICE, facts);
    if (most && most.lessThanOrEqualTo(unitCap.amount)) {
      const per = unitWord(unitCap.per ?? 'acte');
      ctx.reportText(
        'GR119',
        unitCap.range,
        `Ce plafond ne peut jamais jouer : quel que soit le prix, la garantie paie au plus ${euros(most)} par ${per} en plus de la Sécu.`,
        `This cap can never bind: whatever the price, the line pays at most ${String(most)} € per ${per}.`,
        [{ title: 'Retirer le plafond', edits: [{ range: ctx.limitRemoval(unitCap.range), newText: '' }] }],
      );
    }
  }
}

/** The whole source line of a node, line break included, for "delete this line" fixes. */
function lineRange(lines: LineIndex, range: { start: number; end: number }): { start: number; end: number } {
  const first = lines.positionAt(range.start).line;
  const last = lines.positionAt(range.end).line;
  // Up to the next line's start, so the line break goes too (the end of the text on the last line).
  return { start: lines.lineStart(first), end: last + 1 < lines.lineCount ? lines.lineStart(last + 1) : lines.lineEnd(last) };
}
