/** Outline (contract → sections → lines → examples) and folding ranges. */
import type { Analysis, GuaranteeLine, SectionNode, Span } from '../core';

export type SymbolKind = 'contract' | 'option' | 'section' | 'line' | 'example';

export interface OutlineSymbol {
  name: string;
  detail: string;
  kind: SymbolKind;
  range: Span;
  selectionRange: Span;
  children: OutlineSymbol[];
}

function lineSymbol(line: GuaranteeLine): OutlineSymbol {
  return {
    name: line.act.text,
    detail: line.variants
      .map((v) => (v.sector ? v.sector.value : ''))
      .filter(Boolean)
      .join(', '),
    kind: 'line',
    range: line.range,
    selectionRange: line.act.range,
    children: [],
  };
}

function sectionSymbol(section: SectionNode): OutlineSymbol {
  return {
    name: section.name?.value ?? 'poste',
    detail: `${section.lines.length} ligne(s)`,
    kind: 'section',
    range: section.range,
    selectionRange: section.headerRange,
    children: section.lines.map(lineSymbol),
  };
}

export function outline(analysis: Analysis): OutlineSymbol[] {
  const doc = analysis.document;
  const children: OutlineSymbol[] = [];
  for (const item of doc.items) {
    switch (item.kind) {
      case 'section':
        children.push(sectionSymbol(item));
        break;
      case 'guarantee':
        children.push(lineSymbol(item));
        break;
      case 'option':
        children.push({
          name: `option ${item.name?.value ?? ''}`.trim(),
          detail: item.mode?.value ?? '',
          kind: 'option',
          range: item.range,
          selectionRange: item.headerRange,
          children: item.items.map((i) => (i.kind === 'section' ? sectionSymbol(i) : lineSymbol(i))),
        });
        break;
      case 'example':
        children.push({
          name: item.name?.value ?? 'exemple',
          detail: `${item.steps.filter((s) => s.kind === 'example-act').length} acte(s)`,
          kind: 'example',
          range: item.range,
          selectionRange: item.headerRange,
          children: [],
        });
        break;
    }
  }
  const header = doc.header;
  if (!header) return children;
  const contract = analysis.model.contract;
  const detail = [
    contract.millesime ? `millésime ${contract.millesime}` : '',
    contract.responsible ? 'responsable' : contract.responsible === false ? 'non responsable' : '',
  ]
    .filter(Boolean)
    .join(', ');
  return [
    {
      name: header.name?.value ?? 'contrat',
      detail,
      kind: 'contract',
      range: { start: header.range.start, end: doc.range.end },
      selectionRange: header.keywordRange,
      children,
    },
  ];
}

/** Folding: each section, option, example and multi-line guarantee line, and runs of comment lines. */
export function foldingRanges(analysis: Analysis): Span[] {
  const ranges: Span[] = [];
  const visit = (symbols: OutlineSymbol[]) => {
    for (const s of symbols) {
      if (s.kind !== 'contract') ranges.push(s.range);
      visit(s.children);
    }
  };
  visit(outline(analysis));
  const comments = analysis.document.comments;
  let runStart = -1;
  for (let i = 0; i < comments.length; i++) {
    const lineOf = (k: number) => analysis.lineIndex.positionAt(comments[k]!.range.start).line;
    if (runStart === -1) runStart = i;
    const next = comments[i + 1];
    if (!next || lineOf(i + 1) !== lineOf(i) + 1) {
      if (i > runStart) ranges.push({ start: comments[runStart]!.range.start, end: comments[i]!.range.end });
      runStart = -1;
    }
  }
  return ranges;
}
