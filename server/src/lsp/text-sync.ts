/**
 * How the server applies the editor's changes to its copy of a document. Every change's range is
 * clamped to the text it applies to before `TextDocument.update` sees it: with a range that starts
 * past the end, vscode-languageserver-textdocument 1.0.16 edits the text at the clamped offsets but
 * its line table at the raw line numbers, and the next edit lands at the wrong offset (the text is
 * duplicated). The LSP reads a position past the end of a line as the line's end, and one past the
 * last line as the end of the text; clamping says exactly that.
 */
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';

type Change = TextDocumentContentChangeEvent;
type Position = { line: number; character: number };

/** The position inside `document` that `position` designates (its offset, then back). */
function clampPosition(document: TextDocument, position: Position): Position {
  return document.positionAt(document.offsetAt(position));
}

function clampChange(document: TextDocument, change: Change): Change {
  if (!('range' in change)) return change;
  return { range: { start: clampPosition(document, change.range.start), end: clampPosition(document, change.range.end) }, text: change.text };
}

/** `TextDocuments`' configuration: `TextDocument`, with each change clamped to the text before it. */
export const clampedTextDocument = {
  create: TextDocument.create,
  update(document: TextDocument, changes: Change[], version: number): TextDocument {
    // One change at a time: each range refers to the text the previous changes left.
    let updated = document;
    for (const change of changes) updated = TextDocument.update(updated, [clampChange(updated, change)], version);
    if (changes.length === 0) updated = TextDocument.update(updated, [], version);
    return updated;
  },
};
