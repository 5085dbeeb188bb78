/**
 * « Expliquer » lenses above each example (above every guarantee line too when
 * `grille.explainLenses` is `all`: a lens per line doubles the grid's height); the client's command
 * asks the server for the trace with the `grille/expliquer` request and shows it rendered. A
 * line's trace is also a link in its hover and the command « Expliquer ici ».
 */
import type { CodeLens } from 'vscode-languageserver';
import { LABELS } from '../../core';
import { EXPLAIN_COMMAND, EXPLAIN_REQUEST, type ExplainParams } from '../../protocol';
import { explainAt, explainExample, explainLine } from '../../services/explain';
import { toOffset, toRange } from '../convert';
import type { Feature } from '../feature';
import { guard } from '../guard';

export const codeLensFeature: Feature = {
  name: 'code-lens',
  capabilities: { codeLensProvider: { resolveProvider: false } },
  register(ctx) {
    ctx.connection.onCodeLens(
      guard('code-lens', ctx.log, [] as CodeLens[], (params) => {
        const analysis = ctx.stableAnalysisOf(params.textDocument.uri);
        if (!analysis) return [];
        const lenses: CodeLens[] = [];
        const where = ctx.workspace.settings.explainLenses;
        if (where === 'off') return [];
        const title = LABELS[ctx.workspace.settings.language].explain;
        for (const line of where === 'all' ? analysis.model.lines : []) {
          if (!line.act) continue;
          const args: ExplainParams = { uri: params.textDocument.uri, kind: 'line', key: line.node.range.start };
          lenses.push({ range: toRange(analysis, line.node.act.range), command: { title, command: EXPLAIN_COMMAND, arguments: [args] } });
        }
        analysis.model.examples.forEach((example, index) => {
          const args: ExplainParams = { uri: params.textDocument.uri, kind: 'example', key: index };
          lenses.push({ range: toRange(analysis, example.node.headerRange), command: { title, command: EXPLAIN_COMMAND, arguments: [args] } });
        });
        return lenses;
      }),
    );
    ctx.connection.onRequest(
      EXPLAIN_REQUEST,
      guard('explain', ctx.log, null as string | null, (params: ExplainParams) => {
        const analysis = ctx.stableAnalysisOf(params.uri);
        if (!analysis) return null;
        const { language, typicalPrices } = ctx.workspace.settings;
        if (params.kind === 'position' && params.position) return explainAt(analysis, toOffset(analysis, params.position), { typicalPrices }, language);
        return params.kind === 'line'
          ? explainLine(analysis, params.key, { typicalPrices }, language)
          : explainExample(analysis, params.key, undefined, language);
      }),
    );
  },
};
