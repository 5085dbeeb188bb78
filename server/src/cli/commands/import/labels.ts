/**
 * A printed row label read as the language's act: footnote marks and parenthesised precisions set
 * apart, a sector phrase (« DPTAM », « Médecins non adhérents à l'OPTAM ») read as the sector
 * column, then the act found in the catalogue by its names, else by the printed labels of real
 * grids below (« Honoraires chirurgicaux et d'anesthésie », « Verres complexes »), else by the
 * language's « vouliez-vous dire » when it is a near miss; else the label is unknown and becomes a
 * `hors_nomenclature` line to review.
 */
import { actKey, defaultCatalogue, suggest, type ActDefinition } from '../../../core';

export type Sector = 'dptam' | 'non_dptam' | 'non_conventionne';

export type Match = 'exact' | 'synonym' | 'suggestion' | 'unknown';

export interface LabelReading {
  /** The label as printed, spaces cleaned. */
  printed: string;
  /** Footnote marks, as the language writes them: `(1)`, `(*)`, `*`. */
  marks: string[];
  /** Parenthesised precisions (« (psychiatrie) », « (par nuit) »), without their parentheses. */
  groups: string[];
  /** The sector the label names, if any. */
  sector: Sector | null;
  /** Nothing but a sector (« Non DPTAM »): a sector row of the act above. */
  sectorOnly: boolean;
  /** The words the act is looked up by. */
  words: string;
  act: ActDefinition | null;
  match: Match;
  /** For an unknown label: the catalogue's closest names, too far to be a typo. */
  closest: readonly string[];
}

