/** The bounds the language server enforces on what one document can cost (docs/language-server.md). */

/**
 * Findings published for one document, the first ones by position; one more finding says how many
 * were left out. A crafted or garbled file can produce hundreds of thousands, which no one reads
 * and which make an answer of many megabytes.
 */
export const MAX_FINDINGS_PER_DOCUMENT = 1000;
