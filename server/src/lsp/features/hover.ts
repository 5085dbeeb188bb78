/** Hover: glossary of domain terms, acts with their Sécu figures, what a line pays. */
import { MarkupKind, type Hover } from 'vscode-languageserver';
import { hoverAt } from '../../services/hover';
import { toOffset, toRange } from '../convert';
import type { Feature } from '../feature';
import { guard } from '../guard';

export const hoverFeature: Feature = {
  name: 'hover',
  capabilities: { hoverProvider: true },
  register(ctx) {
    ctx.connection.onHover(
      guard('hover', ctx.log, null as Hover | null, (params) => {
        const analysis = ctx.analysisOf(params.textDocument.uri);
        if (!analysis) return null;
        const result = hoverAt(analysis, toOffset(analysis, params.position), {
          language: ctx.workspace.settings.language,
          typicalPrices: ctx.workspace.settings.typicalPrices,
        });
        if (!result) return null;
        return { contents: { kind: MarkupKind.Markdown, value: result.markdown }, range: toRange(analysis, result.range) };
      }),
    );
  },
};
