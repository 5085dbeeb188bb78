/** Inline previews as inlay hints, only for the visible range; a setting turns them off or compacts them. */
import { InlayHintKind, type InlayHint } from 'vscode-languageserver';
import { previews } from '../../services/previews';
import { toOffset } from '../convert';
import type { Feature } from '../feature';
import { guard } from '../guard';

export const inlayHintsFeature: Feature = {
  name: 'inlay-hints',
  capabilities: { inlayHintProvider: true },
  register(ctx) {
    ctx.connection.languages.inlayHint.on(
      guard('inlay-hints', ctx.log, [] as InlayHint[], (params) => {
        // The ✓/✗ after an example's `attendu` line need the examples computed: the full analysis.
        const analysis = ctx.fullAnalysisOf(params.textDocument.uri);
        const settings = ctx.workspace.settings.previews;
        if (!analysis || !settings.enabled) return [];
        const typicalPrices = ctx.workspace.settings.typicalPrices;
        const range = { start: toOffset(analysis, params.range.start), end: toOffset(analysis, params.range.end) };
        return previews(analysis, range, { style: settings.style, typicalPrices, language: ctx.workspace.settings.language }).map((p) => ({
          position: analysis.lineIndex.positionAt(p.offset),
          label: p.label,
          kind: InlayHintKind.Parameter,
          paddingLeft: true,
          ...(p.paddingRight ? { paddingRight: true } : {}),
          tooltip: p.tooltip,
        }));
      }),
    );
  },
};
