/**
 * `grille examples`: runs every example case, prints pass/fail with the computed amounts; with
 * `--update`, rewrites the expected amounts in place (only the figures change: layout and comments
 * stay). `failures` counts the mismatches; `incalculable` the examples that could not be computed
 * (those stay failures with --update: there is no amount to write). The file is replaced
 * atomically; a file that is not UTF-8 never gets here (readGrid refuses it), so no byte is lost.
 */
import * as path from 'node:path';
import { analyze, formatEuros, plainSpaces, writtenAmount } from '../../core';
import { caseFormulaText } from '../../services/formulas';
import { writeFileAtomically } from '../atomic-write';
import { InputError, type GridInput } from '../inputs';

export function runExamplesCommand(inputs: GridInput[], cwd: string, update: boolean): { text: string; failures: number; incalculable: number } {
  const out: string[] = [];
  let passed = 0;
  let failures = 0;
  let incalculable = 0;
  for (const input of inputs) {
    const analysis = analyze(input.text);
    const edits: { start: number; end: number; text: string }[] = [];
    for (const outcome of analysis.examples) {
      for (const event of outcome.events) {
        // In a grid of formulas side by side, the formula the act is computed with follows the title.
        const computedWith = caseFormulaText(analysis.model, event.event.care?.option);
        const where = `${input.name}:${analysis.lineIndex.positionAt(event.event.node.range.start).line + 1}`;
        const title = `« ${outcome.example.name} »${computedWith ? ` (${computedWith})` : ''}`;
        if (!event.total) {
          failures++;
          incalculable++;
          out.push(
            `✗ ${where} ${title} ${event.event.node.act.text} : incalculable (${event.results.flatMap((r) => r.problems).join(' ') || "acte, date ou paramètre invalide : voir les constats de l'exemple"})`,
          );
          continue;
        }
        const t = event.total;
        const amounts = plainSpaces(`Sécu ${formatEuros(t.secu)} · mutuelle ${formatEuros(t.mutuelle)} · reste ${formatEuros(t.reste)}`);
        if (event.mismatches.length === 0) {
          passed++;
          out.push(`${event.event.expected ? '✓' : '='} ${where} ${title} ${event.event.node.act.text} : ${amounts}`);
          continue;
        }
        failures++;
        const detail = event.mismatches.map((m) => `${m.field} attendu ${plainSpaces(formatEuros(m.expected))}`).join(', ');
        out.push(`✗ ${where} ${title} ${event.event.node.act.text} : ${amounts} (${detail})`);
        for (const m of event.mismatches) {
          const range = event.event.expected![m.field]!.range;
          edits.push({ start: range.start, end: range.end, text: writtenAmount(m.computed) });
        }
      }
    }
    if (update && edits.length > 0) {
      let text = input.text;
      for (const e of edits.sort((a, b) => b.start - a.start)) text = text.slice(0, e.start) + e.text + text.slice(e.end);
      try {
        writeFileAtomically(path.resolve(cwd, input.name), text);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new InputError(`écriture impossible de ${input.name} : ${code ?? String(error)} ; le fichier est inchangé.`);
      }
      out.push(`  → ${input.name} : ${edits.length} montant(s) mis à jour`);
    }
  }
  const updated = failures - incalculable;
  out.push(
    `${passed} exemple(s) conforme(s), ${failures} en écart${update && updated > 0 ? ` (${updated} mis à jour${incalculable > 0 ? `, ${incalculable} incalculable(s) à corriger à la main` : ''})` : ''}.`,
  );
  return { text: out.join('\n'), failures, incalculable };
}
