/**
 * Counted units in words (« 1 séance », « 4 séances », « 2 fois »), the one place that writes them:
 * low enough in the core for the engine's trace, the rules' messages and the hovers alike.
 */
import type Decimal from '../decimal';

/** « par séance », « par jour »… for each unit word of the language. */
export const PER_FR: Record<string, string> = {
  acte: 'par acte',
  seance: 'par séance',
  consultation: 'par consultation',
  jour: 'par jour',
  nuit: 'par nuit',
  an: 'par an',
  equipement: 'par équipement',
  oreille: 'par oreille',
  oeil: 'par œil',
  verre: 'par verre',
  dent: 'par dent',
  semestre: 'par semestre',
  sejour: 'par séjour',
  boite: 'par boîte',
  trajet: 'par trajet',
  prothese: 'par prothèse',
  couronne: 'par couronne',
  pilier: 'par pilier',
  inter: 'par intermédiaire',
  implant: 'par implant',
  lentille: 'par lentille',
  monture: 'par monture',
};

export const PER_EN: Record<string, string> = {
  acte: 'per act',
  seance: 'per session',
  consultation: 'per consultation',
  jour: 'per day',
  nuit: 'per night',
  an: 'per year',
  equipement: 'per device',
  oreille: 'per ear',
  oeil: 'per eye',
  verre: 'per lens',
  dent: 'per tooth',
  semestre: 'per half-year',
  sejour: 'per stay',
  boite: 'per box',
  trajet: 'per trip',
  prothese: 'per prosthesis',
  couronne: 'per crown',
  pilier: 'per abutment',
  inter: 'per pontic',
  implant: 'per implant',
  lentille: 'per contact lens',
  monture: 'per frame',
};

/** Singular and plural of a counted unit, in words (« 1 séance », « 4 séances »). */
export function countWord(unit: string | null | undefined, n: Decimal | number, language: 'fr' | 'en' = 'fr'): string {
  const per = (language === 'en' ? PER_EN : PER_FR)[unit ?? ''];
  const singular = per ? per.replace(/^(par|per) /, '') : language === 'en' ? 'time' : 'fois';
  const plural = Number(n.toString()) > 1;
  if (!plural || singular === 'fois') return singular;
  if (language === 'en') return singular.endsWith('s') ? singular : `${singular}s`;
  return /[sxz]$/.test(singular) ? singular : singular.endsWith('eau') ? `${singular}x` : singular === 'œil' ? 'yeux' : `${singular}s`;
}

/** « 4 séances », « 1 fois », « 2 jours » (« 4 sessions », « 1 time »). */
export function countText(n: Decimal | number, unit: string | null | undefined, language: 'fr' | 'en' = 'fr'): string {
  return `${n.toString()} ${countWord(unit, n, language)}`;
}

/** « utilisé » / « utilisés », « couverte » / « couvertes »: a French participle agreed with its count. */
export function agreed(word: string, n: Decimal | number): string {
  return Number(n.toString()) > 1 ? `${word}s` : word;
}
