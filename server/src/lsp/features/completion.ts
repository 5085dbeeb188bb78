/** Completion: acts with their BR, keywords, units, sectors, snippets. */
import { CompletionItemKind, InsertTextFormat, type CompletionItem } from 'vscode-languageserver';
import { completionsAt, type CompletionKind } from '../../services/completion';
import { toOffset, toRange } from '../convert';
import type { Feature } from '../feature';
import { guard } from '../guard';

const KIND: Record<CompletionKind, CompletionItemKind> = {
  keyword: CompletionItemKind.Keyword,
  act: CompletionItemKind.Class,
  unit: CompletionItemKind.Unit,
  snippet: CompletionItemKind.Snippet,
  sector: CompletionItemKind.EnumMember,
  value: CompletionItemKind.Value,
};

export const completionFeature: Feature = {
  name: 'completion',
  capabilities: { completionProvider: { triggerCharacters: ['%'] } },
  register(ctx) {
    ctx.connection.onCompletion(
      guard('completion', ctx.log, [] as CompletionItem[], (params) => {
        const analysis = ctx.analysisOf(params.textDocument.uri);
        if (!analysis) return [];
        return completionsAt(analysis, toOffset(analysis, params.position), undefined, ctx.workspace.settings.language).map((entry, i) => {
          const item: CompletionItem = { label: entry.label, kind: KIND[entry.kind], sortText: String(i).padStart(4, '0') };
          if (entry.detail) item.detail = entry.detail;
          if (entry.documentation) item.documentation = entry.documentation;
          if (entry.replace) item.textEdit = { range: toRange(analysis, entry.replace), newText: entry.label };
          if (entry.insertText) {
            item.insertText = entry.insertText;
            if (entry.snippet) item.insertTextFormat = InsertTextFormat.Snippet;
          }
          return item;
        });
      }),
    );
  },
};
