/** Go to definition and find references: example acts and option lines point at the socle line of their act. */
import type { Analysis, LineModel, Span } from '../core';
import { contains, exampleEventAt, lineAt } from './locate';

function socleLine(analysis: Analysis, actId: string): LineModel | undefined {
  return analysis.model.lines.find((l) => !l.option && l.act?.id === actId);
}

export function definitionAt(analysis: Analysis, offset: number): Span | null {
  const located = exampleEventAt(analysis, offset);
  if (located?.event.care && contains(located.event.node.act.range, offset)) {
    const care = located.event.care;
    const optionLine = care.option ? analysis.model.options.find((o) => o.name === care.option)?.lines.find((l) => l.act?.id === care.act.id) : undefined;
    const target = optionLine ?? socleLine(analysis, care.act.id);
    return target ? target.node.range : null;
  }
  const line = lineAt(analysis, offset);
  if (line?.option && line.act && contains(line.node.act.range, offset)) {
    const target = socleLine(analysis, line.act.id);
    return target ? target.node.range : null;
  }
  return null;
}

/** Where the act of the line under the cursor is used: option lines and example acts. */
export function referencesAt(analysis: Analysis, offset: number, includeDeclaration: boolean): Span[] {
  const line = lineAt(analysis, offset);
  const actId = line?.act?.id ?? exampleEventAt(analysis, offset)?.event.care?.act.id;
  if (!actId) return [];
  const out: Span[] = [];
  for (const l of analysis.model.lines) if (l.act?.id === actId && (includeDeclaration || l !== line)) out.push(l.node.act.range);
  for (const example of analysis.model.examples) for (const event of example.events) if (event.care?.act.id === actId) out.push(event.node.act.range);
  return out;
}
