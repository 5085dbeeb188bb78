/**
 * Quick fixes: every finding of the rules registry that carries a fix (none for a rule set to `off`).
 *
 * A fix keeps the table aligned (services/aligned-fix.ts): that needs the fixed text analysed and
 * laid out, too much for every cursor move, so a client that resolves edits gets the actions
 * without them and the edit when one is chosen (`codeAction/resolve`); another client gets them at
 * once. The same fix offered by several findings (« correct every amount of the file ») is one
 * action listing them all.
 */
import { CodeActionKind, type CodeAction } from 'vscode-languageserver';
import { alignedFixEdits } from '../../services/aligned-fix';
import type { Analysis, Diagnostic as CoreDiagnostic } from '../../core';
import { severityOverridesFor, toLspDiagnostic, toOffset, toRange } from '../convert';
import type { Feature, FeatureContext } from '../feature';
import { guard } from '../guard';

/** What `codeAction/resolve` needs to find the fix again: the text it was offered on, the finding and the fix. */
interface FixData {
  uri: string;
  version: number;
  code: string;
  start: number;
  end: number;
  fix: number;
}

function isFixData(data: unknown): data is FixData {
  const d = data as Partial<FixData> | null;
  return (
    typeof d === 'object' &&
    d !== null &&
    typeof d.uri === 'string' &&
    typeof d.version === 'number' &&
    typeof d.code === 'string' &&
    typeof d.start === 'number' &&
    typeof d.end === 'number' &&
    typeof d.fix === 'number'
  );
}

function workspaceEdit(analysis: Analysis, uri: string, d: CoreDiagnostic, fix: number): CodeAction['edit'] {
  const edits = alignedFixEdits(analysis, d.fixes![fix]!.edits);
  return { changes: { [uri]: edits.map((e) => ({ range: toRange(analysis, e.range), newText: e.newText })) } };
}

function resolve(ctx: FeatureContext, action: CodeAction): CodeAction {
  if (!isFixData(action.data)) return action;
  const { uri, version, code, start, end, fix } = action.data;
  // The text changed since the action was offered: no edit rather than one made for another text.
  if (ctx.documents.get(uri)?.version !== version) return action;
  const analysis = ctx.fullAnalysisOf(uri);
  const d = analysis?.diagnostics.find((x) => x.code === code && x.range.start === start && x.range.end === end && x.fixes?.[fix]);
  if (!analysis || !d) return action;
  return { ...action, edit: workspaceEdit(analysis, uri, d, fix) };
}

export const codeActionsFeature: Feature = {
  name: 'code-actions',
  capabilities: { codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix], resolveProvider: true } },
  register(ctx) {
    ctx.connection.onCodeAction(
      guard('code-actions', ctx.log, [] as CodeAction[], (params) => {
        const uri = params.textDocument.uri;
        // GR401's fix (the computed amount in place of the written one) exists only in the full analysis.
        const analysis = ctx.fullAnalysisOf(uri);
        const version = ctx.documents.get(uri)?.version;
        if (!analysis || version === undefined) return [];
        const start = toOffset(analysis, params.range.start);
        const end = toOffset(analysis, params.range.end);
        const actions: CodeAction[] = [];
        // One action per distinct fix: its title and edits.
        const byFix = new Map<string, CodeAction>();
        const overrides = severityOverridesFor(uri, ctx.workspace.settings);
        const lazy = ctx.canResolveCodeActionEdits();
        for (const d of analysis.diagnostics) {
          if (!d.fixes || d.range.end < start || d.range.start > end) continue;
          const diagnostic = toLspDiagnostic(analysis, d, ctx.workspace.settings, overrides);
          // A rule set to `off` shows no finding, so no fix either.
          if (!diagnostic) continue;
          d.fixes.forEach((fix, i) => {
            const title = ctx.workspace.settings.language === 'en' ? (fix.titleEn ?? fix.title) : fix.title;
            const key = `${title}\u0000${JSON.stringify(fix.edits)}`;
            const same = byFix.get(key);
            if (same) {
              same.diagnostics!.push(diagnostic);
              return;
            }
            const action: CodeAction = { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic] };
            if (lazy) action.data = { uri, version, code: d.code, start: d.range.start, end: d.range.end, fix: i } satisfies FixData;
            else action.edit = workspaceEdit(analysis, uri, d, i);
            if (i === 0) action.isPreferred = true;
            byFix.set(key, action);
            actions.push(action);
          });
        }
        return actions;
      }),
    );
    // A fault answers the action as it came (no edit), never an empty answer.
    ctx.connection.onCodeActionResolve((action) => guard('code-action-resolve', ctx.log, action, () => resolve(ctx, action))());
  },
};
