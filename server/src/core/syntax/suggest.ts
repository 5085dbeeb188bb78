/**
 * « Vouliez-vous dire … ? » for a mistyped word: the closest candidate, or none when even the
 * closest is too far to be a typo (`banane` is not a misspelt `date`). One rule for the parser,
 * the config file and the CLI's options.
 */
import { closest, distance } from 'fastest-levenshtein';

export interface SuggestOptions {
  /** Edits always allowed, whatever the word's length (default 1). */
  atLeast?: number;
  /** Compare without case (option names as the grid writes them). */
  ignoreCase?: boolean;
}

/** At most `atLeast` edits for short words, then one more per three letters. */
export function suggest(word: string, candidates: readonly string[], options: SuggestOptions = {}): string | null {
  if (candidates.length === 0) return null;
  const best = closest(word, candidates);
  const [a, b] = options.ignoreCase ? [word.toLowerCase(), best.toLowerCase()] : [word, best];
  return distance(a, b) <= Math.max(options.atLeast ?? 1, Math.floor(word.length / 3)) ? best : null;
}

/** The French and English « (did you mean … ?) » suffixes for a suggestion, empty when there is none. */
export function didYouMean(suggestion: string | null | undefined): [string, string] {
  return suggestion ? [` (vouliez-vous dire « ${suggestion} » ?)`, ` (did you mean « ${suggestion} »?)`] : ['', ''];
}
