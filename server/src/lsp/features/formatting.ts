/** Document formatting: the grid aligned like a printed table, comments kept. */
import type { TextEdit } from 'vscode-languageserver';
import { formatGrid } from '../../services/formatting';
import { toRange } from '../convert';
import type { Feature } from '../feature';
import { guard } from '../guard';

export const formattingFeature: Feature = {
  name: 'formatting',
  capabilities: { documentFormattingProvider: true },
  register(ctx) {
    ctx.connection.onDocumentFormatting(
      guard('formatting', ctx.log, [] as TextEdit[], (params) => {
        const analysis = ctx.analysisOf(params.textDocument.uri);
        if (!analysis) return [];
        return formatGrid(analysis).map((e) => ({ range: toRange(analysis, e.range), newText: e.newText }));
      }),
    );
  },
};
