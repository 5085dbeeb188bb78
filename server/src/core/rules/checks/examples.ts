/**
 * The example family: GR401 when an expected amount written in an example disagrees with the
 * engine (with the computed figure, a one-line reason and the fix), GR402 when an example cannot be
 * computed. The engine runs the examples (engine/examples.ts); judging them is this rule's.
 */
import Decimal from '../../decimal';
import type { Finding } from '../../diagnostics/diagnostic';
import { writtenAmount, type EventOutcome, type ExampleOutcome } from '../../engine/examples';
import type { Reimbursement } from '../../engine/compute';
import { formatEuros, plainSpaces } from '../../engine/money';
import type { ExpectedField } from '../../syntax/ast';

const FIELD_LABEL: Record<ExpectedField, string> = { secu: 'Sécu', mutuelle: 'mutuelle', reste: 'reste à charge' };
const FIELD_LABEL_EN: Record<ExpectedField, string> = { secu: 'Sécu', mutuelle: 'mutuelle', reste: 'out-of-pocket' };

/** GR401 for each expected amount the engine disagrees with, GR402 for examples that cannot compute. */
export function exampleFindings(outcomes: ExampleOutcome[]): Finding<'GR401' | 'GR402'>[] {
  const diagnostics: Finding<'GR401' | 'GR402'>[] = [];
  for (const outcome of outcomes) {
    for (const eventOutcome of outcome.events) {
      const failed = eventOutcome.results.find((r) => !r.ok);
      if (failed) {
        diagnostics.push({
          code: 'GR402',
          message: `Exemple incalculable : ${failed.problems.join(' ')}`,
          messageEn: `This example cannot be computed: a parameter is missing at the date of care (${failed.problems.join(' ')}).`,
          range: eventOutcome.event.node.range,
        });
        continue;
      }
      for (const mismatch of eventOutcome.mismatches) {
        const expected = eventOutcome.event.expected![mismatch.field]!;
        const reason = mismatchReason(eventOutcome, mismatch.field);
        diagnostics.push({
          code: 'GR401',
          message: `${FIELD_LABEL[mismatch.field]} attendu ${plainSpaces(formatEuros(mismatch.expected))}, calculé ${plainSpaces(formatEuros(mismatch.computed))} : ${reason}`,
          messageEn: `${FIELD_LABEL_EN[mismatch.field]}: expected ${writtenAmount(mismatch.expected)} €, computed ${writtenAmount(mismatch.computed)} € (${mismatchReasonEn(eventOutcome, mismatch.field)})`,
          range: expected.range,
          fixes: [
            { title: `Remplacer par ${writtenAmount(mismatch.computed)}`, edits: [{ range: expected.range, newText: writtenAmount(mismatch.computed) }] },
          ],
        });
      }
    }
  }
  return diagnostics;
}

function euros(value: Decimal): string {
  return plainSpaces(formatEuros(value));
}

/**
 * On an acte lourd the Sécu paid the BR less the flat participation, not a % of the BR: that
 * participation, as the trace records it (null when the act was not one).
 */
function actesLourdsParticipation(result: Reimbursement): Decimal | null {
  const value = result.trace.find((t) => t.step === 'Actes lourds')?.parameters?.find((p) => p.id === 'pal.montant')?.value;
  return value === undefined ? null : new Decimal(value);
}

/** The same in English, shorter. */
function mismatchReasonEn(outcome: EventOutcome, field: ExpectedField): string {
  const first = outcome.results[0]!;
  const n = outcome.results.length;
  const times = n > 1 ? ` over ${n} acts` : '';
  switch (field) {
    case 'secu': {
      if (first.base === null) return `no BR for this act, the Sécu pays nothing${times}`;
      const withheld = first.participation.plus(first.franchise);
      const less = withheld.isZero() ? '' : `, less ${writtenAmount(withheld)} € withheld`;
      const pal = actesLourdsParticipation(first);
      if (pal)
        return `major act: the Sécu pays the BR of ${writtenAmount(first.base)} € less the ${writtenAmount(pal)} € major-act participation${less}${times}`;
      return `the Sécu pays ${String(first.amoRate)} % of the BR of ${writtenAmount(first.base)} €${less}${times}`;
    }
    case 'mutuelle':
      return `see the computation trace${times}`;
    case 'reste':
      return `price ${writtenAmount(outcome.total!.price)} € − Sécu ${writtenAmount(outcome.total!.secu)} € − mutuelle ${writtenAmount(outcome.total!.mutuelle)} €`;
  }
}

/** One line saying where the computed figure comes from. */
function mismatchReason(outcome: EventOutcome, field: ExpectedField): string {
  const first = outcome.results[0]!;
  const n = outcome.results.length;
  const times = n > 1 ? ` sur ${n} actes` : '';
  switch (field) {
    case 'secu': {
      if (first.base === null) return `pas de BR pour cet acte, la Sécu ne paie rien${times}.`;
      const withheld = [
        first.participation.isZero() ? '' : `${euros(first.participation)} de participation forfaitaire`,
        first.franchise.isZero() ? '' : `${euros(first.franchise)} de franchise`,
      ].filter(Boolean);
      const less = withheld.length > 0 ? `, moins ${withheld.join(' et ')}` : '';
      const pal = actesLourdsParticipation(first);
      if (pal)
        return `acte lourd : la Sécu paie la BR de ${euros(first.base)} moins la participation de ${euros(pal)} des actes lourds (au lieu du ticket modérateur)${less}${times}.`;
      return `la Sécu paie ${String(first.amoRate)} % de la BR de ${euros(first.base)}${less}${times}.`;
    }
    case 'mutuelle': {
      // The formula line of the trace says where the amount comes from, in one line.
      const formula = first.trace.find((t) => t.text.startsWith('Formule'));
      // Say "limits" only when they took something off what the formula gave.
      const capped = formula?.amount !== undefined && formula.amount.times(first.quantity).greaterThan(first.amc);
      if (!formula) {
        const why = first.trace.find((t) => t.step === 'Mutuelle' || t.step === 'Carence');
        return why ? `${why.text.charAt(0).toLowerCase()}${why.text.slice(1).replace(/\.$/, '')}${times}.` : `aucune ligne ne couvre cet acte${times}.`;
      }
      return `${plainSpaces(formula.text.replace(/^Formule/, 'formule').replace(/\.$/, ''))}${capped ? ', puis limites et plafonds' : ''}${times}.`;
    }
    case 'reste':
      return `prix ${plainSpaces(formatEuros(outcome.total!.price))} − Sécu ${plainSpaces(formatEuros(outcome.total!.secu))} − mutuelle ${plainSpaces(formatEuros(outcome.total!.mutuelle))}.`;
  }
}
