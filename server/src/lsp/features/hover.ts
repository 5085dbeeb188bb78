/** Hover: glossary of domain terms, acts with their Sécu figures, what a line pays. */
import { MarkupKind, type Hover } from 'vscode-languageserver';
import { LABELS } from '../../core';
import { EXPLAIN_COMMAND, type ExplainParams } from '../../protocol';
import { hoverAt } from '../../services/hover';
import { contains, lineAt } from '../../services/locate';
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
        // On a guarantee line or in an example, a link to its trace (for the client that runs the command).
        const offset = toOffset(analysis, params.position);
        const explainable = lineAt(analysis, offset)?.act || analysis.model.examples.some((e) => contains(e.node.range, offset));
        const args: ExplainParams = { uri: params.textDocument.uri, kind: 'position', key: 0, position: params.position };
        const link =
          ctx.workspace.explainLinks && explainable
            ? `\n\n---\n\n[${LABELS[ctx.workspace.settings.language].explainLink}](command:${EXPLAIN_COMMAND}?${encodeURIComponent(JSON.stringify([args]))})`
            : '';
        return { contents: { kind: MarkupKind.Markdown, value: result.markdown + link }, range: toRange(analysis, result.range) };
      }),
    );
  },
};
