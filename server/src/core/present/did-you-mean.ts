/**
 * « Vouliez-vous dire … ? » after a mistyped name given by a person (a config key, a CLI option's
 * value): the one rule of `syntax/suggest.ts`, worded the way the message around it needs.
 */
import { didYouMean, suggest, type SuggestOptions } from '../syntax/suggest';

export interface DidYouMeanOptions extends SuggestOptions {
  /** `aside`: « (vouliez-vous dire « x » ?) » after the word, as the parser writes it; `sentence`: « Vouliez-vous dire « x » ? » after a full stop. */
  form?: 'aside' | 'sentence';
}

/** The French suggestion for `word` among `candidates`, with its leading space; empty when none is close. */
export function frenchDidYouMean(word: string, candidates: readonly string[], options: DidYouMeanOptions = {}): string {
  const best = suggest(word, candidates, options);
  if (!best) return '';
  return options.form === 'sentence' ? ` Vouliez-vous dire « ${best} » ?` : didYouMean(best)[0];
}