/** Plain lowercase words without accents or punctuation: « Médecins non-adhérents (OPTAM) » → `medecins non adherents optam`. */
export function plainWords(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const SUPERSCRIPTS: Record<string, string> = { '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9' };

/** Footnote marks at the end (or start) of a text, set apart: `Chambre particulière (1)*` → marks `(1)`, `*`. */
export function splitMarks(text: string): { text: string; marks: string[] } {
  const marks: string[] = [];
  let rest = text.trim();
  for (;;) {
    const m = /(\s*)(\((?:\d{1,2}|\*+)\)|\*+|[⁰¹²³⁴⁵⁶⁷⁸⁹]+)$/.exec(rest);
    if (!m || m.index === 0) break;
    const mark = m[2]!;
    marks.unshift(/^[⁰-⁹¹²³]/.test(mark) ? `(${[...mark].map((c) => SUPERSCRIPTS[c] ?? c).join('')})` : mark);
    rest = rest.slice(0, m.index).trimEnd();
  }
  return { text: rest, marks };
}

const SECTOR_PATTERNS: [Sector, RegExp][] = [
  ['non_conventionne', /\b(non conventionnes?|secteur 3|hors convention)\b/g],
  [
    'non_dptam',
    /\b(non (adherents?|signataires?)( (a|aux?|de))?( l)?( (optam|dptam)( co| aco)?)?|non (dptam|optam)( co| aco)?|hors (dptam|optam)( co| aco)?)\b/g,
  ],
  ['dptam', /\b((adherents?|signataires?)( (a|aux?|de))?( l)?( (optam|dptam)( co| aco)?)?|dptam|optam( co| aco)?)\b/g],
];

/** Words that go with a sector phrase and name no act (« médecins adhérents », « dont secteur 2 »). */
const SECTOR_FILLERS = new Set([
  'medecin',
  'medecins',
  'praticien',
  'praticiens',
  'dont',
  'secteur',
  'secteurs',
  '1',
  '2',
  'et',
  'ou',
  'l',
  'a',
  'au',
  'aux',
  'ou',
  'contrat',
  'contrats',
  'acces',
  'soins',
  'pratique',
  'tarifaire',
  'maitrisee',
]);

/** The sector a label names and the words left once it is taken out. */
export function splitSector(words: string): { sector: Sector | null; rest: string } {
  for (const [sector, pattern] of SECTOR_PATTERNS) {
    if (!new RegExp(pattern.source).test(words)) continue;
    const rest = words.replace(pattern, ' ').replace(/\s+/g, ' ').trim();
    return { sector, rest };
  }
  return { sector: null, rest: words };
}

/**
 * Printed labels of real grids that are not among the catalogue's names, as patterns on the plain
 * words, each with the catalogue name it means; the most specific first.
 */
const PRINTED_LABELS: [RegExp, string][] = [
  [/\bhonoraires?\b.*\b(chirurg|anesth|obstetri|medicaux|praticiens)/, 'honoraires chirurgicaux'],
  [/\bchambres? (particulieres?|individuelles?)\b.*\b(ambulatoire|jour|sans nuitee)\b/, 'chambre particuliere ambulatoire'],
  [/\bchambres? (particulieres?|individuelles?)\b/, 'chambre particuliere'],
  [/\bforfait (journalier|hospitalier)\b/, 'forfait journalier'],
  [/\b(frais (de )?sejour|hospitalisation (medicale|chirurgicale)|frais hospitali)/, 'frais de sejour'],
  [/\b(accompagnant|lit d accompagnant)/, 'frais accompagnant'],
  [/\b(consultations?|visites?)\b.*\bgeneralistes?\b/, 'consultation generaliste'],
  [/\b(consultations?|visites?)\b.*\bspecialistes?\b/, 'consultation specialiste'],
  [/\b(pharmacie|medicaments?)\b.*\b65\b/, 'pharmacie 65'],
  [/\b(pharmacie|medicaments?)\b.*\b30\b/, 'pharmacie 30'],
  [/\b(pharmacie|medicaments?)\b.*\b15\b/, 'pharmacie 15'],
  [/\b(analyses|laboratoire|biologie)\b/, 'biologie'],
  [/\b(radiologie|imagerie|radiographies?)\b/, 'imagerie'],
  [/\b(auxiliaires? medicaux|kinesitherap|infirmier|orthophon|orthopt)/, 'auxiliaires medicaux'],
  [/\bactes? techniques?\b/, 'actes techniques'],
  [/\btransports?\b/, 'transport'],
  [/\bverres?\b.*\btres complexes?\b/, 'optique classe b verres tres complexes'],
  [/\bverres?\b.*\b(mixtes?|simples? (et |ou )?complexes?)\b/, 'optique classe b verres mixtes'],
  [/\bverres?\b.*\bcomplexes?\b/, 'optique classe b verres complexes'],
  [/\bverres?\b.*\bsimples?\b/, 'optique classe b verres simples'],
  [/\b(equipements?|lunettes|optique)\b.*\b(100 sante|classe a|panier a)\b/, 'optique classe a'],
  [/\bmontures?\b/, 'monture classe b'],
  [/\blentilles?\b.*\b(non remboursees?|refusees?|non prises? en charge)\b/, 'lentilles'],
  [/\blentilles?\b.*\b(remboursees?|prises? en charge|acceptees?)\b/, 'lentilles remboursees'],
  [/\bchirurgie refractive|\blasik\b/, 'chirurgie refractive'],
  [/\b(aides? auditives?|audioprothes|appareils? auditifs?)\b.*\b(classe ii|classe 2|hors 100 sante|tarifs? libres?)\b/, 'aide auditive classe ii'],
  [/\b(aides? auditives?|audioprothes|appareils? auditifs?)\b.*\b(classe i|classe 1|100 sante)\b/, 'aide auditive classe i'],
  [/\b(piles|accessoires|entretien)\b.*\b(auditi|audioprothes)/, 'piles aides auditives'],
  [/\b(protheses?|couronnes?|dentaires?)\b.*\b100 sante\b/, 'couronne 100 sante'],
  [/\b(protheses?|couronnes?|dentaires?)\b.*\b(tarifs? maitrises?|panier maitrise|modere)/, 'couronne tarifs maitrises'],
  [/\b(protheses?|couronnes?|dentaires?)\b.*\b(tarifs? libres?|panier libre|honoraires libres)/, 'couronne tarifs libres'],
  [/\b(soins dentaires|soins conservateurs|consultations? dentaires?)\b/, 'soins dentaires'],
  [/\bimplant/, 'implant dentaire'],
  [/\borthodontie\b.*\b(non remboursee|refusee|adulte|non prise en charge)\b/, 'orthodontie non remboursee'],
  [/\borthodontie\b/, 'orthodontie'],
  [/\bparodont/, 'parodontologie'],
  [/\bosteopath/, 'osteopathie'],
  [/\bchiropra/, 'chiropraxie'],
  [/\bacupunct/, 'acupuncture'],
  [/\bcures? thermales?\b/, 'cure thermale'],
  [/\bmedecines? (douces?|alternatives?|complementaires?|naturelles?)\b/, 'medecines douces'],
  [/\bautres (actes|soins|frais)\b.*\b(rembourses?|pris en charge)\b/, 'autres actes rembourses'],
];

/** The catalogue act of a name, or null. */
function findAct(words: string): ActDefinition | null {
  return words ? (defaultCatalogue.find(words.split(' ')) ?? null) : null;
}

/** Reads a printed label (see the module's comment). */
export function readLabel(label: string): LabelReading {
  const printed = label.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  const { text, marks } = splitMarks(printed.replace(/\s*:$/, ''));
  // Parenthesised precisions: conditions the language may read, or words of the printed label.
  const groups: string[] = [];
  const outside = text.replace(/\(([^()]*)\)/g, (_, inner: string) => {
    const mark = /^(\d{1,2}|\*+)$/.exec(inner.trim());
    if (mark) marks.push(`(${mark[1]})`);
    else if (inner.trim()) groups.push(inner.trim());
    return ' ';
  });
  const { sector, rest } = splitSector(plainWords(outside));
  const sectorOnly = sector !== null && rest.split(' ').every((w) => w === '' || SECTOR_FILLERS.has(w));
  const words = sectorOnly ? '' : rest;
  const reading: LabelReading = { printed, marks, groups, sector, sectorOnly, words, act: null, match: 'unknown', closest: [] };
  if (sectorOnly || !words) return reading;
  const exact = findAct(words);
  if (exact) return { ...reading, act: exact, match: 'exact' };
  for (const [pattern, name] of PRINTED_LABELS) {
    if (!pattern.test(words)) continue;
    const act = findAct(name);
    if (act) return { ...reading, act, match: 'synonym' };
  }
  // The language's « vouliez-vous dire »: a close name is a typo of it; a far one is only shown.
  const closest = defaultCatalogue.suggest(words.split(' '), 3);
  const key = actKey(words);
  const near = suggest(key, closest.slice(0, 1));
  const act = near ? findAct(near) : null;
  if (act) return { ...reading, act, match: 'suggestion', closest };
  return { ...reading, closest };
}

/** Words of the language a made-up act name must not contain (they would start another part of the line). */
const RESERVED = new Set([
  'hors',
  'nomenclature',
  'par',
  'an',
  'ans',
  'dans',
  'limite',
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  'et',
  'ou',
  'en',
  'sus',
  'au',
  'aux',
  'a',
  'poste',
  'formule',
  'option',
  'exemple',
  'note',
  'contrat',
  'acte',
  'attendu',
  'situation',
  'plafond',
  'carence',
  'commun',
  'prix',
  'typique',
  'euros',
  'euro',
  'eur',
  'br',
  'brss',
  'fr',
  'tm',
  'ro',
  'rss',
  'mr',
  'pmss',
  'dptam',
  'optam',
  'non',
  'secteur',
  'forfait',
  'frais',
  'reels',
  'neant',
  'inclus',
  'incluse',
  'sante',
  'plv',
  'hlf',
  'jour',
  'jours',
  'nuit',
  'seance',
  'seances',
  'limite',
  'maximum',
  'maxi',
]);

/** An act name for a label the catalogue does not know: its plain words, the language's own taken out (« bilan podologique »). */
export function madeUpActName(reading: LabelReading, fallback: string): string {
  const words = reading.words.split(' ').filter((w) => /^[a-z][a-z0-9]*$/.test(w) && !RESERVED.has(w));
  return words.slice(0, 5).join(' ') || fallback;
}
