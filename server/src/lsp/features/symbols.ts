/** Document symbols (outline) and folding ranges. */
import { SymbolKind, type DocumentSymbol, type FoldingRange } from 'vscode-languageserver';
import { foldingRanges, outline, type OutlineSymbol } from '../../services/symbols';
import type { Analysis } from '../../core';
import { toRange } from '../convert';
import type { Feature } from '../feature';
import { guard } from '../guard';

const KIND: Record<OutlineSymbol['kind'], SymbolKind> = {
  contract: SymbolKind.File,
  formula: SymbolKind.Class,
  option: SymbolKind.Package,
  section: SymbolKind.Namespace,
  line: SymbolKind.Field,
  example: SymbolKind.Event,
};

function toSymbol(analysis: Analysis, s: OutlineSymbol): DocumentSymbol {
  const symbol: DocumentSymbol = {
    name: s.name || '—',
    kind: KIND[s.kind],
    range: toRange(analysis, s.range),
    selectionRange: toRange(analysis, s.selectionRange),
    children: s.children.map((c) => toSymbol(analysis, c)),
  };
  if (s.detail) symbol.detail = s.detail;
  return symbol;
}

export const symbolsFeature: Feature = {
  name: 'symbols',
  capabilities: { documentSymbolProvider: true, foldingRangeProvider: true },
  register(ctx) {
    ctx.connection.onDocumentSymbol(
      guard('symbols', ctx.log, [] as DocumentSymbol[], (params) => {
        const analysis = ctx.stableAnalysisOf(params.textDocument.uri);
        return analysis ? outline(analysis, ctx.workspace.settings.language).map((s) => toSymbol(analysis, s)) : [];
      }),
    );
    ctx.connection.onFoldingRanges(
      guard('folding', ctx.log, [] as FoldingRange[], (params) => {
        const analysis = ctx.stableAnalysisOf(params.textDocument.uri);
        if (!analysis) return [];
        return foldingRanges(analysis)
          .map((r) => ({ startLine: analysis.lineIndex.positionAt(r.start).line, endLine: analysis.lineIndex.positionAt(r.end).line }))
          .filter((r) => r.endLine > r.startLine);
      }),
    );
  },
};
