/**
 * A line's conditions (`chambre particuliere (psychiatrie)`, `orthodontie (enfant de moins de 16
 * ans)`): what they mean, how they read, and whether a case meets them. The engine picks, among
 * the lines of an act, the one whose conditions the case meets (compute.ts#lineForCase).
 */
import type * as A from '../syntax/ast';
import type { CareCase, LineConditions } from './grid-model';

const STAY_LABEL: Record<A.StayKind, string> = {
  mco: 'médecine, chirurgie',
  psychiatrie: 'psychiatrie',
  ssr: 'soins de suite et de réadaptation',
  ambulatoire: 'ambulatoire',
  maternite: 'maternité',
};

/** The age the language assumes for a case that gives none: an adult (`age` on the act says otherwise). */
const ADULT = 18;

/** The conditions written on a line, typed; null when none (or none readable). */
export function buildConditions(node: A.LineConditionsNode | undefined): LineConditions | null {
  if (!node || node.items.length === 0) return null;
  const c: LineConditions = { key: '', label: '', range: node.range };
  for (const item of node.items) {
    switch (item.kind) {
      case 'age':
        if (item.below !== undefined) c.ageBelow = Math.min(c.ageBelow ?? Infinity, item.below);
        if (item.from !== undefined) c.ageFrom = Math.max(c.ageFrom ?? -Infinity, item.from);
        break;
      case 'stay':
        {
          const list = item.negated ? (c.notStays ??= []) : (c.stays ??= []);
          if (!list.includes(item.value)) list.push(item.value);
        }
        break;
      case 'establishment':
        c.conventionne = item.conventionne;
        break;
      case 'ald':
        c.ald = item.value;
        break;
    }
  }
  const parts: string[] = [];
  if (c.ageBelow !== undefined && c.ageFrom !== undefined) parts.push(`de ${c.ageFrom} à ${c.ageBelow - 1} ans`);
  else if (c.ageBelow !== undefined) parts.push(`moins de ${c.ageBelow} ans`);
  else if (c.ageFrom !== undefined) parts.push(`${c.ageFrom} ans et plus`);
  if (c.stays) parts.push(c.stays.map((s) => STAY_LABEL[s]).join(', '));
  if (c.notStays) parts.push(`hors ${c.notStays.map((s) => STAY_LABEL[s]).join(', ')}`);
  if (c.conventionne !== undefined) parts.push(c.conventionne ? 'établissement conventionné' : 'établissement non conventionné');
  if (c.ald !== undefined) parts.push(c.ald ? 'ALD' : 'hors ALD');
  if (parts.length === 0) return null;
  c.label = parts.join(' ; ');
  c.key = c.label;
  return c;
}

/** The kind of stay of a case: as written (`sejour …`), else from its flags and act, else médecine-chirurgie. */
export function stayOf(care: CareCase): A.StayKind {
  if (care.stay) return care.stay;
  if (care.flags.has('psychiatrie')) return 'psychiatrie';
  if (care.flags.has('maternite')) return 'maternite';
  if (care.act.id === 'chambre_particuliere_ambulatoire') return 'ambulatoire';
  return 'mco';
}

/** Whether a case meets a line's conditions (an age not given is an adult's). */
export function conditionsMet(c: LineConditions, care: CareCase): boolean {
  const age = care.age;
  if (c.ageBelow !== undefined && !(age !== null ? age < c.ageBelow : ADULT < c.ageBelow)) return false;
  if (c.ageFrom !== undefined && !(age !== null ? age >= c.ageFrom : c.ageFrom <= ADULT)) return false;
  const stay = stayOf(care);
  if (c.stays && !c.stays.includes(stay)) return false;
  if (c.notStays?.includes(stay)) return false;
  if (c.conventionne !== undefined && (care.conventionne ?? true) !== c.conventionne) return false;
  if (c.ald !== undefined && care.flags.has('ald') !== c.ald) return false;
  return true;
}

/** What a case is, as the conditions read it (for a message): `psychiatrie ; 40 ans`. */
export function caseFacts(care: CareCase): string {
  // The kind of stay only where it means something: a hospital act, or a stay the case states.
  const parts = care.act.hospital || care.stay || care.flags.has('psychiatrie') || care.flags.has('maternite') ? [STAY_LABEL[stayOf(care)]] : [];
  if (care.age !== null) parts.push(`${care.age} ans`);
  if (care.conventionne === false) parts.push('établissement non conventionné');
  if (care.flags.has('ald')) parts.push('ALD');
  return parts.length > 0 ? parts.join(' ; ') : 'adulte';
}
