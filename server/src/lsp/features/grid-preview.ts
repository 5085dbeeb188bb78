/**
 * The grid preview (`grille/apercuGrille`): the page of `services/grid-preview.ts` for a document,
 * with the findings as the editor shows them (severities overridden) and the settings' typical
 * prices and language. The client shows it in a webview, or writes it to a file.
 */
import { analyze, applySeverityOverrides } from '../../core';
import { GRID_COMPARE_REQUEST, GRID_PREVIEW_REQUEST, type GridCompareParams, type GridPreviewParams, type GridPreviewResult } from '../../protocol';
import { gridDiff } from '../../services/grid-diff';
import { gridPreview, gridPreviewHtml } from '../../services/grid-preview';
import { severityOverridesFor } from '../convert';
import type { Feature } from '../feature';
import { guard } from '../guard';

export const gridPreviewFeature: Feature = {
  name: 'grid-preview',
  capabilities: {},
  register(ctx) {
    ctx.connection.onRequest(
      GRID_PREVIEW_REQUEST,
      guard('grid-preview', ctx.log, null as GridPreviewResult | null, (params: GridPreviewParams) => {
        const analysis = ctx.fullAnalysisOf(params.uri);
        if (!analysis) return null;
        const settings = ctx.workspace.settings;
        const diagnostics = applySeverityOverrides(analysis.diagnostics, severityOverridesFor(params.uri, settings, ctx.log));
        const preview = gridPreview(analysis, { language: settings.language, typicalPrices: settings.typicalPrices, diagnostics });
        const target = params.target === 'webview' ? { kind: 'webview' as const, nonce: params.nonce ?? '' } : { kind: 'standalone' as const };
        return { html: gridPreviewHtml(preview, target), textLength: analysis.text.length };
      }),
    );
    // The same page, marked with what changed since another version (the client sends its text).
    ctx.connection.onRequest(
      GRID_COMPARE_REQUEST,
      guard('grid-compare', ctx.log, null as GridPreviewResult | null, (params: GridCompareParams) => {
        const analysis = ctx.fullAnalysisOf(params.uri);
        if (!analysis || typeof params.other?.text !== 'string') return null;
        const settings = ctx.workspace.settings;
        const overrides = severityOverridesFor(params.uri, settings, ctx.log);
        const other = analyze(params.other.text);
        const diagnostics = applySeverityOverrides(analysis.diagnostics, overrides);
        const diff = gridDiff(other, analysis, {
          typicalPrices: settings.typicalPrices,
          oldDiagnostics: applySeverityOverrides(other.diagnostics, overrides),
          newDiagnostics: diagnostics,
        });
        const preview = gridPreview(analysis, {
          language: settings.language,
          typicalPrices: settings.typicalPrices,
          diagnostics,
          compare: { diff, label: String(params.other.label ?? '') },
        });
        const target = params.target === 'webview' ? { kind: 'webview' as const, nonce: params.nonce ?? '' } : { kind: 'standalone' as const };
        return { html: gridPreviewHtml(preview, target), textLength: analysis.text.length };
      }),
    );
  },
};
