/** Semantic tokens (full document), encoded relative to the previous token. */
import { semanticTokens, TOKEN_TYPES } from '../../services/semantic-tokens';
import type { Feature } from '../feature';
import { guard } from '../guard';

export const semanticTokensFeature: Feature = {
  name: 'semantic-tokens',
  capabilities: { semanticTokensProvider: { legend: { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [] }, full: true } },
  register(ctx) {
    ctx.connection.languages.semanticTokens.on(
      guard('semantic-tokens', ctx.log, { data: [] }, (params) => {
        const analysis = ctx.analysisOf(params.textDocument.uri);
        if (!analysis) return { data: [] };
        const data: number[] = [];
        let line = 0;
        let character = 0;
        for (const t of semanticTokens(analysis)) {
          const p = analysis.lineIndex.positionAt(t.start);
          const end = analysis.lineIndex.positionAt(t.start + t.length);
          // Tokens never span lines except a comment at most to its end: clamp to the line.
          const length = end.line === p.line ? t.length : analysis.lineIndex.lineEnd(p.line) - t.start;
          data.push(p.line - line, p.line === line ? p.character - character : p.character, length, TOKEN_TYPES.indexOf(t.type), 0);
          line = p.line;
          character = p.character;
        }
        return { data };
      }),
    );
  },
};
