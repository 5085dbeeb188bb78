/** `grille demo`: every grid of a folder with its previews, its examples and its findings. */
import { analyze, formatEuros, plainSpaces, previewLine } from '../../core';
import { formulaOf, isFormulaRow, rowLines } from '../../services/formulas';
import { formatText } from '../formats/text';
import type { GridInput } from '../inputs';

const COLUMN = { all: '', dptam: 'DPTAM', non_dptam: 'non DPTAM', non_conventionne: 'non conv.' } as const;

export function demo(inputs: GridInput[]): string {
  const out: string[] = [];
  for (const input of inputs) {
    const analysis = analyze(input.text);
    const c = analysis.model.contract;
    out.push(
      '',
      `━━ ${input.name} — ${c.name ?? '(sans nom)'}${c.millesime ? `, millésime ${c.millesime}` : ''}${c.responsible ? ', responsable' : ''}`,
      'Aperçus au prix typique :',
    );
    for (const line of analysis.model.lines) {
      if (!line.act) continue;
      const n = analysis.lineIndex.positionAt(line.node.range.start).line + 1;
      // A row of formulas side by side: each formula's cells, named.
      const row = isFormulaRow(analysis.model, line);
      for (const target of row ? rowLines(line) : [line]) {
        const tag = row ? ` [formule ${formulaOf(analysis.model, target)?.name ?? ''}]` : target.option ? ` [option ${target.option.name}]` : '';
        for (const p of previewLine(analysis.model, target)) {
          const r = p.result;
          const amounts = r.ok
            ? plainSpaces(`Sécu ${formatEuros(r.amoNet)} · mutuelle ${formatEuros(r.amc)} · reste ${formatEuros(r.reste)}`)
            : `incalculable (${r.problems.join(' ')})`;
          out.push(
            `  ${String(n).padStart(4)}  ${line.act.label}${tag}${COLUMN[p.column] ? ` (${COLUMN[p.column]})` : ''}, ${plainSpaces(formatEuros(r.price))} : ${amounts}`,
          );
        }
      }
    }
    const events = analysis.examples.flatMap((e) => e.events.map((ev) => ({ name: e.example.name, ev })));
    if (events.length > 0) {
      out.push('Exemples :');
      for (const { name, ev } of events) {
        const status = ev.total === null ? 'incalculable' : ev.mismatches.length > 0 ? 'ÉCHEC' : ev.event.expected ? 'ok' : 'calculé';
        const total = ev.total
          ? plainSpaces(`Sécu ${formatEuros(ev.total.secu)} · mutuelle ${formatEuros(ev.total.mutuelle)} · reste ${formatEuros(ev.total.reste)}`)
          : '';
        out.push(`  [${status}] ${name} — ${ev.event.node.act.text} : ${total}`);
      }
    }
    if (analysis.diagnostics.length > 0)
      out.push('Constats :', formatText([{ input, analysis, diagnostics: analysis.diagnostics }], false).replace(/^/gm, '  '));
  }
  out.push('', "Détail d'un calcul : grille explain <fichier>:<ligne>.");
  return out.join('\n');
}
