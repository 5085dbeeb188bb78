/**
 * Pull diagnostics (LSP 3.17), debounced. An edit during the wait makes the request stale: it is
 * answered ServerCancelled (-32802) with `retriggerRequest`, so the client asks again for the new
 * version; a `$/cancelRequest` from the client is answered RequestCancelled (-32800).
 */
import { DocumentDiagnosticReportKind, LSPErrorCodes, ResponseError, type DocumentDiagnosticReport } from 'vscode-languageserver';
import { severityOverridesFor, toLspDiagnostic } from '../convert';
import type { Feature } from '../feature';
import { guard } from '../guard';

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    timer.unref?.();
  });
}

export const diagnosticsFeature: Feature = {
  name: 'diagnostics',
  capabilities: { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } },
  register(ctx) {
    const empty: DocumentDiagnosticReport = { kind: DocumentDiagnosticReportKind.Full, items: [] };
    ctx.connection.languages.diagnostics.on(
      guard('diagnostics', ctx.log, empty, async (params, token) => {
        const document = ctx.documents.get(params.textDocument.uri);
        if (!document) return empty;
        const version = document.version;
        const wait = ctx.workspace.settings.debounceMs;
        if (wait > 0) await delay(wait);
        // The client gave up on this request: say so, it does not want an answer.
        if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'Demande annulée par le client');
        const current = ctx.documents.get(params.textDocument.uri);
        if (!current || current.version !== version) {
          // Stale: the client asks again for the new version.
          throw new ResponseError(LSPErrorCodes.ServerCancelled, 'Document modifié pendant l\'analyse', { retriggerRequest: true });
        }
        const analysis = ctx.workspace.analysis(current);
        const settings = ctx.workspace.settings;
        const overrides = severityOverridesFor(params.textDocument.uri, settings, ctx.log);
        const items = analysis.diagnostics.map((d) => toLspDiagnostic(analysis, d, settings, overrides)).filter((d): d is NonNullable<typeof d> => d !== null);
        return { kind: DocumentDiagnosticReportKind.Full, items };
      }),
    );
  },
};
