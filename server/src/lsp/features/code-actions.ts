/** Quick fixes: every finding of the rules registry that carries a fix (none for a rule set to `off`). */
import { CodeActionKind, type CodeAction } from 'vscode-languageserver';
import { severityOverridesFor, toLspDiagnostic, toOffset, toRange } from '../convert';
import type { Feature } from '../feature';
import { guard } from '../guard';

export const codeActionsFeature: Feature = {
  name: 'code-actions',
  capabilities: { codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] } },
  register(ctx) {
    ctx.connection.onCodeAction(
      guard('code-actions', ctx.log, [] as CodeAction[], (params) => {
        // GR401's fix (the computed amount in place of the written one) exists only in the full analysis.
        const analysis = ctx.fullAnalysisOf(params.textDocument.uri);
        if (!analysis) return [];
        const start = toOffset(analysis, params.range.start);
        const end = toOffset(analysis, params.range.end);
        const actions: CodeAction[] = [];
        const overrides = severityOverridesFor(params.textDocument.uri, ctx.workspace.settings);
        for (const d of analysis.diagnostics) {
          if (!d.fixes || d.range.end < start || d.range.start > end) continue;
          const diagnostic = toLspDiagnostic(analysis, d, ctx.workspace.settings, overrides);
          // A rule set to `off` shows no finding, so no fix either.
          if (!diagnostic) continue;
          d.fixes.forEach((fix, i) => {
            const action: CodeAction = {
              title: ctx.workspace.settings.language === 'en' ? (fix.titleEn ?? fix.title) : fix.title,
              kind: CodeActionKind.QuickFix,
              edit: { changes: { [params.textDocument.uri]: fix.edits.map((e) => ({ range: toRange(analysis, e.range), newText: e.newText })) } },
            };
            action.diagnostics = [diagnostic];
            if (i === 0) action.isPreferred = true;
            actions.push(action);
          });
        }
        return actions;
      }),
    );
  },
};
