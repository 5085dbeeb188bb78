/** Example reminders (written prior information) and style rules (numbers, section order, lines outside sections). */
import type { Fix } from '../../diagnostics/diagnostic';
import { formatEuros, plainSpaces } from '../../engine/money';
import type { GuaranteeLine } from '../../syntax/ast';
import type { Token } from '../../syntax/lexer';
import { normalizeWord, type LineIndex } from '../../syntax/text';
import type { Misformatted, RuleContext } from '../rule-context';

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
      ctx.report(
        'GR403',
        price?.range ?? event.event.node.act.range,
        `Honoraires de ${plainSpaces(formatEuros(fee))} par acte${overbilling} : à partir de ${plainSpaces(formatEuros(threshold.value))} dépassement compris, le professionnel remet une information écrite préalable (devis)${note}.`,
        `Fees of ${String(fee)} € or more including an overbilling require a written prior information (quote).`,
      );
    }
  }
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
    const problems: string[] = [];
    const expected = frenchNumber(token.value);
    if (token.text !== expected) problems.push(`« ${expected} »`);
    if (unit.start === token.end) problems.push(`une espace avant « ${unit.text} »`);
    if (problems.length > 0) found.push({ token, unit, expected, problems });
  }
  return found;
}

/** GR501: amounts written the French way (`1 234,56 €`, `150 %`). */
export function checkNumberFormatting(ctx: RuleContext): void {
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
      const fix: Fix = { title: `Écrire « ${expected} ${unit.text} »`, edits: [{ range: { start: token.start, end: unit.start }, newText: `${expected} ` }] };
      ctx.report(
        'GR501',
        { start: token.start, end: unit.end },
        `Écriture française attendue : ${problems.join(' et ')}.`,
        'French number formatting expected.',
        [fix],
      );
    }
  }
}

/** `1 234,56`: comma decimals, a space every three digits from 1 000 on; keeps the decimals written. */
export function frenchNumber(canonical: string): string {
  const dot = canonical.indexOf('.');
  const integer = dot === -1 ? canonical : canonical.slice(0, dot);
  // Most amounts are below 1 000: no grouping to do (the hot path on large grids).
  const grouped = integer.length >= 4 ? groupThousands(integer) : integer;
  return dot === -1 ? grouped : `${grouped},${canonical.slice(dot + 1)}`;
}

/** `1234567` → `1 234 567`, in one pass (a lookahead regex rescans the rest of the digits at each one). */
function groupThousands(digits: string): string {
  const head = digits.length % 3 || 3;
  const groups = [digits.slice(0, head)];
  for (let i = head; i < digits.length; i += 3) groups.push(digits.slice(i, i + 3));
  return groups.join(' ');
}

/** The UNOCAM order of the five harmonised headings. */
const UNOCAM_ORDER = ['hospitalisation', 'soins courants', 'dentaire', 'optique', 'aides auditives'];

/** GR502: the harmonised sections in the UNOCAM order. GR503: lines outside any section. */
export function checkStructure(ctx: RuleContext): void {
  let lastRank = -1;
  let lastName = '';
  for (const section of ctx.model.sections) {
    if (section.option) continue;
    const rank = UNOCAM_ORDER.indexOf(normalizeWord(section.name).replace(/_/g, ' ').trim());
    if (rank === -1) continue;
    if (rank < lastRank) {
      ctx.report(
        'GR502',
        section.node.headerRange,
        `Ordre UNOCAM : « ${section.name} » vient avant « ${lastName} » (Hospitalisation, Soins courants, Dentaire, Optique, Aides auditives).`,
        `UNOCAM order: "${section.name}" comes before "${lastName}".`,
      );
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
    ctx.report('GR503', line.act.range, 'Cette ligne n\'appartient à aucun poste : ajoutez un « poste "…" » au-dessus.', 'This line belongs to no section.', [
      {
        title: 'Ajouter un poste au-dessus',
        edits: [
          {
            range: { start: lineStart(ctx.input.lineIndex, line.range.start), end: lineStart(ctx.input.lineIndex, line.range.start) },
            newText: `poste "${lineOf!.get(line)?.act?.poste ?? line.act.text}"\n`,
          },
        ],
      },
    ]);
  }
}

function lineStart(lines: LineIndex, offset: number): number {
  return lines.lineStart(lines.positionAt(offset).line);
}
