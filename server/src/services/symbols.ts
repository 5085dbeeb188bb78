/** Outline (contract → formulas → sections → lines → examples) and folding ranges. */
import type { Analysis, GuaranteeLine, Language, SectionNode, Span } from '../core';
import { statusText } from './formulas';

export type SymbolKind = 'contract' | 'formula' | 'option' | 'section' | 'line' | 'example';

export interface OutlineSymbol {
  name: string;
  detail: string;
  kind: SymbolKind;
  range: Span;
  selectionRange: Span;
  children: OutlineSymbol[];
}

/** The outline's words, in the display language: « 3 lignes » / « 3 lines », « 1 cellule »… */
const WORDS = {
  fr: {
    count: (n: number, word: string) => `${n} ${word}${n > 1 ? 's' : ''}`,
    cell: 'cellule',
    line: 'ligne',
    act: 'acte',
    alone: 'seule',
    millesime: 'millésime',
    responsible: 'responsable',
    nonResponsible: 'non responsable',
  },
  en: {
    count: (n: number, word: string) => `${n} ${word}${n > 1 ? 's' : ''}`,
    cell: 'cell',
    line: 'line',
    act: 'act',
    alone: 'stands alone',
    millesime: 'millésime',
    responsible: 'responsible',
    nonResponsible: 'non-responsible',
  },
} as const;

function lineSymbol(line: GuaranteeLine, w: (typeof WORDS)[Language]): OutlineSymbol {
  // A row of formulas side by side says how many cells it gives.
  const cells = Math.max(0, ...line.variants.map((v) => v.cells?.length ?? 0));
  return {
    name: line.act.text,
    detail: [...line.variants.map((v) => (v.sector ? v.sector.value : '')), cells > 0 ? w.count(cells, w.cell) : ''].filter(Boolean).join(', '),
    kind: 'line',
    range: line.range,
    selectionRange: line.act.range,
    children: [],
  };
}

function sectionSymbol(section: SectionNode, w: (typeof WORDS)[Language]): OutlineSymbol {
  return {
    name: section.name?.value ?? 'poste',
    detail: w.count(section.lines.length, w.line),
    kind: 'section',
    range: section.range,
    selectionRange: section.headerRange,
    children: section.lines.map((l) => lineSymbol(l, w)),
  };
}

export function outline(analysis: Analysis, language: Language = 'fr'): OutlineSymbol[] {
  const w = WORDS[language];
  const doc = analysis.document;
  const children: OutlineSymbol[] = [];
  const formulas = analysis.model.formulas;
  for (const item of doc.items) {
    switch (item.kind) {
      case 'formula': {
        // Its status and how it stacks on the socle (the first formula is the socle).
        const model = formulas.find((f) => f.node === item);
        const stacking = !model || model.index === 0 ? 'socle' : (model.option?.mode ?? '');
        children.push({
          name: `formule ${item.name?.value ?? ''}`.trim(),
          detail: [model ? statusText(model, language) : '', stacking === 'remplace_socle' ? w.alone : stacking].filter(Boolean).join(', '),
          kind: 'formula',
          range: item.range,
          selectionRange: item.range,
          children: [],
        });
        break;
      }
      case 'section':
        children.push(sectionSymbol(item, w));
        break;
      case 'guarantee':
        children.push(lineSymbol(item, w));
        break;
      case 'option':
        children.push({
          name: `option ${item.name?.value ?? ''}`.trim(),
          detail: item.mode?.value ?? '',
          kind: 'option',
          range: item.range,
          selectionRange: item.headerRange,
          children: item.items.map((i) => (i.kind === 'section' ? sectionSymbol(i, w) : lineSymbol(i, w))),
        });
        break;
      case 'example':
        children.push({
          name: item.name?.value ?? 'exemple',
          detail: w.count(item.steps.filter((s) => s.kind === 'example-act').length, w.act),
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
    contract.millesime ? `${w.millesime} ${contract.millesime}` : '',
    contract.responsible ? w.responsible : contract.responsible === false ? w.nonResponsible : '',
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
      // A formula is one line: nothing to fold.
      if (s.kind !== 'contract' && s.kind !== 'formula') ranges.push(s.range);
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
