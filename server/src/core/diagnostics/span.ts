/** Where a finding is: the lowest layer's vocabulary, so that every layer can name a range. */

/** Half-open source range, in UTF-16 offsets into the document text. */
export interface Span {
  start: number;
  end: number;
}

export interface Position {
  line: number;
  character: number;
}
