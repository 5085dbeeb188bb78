/**
 * Simulated keystrokes: one line of the grid changes per keystroke, spread over the whole file. As
 * when typing, the length changes, so everything after the edit moves: a digit is typed after the
 * amount of a `40 € par seance` forfait (`403 €`), then the next keystroke deletes it; then
 * another forfait further on. The same edits apply to the YAML form of the grid, which writes the
 * same forfaits.
 */

export interface Keystroke {
  /** Offset of the replaced characters in the text before the edit. */
  offset: number;
  /** 0-based line and character of the edit, for LSP incremental changes. */
  line: number;
  character: number;
  length: number;
  insert: string;
}

const ANCHOR = /40 € par seance/g;

export class KeystrokeSequence {
  private readonly offsets: number[];
  private count = 0;

  constructor(private text: string) {
    this.offsets = [...text.matchAll(ANCHOR)].map((m) => m.index);
    if (this.offsets.length === 0) throw new Error('no forfait to edit in this grid');
  }

  get current(): string {
    return this.text;
  }

  /** Applies the next keystroke; returns it and the new text. */
  next(): { keystroke: Keystroke; text: string } {
    const i = this.count++;
    const pair = Math.floor(i / 2);
    // After the amount's two digits. Offsets stay valid: each insertion is undone by the next keystroke.
    const offset = this.offsets[(pair * 7) % this.offsets.length]! + 2;
    const typing = i % 2 === 0;
    const insert = typing ? String(pair % 10) : '';
    const length = typing ? 0 : 1;
    const before = this.text.slice(0, offset);
    const lineStart = before.lastIndexOf('\n') + 1;
    let line = 0;
    for (let p = before.indexOf('\n'); p >= 0; p = before.indexOf('\n', p + 1)) line++;
    this.text = before + insert + this.text.slice(offset + length);
    return { keystroke: { offset, line, character: offset - lineStart, length, insert }, text: this.text };
  }
}
