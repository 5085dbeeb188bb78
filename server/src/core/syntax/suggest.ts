/**
 * « Vouliez-vous dire … ? » for a mistyped word: the closest candidate, or none when even the
 * closest is too far to be a typo (`banane` is not a misspelt `date`).
 */
import { closest, distance } from 'fastest-levenshtein';

/** At most one edit for short words, then one more per three letters. */
export function suggest(word: string, candidates: readonly string[]): string | null {
  if (candidates.length === 0) return null;
  const best = closest(word, candidates as string[]);
  return distance(word, best) <= Math.max(1, Math.floor(word.length / 3)) ? best : null;
}

/** The French and English « (did you mean … ?) » suffixes, empty when there is no suggestion. */
export function didYouMean(word: string, candidates: readonly string[], show: (s: string) => string = (s) => s): [string, string] {
  const best = suggest(word, candidates);
  return best ? [` (vouliez-vous dire « ${show(best)} » ?)`, ` (did you mean « ${show(best)} »?)`] : ['', ''];
}
