/** Finds catalogue acts by what an author writes: accents, case, plural-free little words ignored. */
import { distance } from 'fastest-levenshtein';
import { normalizeWord } from '../syntax/text';
import { ACTS, type ActDefinition } from './acts';

/** Little words that carry no meaning in an act name ("frais de séjour" = "frais séjour"). */
const STOP_WORDS = new Set(['de', 'd', 'du', 'des', 'la', 'le', 'les', 'l', 'au', 'aux', 'en', 'et', 'pour', 'un', 'une', 'chez']);

/** Canonical key of an act name: normalized words without little words, joined by one space. */
export function actKey(words: string[] | string): string {
  const list = typeof words === 'string' ? words.split(/\s+/) : words;
  return list
    .flatMap((w) => normalizeWord(w).split(/[\s_']+/))
    .filter((w) => w.length > 0 && !STOP_WORDS.has(w))
    .join(' ');
}

/**
 * Names shared by several acts, which a line must make precise: each maps to the written names of
 * those acts (their first name), offered by `suggest` in that order.
 */
const AMBIGUOUS: Record<string, string[]> = {
  'optique classe b': ['optique_classe_b_a', 'optique_classe_b_b', 'optique_classe_b_c', 'optique_classe_b_d', 'optique_classe_b_e', 'optique_classe_b_f'],
  'equipement classe b': ['optique_classe_b_a', 'optique_classe_b_b', 'optique_classe_b_c', 'optique_classe_b_d', 'optique_classe_b_e', 'optique_classe_b_f'],
  'lunettes classe b': ['optique_classe_b_a', 'optique_classe_b_b', 'optique_classe_b_c', 'optique_classe_b_d', 'optique_classe_b_e', 'optique_classe_b_f'],
};

export class ActCatalogue {
  private readonly byKey = new Map<string, ActDefinition>();
  private readonly byId = new Map<string, ActDefinition>();
  private readonly ambiguous = new Map<string, string[]>();
  readonly keys: string[];

  constructor(readonly acts: ActDefinition[]) {
    for (const act of acts) {
      this.byId.set(act.id, act);
      // The identifier is a name too, unless a little word of it would be dropped: `optique_classe_b_d`
      // would then read as the bare « optique classe b », which names no single case.
      const idName = act.id.replace(/_/g, ' ');
      const idNames = actKey(idName).split(' ').length === idName.split(' ').length ? [idName] : [];
      for (const name of [...act.names, ...idNames]) {
        const key = actKey(name);
        if (!this.byKey.has(key)) this.byKey.set(key, act);
      }
    }
    for (const [name, ids] of Object.entries(AMBIGUOUS)) {
      const key = actKey(name);
      if (this.byKey.has(key)) continue;
      const names = ids.map((id) => this.byId.get(id)?.names[0]).filter((n): n is string => n !== undefined);
      if (names.length > 0) this.ambiguous.set(key, names);
    }
    this.keys = [...this.byKey.keys()];
  }

  find(words: string[]): ActDefinition | undefined {
    return this.byKey.get(actKey(words));
  }

  byIdentifier(id: string): ActDefinition | undefined {
    return this.byId.get(id);
  }

  /**
   * The closest written names, for "did you mean" (at most `count`, within a reasonable distance).
   * Names that contain every typed word (up to a plural or a one-letter typo) come first and, when
   * there are any, alone: « verre simple classe b » is a class B pair of simple lenses, not the
   * closer-spelled « verres simple complexe ».
   */
  suggest(words: string[], count = 3): readonly string[] {
    const key = actKey(words);
    if (key.length === 0) return [];
    // The same typo on many lines (a pasted block) is searched once: a search compares the typed
    // name with every name of the catalogue. The catalogue never changes, so the memo is exact.
    const memoKey = `${count}\u0000${key}`;
    let found = this.suggestions.get(memoKey);
    if (!found) {
      if (this.suggestions.size >= ActCatalogue.SUGGESTION_MEMO) this.suggestions.clear();
      found = this.search(key, count);
      this.suggestions.set(memoKey, found);
    }
    return found;
  }

  private readonly suggestions = new Map<string, string[]>();
  private static readonly SUGGESTION_MEMO = 2_000;

  private search(key: string, count: number): string[] {
    // A name shared by several acts: all of them, whatever `count`.
    const shared = this.ambiguous.get(key);
    if (shared) return shared;
    const limit = Math.max(2, Math.floor(key.length / 3));
    const typed = key.split(' ');
    const byDistance = (list: string[]) => list.map((k) => ({ k, d: distance(key, k) })).sort((a, b) => a.d - b.d || a.k.localeCompare(b.k));
    // Names sharing every typed word, with the fewest words besides (at most one more than the fewest).
    const sharing = typed.length >= 2 ? this.keys.filter((k) => containsAll(k.split(' '), typed)) : [];
    const extra = (k: string) => k.split(' ').length - typed.length;
    const fewest = Math.min(...sharing.map(extra));
    const scored = sharing.length > 0 ? byDistance(sharing.filter((k) => extra(k) <= fewest + 1)) : byDistance(this.keys).filter((s) => s.d <= limit);
    // One suggestion per act: its closest written name.
    const result: string[] = [];
    const acts = new Set<ActDefinition>();
    for (const s of scored) {
      const act = this.byKey.get(s.k)!;
      if (acts.has(act)) continue;
      acts.add(act);
      result.push(s.k);
      if (result.length >= count) break;
    }
    if (result.length === 0) {
      // A prefix or a contained word still makes a useful suggestion ("consult" → "consultation …").
      const contained = this.keys.filter((k) => k.startsWith(key) || k.split(' ').includes(key));
      result.push(...contained.slice(0, count));
    }
    return result;
  }
}

/** Whether every typed word is among a name's words, up to a final « s » or a one-letter typo (words of 4 letters or more). */
function containsAll(name: string[], typed: string[]): boolean {
  const stem = (w: string) => w.replace(/s$/, '');
  return typed.every((t) => name.some((n) => stem(n) === stem(t) || (t.length >= 4 && distance(stem(n), stem(t)) <= 1)));
}

export const defaultCatalogue = new ActCatalogue(ACTS);

/** The catch-all act « autres actes remboursés par la Sécurité sociale » (`ActDefinition.catchAll`). */
export const CATCH_ALL_ACT = ACTS.find((a) => a.catchAll)!.id;

/** Whether the catch-all line covers this act: one the Sécu reimburses (a BR and a rate), health care, coverable. */
export function catchAllCovers(act: ActDefinition): boolean {
  return !!act.base && !!act.rate && !act.catchAll && !act.nonSante && !act.neverCoverable;
}

const ORDERS = new WeakMap<ActDefinition, readonly string[]>();

/**
 * The act ids whose line covers this act, in the order they are looked up: its own, its category's
 * in turn (`coveredBy`, followed while it names another act), then the catch-all line's for an act
 * the Sécu reimburses. The engine, the model and the rules look lines up through it.
 */
export function coverageOrder(act: ActDefinition): readonly string[] {
  let order = ORDERS.get(act);
  if (!order) {
    const ids = [act.id];
    for (let next = act.coveredBy; next && !ids.includes(next); next = defaultCatalogue.byIdentifier(next)?.coveredBy) ids.push(next);
    if (catchAllCovers(act)) ids.push(CATCH_ALL_ACT);
    order = ids;
    ORDERS.set(act, order);
  }
  return order;
}

/** The first line of an index (by act id) that covers this act, in `coverageOrder`. */
export function coveringEntry<T>(index: ReadonlyMap<string, T>, act: ActDefinition): T | undefined {
  for (const id of coverageOrder(act)) {
    const found = index.get(id);
    if (found !== undefined) return found;
  }
  return undefined;
}
