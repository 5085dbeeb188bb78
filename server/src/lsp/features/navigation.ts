/** Go to definition (example act → its guarantee line; option line → socle line) and find references. */
import type { Location } from 'vscode-languageserver';
import { definitionAt, referencesAt } from '../../services/navigation';
import { toOffset, toRange } from '../convert';
import type { Feature } from '../feature';
import { guard } from '../guard';

export const navigationFeature: Feature = {
  name: 'navigation',
  capabilities: { definitionProvider: true, referencesProvider: true },
  register(ctx) {
    ctx.connection.onDefinition(
      guard('definition', ctx.log, null as Location | null, (params) => {
        const analysis = ctx.analysisOf(params.textDocument.uri);
        if (!analysis) return null;
        const target = definitionAt(analysis, toOffset(analysis, params.position));
        return target ? { uri: params.textDocument.uri, range: toRange(analysis, target) } : null;
      }),
    );
    ctx.connection.onReferences(
      guard('references', ctx.log, [] as Location[], (params) => {
        const analysis = ctx.analysisOf(params.textDocument.uri);
        if (!analysis) return [];
        return referencesAt(analysis, toOffset(analysis, params.position), params.context.includeDeclaration).map((r) => ({
          uri: params.textDocument.uri,
          range: toRange(analysis, r),
        }));
      }),
    );
  },
};
