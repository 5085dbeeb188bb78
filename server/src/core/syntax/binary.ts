/**
 * Binary content is not a grid: the CLI refuses such a file and the language server does not
 * analyse such a document. A NUL character (a zero byte in UTF-8) never occurs in a text file a
 * person writes and almost always occurs in a binary one, and looking for it is one native scan.
 */
export function isBinaryContent(content: string | Uint8Array): boolean {
  return typeof content === 'string' ? content.includes('\u0000') : content.includes(0);
}
