/** Example reminders (written prior information). */
import { formatEuros, plainSpaces } from '../../engine/money';
import type { RuleContext } from '../rule-context';

/**
 * GR403: fees of 70 € or more that include an overbilling (a price above the BR) call for a
 * written prior information (arrêté du 2 octobre 2008). Per act: the unit price, not price × quantity.
 */
export function checkWrittenInformation(ctx: RuleContext): void {
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
      const note = hn ? " (acte hors nomenclature : l'application de cette obligation aux actes sans BR est incertaine)" : '';
      const overbilling = base && !hn ? `, dont ${plainSpaces(formatEuros(fee.minus(base)))} de dépassement` : '';
      ctx.reportText(
        'GR403',
        price?.range ?? event.event.node.act.range,
        `Honoraires de ${plainSpaces(formatEuros(fee))} par acte${overbilling} : à partir de ${plainSpaces(formatEuros(threshold.value))} dépassement compris, le professionnel remet une information écrite préalable (devis)${note}.`,
        `Fees of ${String(fee)} € or more including an overbilling require a written prior information (quote).`,
      );
    }
  }
}
