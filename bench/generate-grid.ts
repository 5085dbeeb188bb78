/**
 * Generated grids for benchmarks, tests and fuzzing. `realisticGrid` (the benchmark's): the
 * realistic samples' blocks repeated to the size wanted. `generateGrid`: synthetic lines (every
 * notation, sector columns, limits, HN forfaits, a few examples), `lines` long, deterministic for a
 * given seed.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from './lib/root';

const LINES: string[] = [
  'consultation generaliste    dptam 150 % BR   non_dptam 130 % BR   non_conventionne 30 €',
  'consultation specialiste    dptam 200 % BR   non_dptam 180 % BR',
  'actes techniques            dptam 175 % BR   non_dptam 150 % BR',
  'imagerie                    dptam 130 % BR   non_dptam 100 % BR',
  'biologie                    100 % BR',
  'auxiliaires medicaux        TM + 20 % BR',
  'pharmacie smr majeur        100 % BR',
  'pharmacie smr modere        100 % BR',
  'transport                   100 % BR',
  'honoraires chirurgicaux     dptam 250 % BR   non_dptam 200 % BR',
  'frais de sejour             100 % FR limité à 300 % BR',
  'forfait journalier          100 % FR',
  'forfait actes lourds        100 % FR',
  'chambre particuliere        2 % PMSS par jour, 60 jours par an',
  "frais d'accompagnant        1 % PMSS par nuit, 30 nuits par an",
  'soins dentaires             100 % BR',
  'couronne 100 sante          100 % Santé',
  'couronne tarifs maitrises   250 % BR',
  'couronne tarifs libres      100 % BR + 1 200 € par an',
  'implant dentaire            400 € par an, carence 6 mois',
  'optique classe a            100 % Santé, 1 equipement tous les 2 ans',
  'optique classe b verres simples     100 % BR + 150 € par equipement, 1 equipement tous les 2 ans',
  'optique classe b verres complexes   100 % BR + 300 € par equipement, 1 equipement tous les 2 ans',
  'chirurgie refractive        300 € par oeil',
  'aide auditive classe i      100 % Santé, 1 equipement tous les 4 ans',
  'aide auditive classe ii     100 % BR + 600 € par oreille, 1 equipement tous les 4 ans',
  'osteopathie                 40 € par seance, 4 seances par an',
  'chiropraxie                 250 € par an',
  'acupuncture                 35 € par seance, 3 seances par an   # médecine douce',
  'autres actes rembourses     100 % BR',
];

const EXAMPLES: string[] = [
  'acte consultation generaliste secteur 3 prix 50 €',
  'acte osteopathie prix 60 € fois 6',
  'acte chambre particuliere prix 100 € nuits 3',
  'acte consultation specialiste dptam prix 60 €',
];

/**
 * A synthetic grid of exactly `lines` lines (header, sections of the 30 lines above, a few
 * examples): the shape the tests (incremental analysis, large files) and the fuzzing build on.
 * The benchmark measures `realisticGrid`.
 */
export function generateGrid(lines: number, seed = 1): string {
  let state = seed >>> 0 || 1;
  const random = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  const out: string[] = ['# Grille générée pour les mesures de performance', 'contrat "Grille générée" millesime 2026 responsable base ro_inclus'];
  let section = 0;
  while (out.length < lines) {
    section++;
    out.push(`poste "Poste ${section}"`);
    const offset = Math.floor(random() * LINES.length);
    const count = Math.min(LINES.length, lines - out.length);
    for (let i = 0; i < count; i++) out.push(`  ${LINES[(offset + i) % LINES.length]}`);
    if (section % 5 === 0 && out.length < lines - 3) {
      out.push(`exemple "Exemple ${section}"`);
      out.push(`  ${EXAMPLES[section % EXAMPLES.length]}`);
    }
  }
  return out.slice(0, lines).join('\n') + '\n';
}

/** A sample's text cut into its header (up to the first `poste`, `option` or `exemple`) and its top-level blocks. */
function blocksOf(text: string): { header: string[]; blocks: string[][] } {
  const header: string[] = [];
  const blocks: string[][] = [];
  for (const line of text.replace(/\r\n/g, '\n').split('\n')) {
    if (/^(poste|option|exemple) /.test(line)) blocks.push([line]);
    else if (blocks.length > 0) blocks[blocks.length - 1]!.push(line);
    else header.push(line);
  }
  for (const block of blocks) while (block.length > 0 && block[block.length - 1]!.trim() === '') block.pop();
  return { header, blocks };
}

/**
 * The samples a realistic grid is made of: formulas side by side (`| … | … |` cells, sector rows
 * under an act), option blocks stacked on the socle, examples with their expected amounts.
 */
export const REALISTIC_SAMPLES = ['gamme-quatre-formules.grille', 'entreprise-socle-surcomplementaires.grille'] as const;

function readSample(name: string): string {
  return fs.readFileSync(path.join(repoRoot(), 'samples', name), 'utf8');
}

/** The block's name and the options it names, numbered by copy (formulas are declared once, in the header: kept). */
function rename(line: string, copy: number): string {
  return line.replace(/^((?:poste|option|exemple) "[^"]*)"/, `$1 (${copy})"`).replace(/ option "([^"]*)"/g, ` option "$1 (${copy})"`);
}

/**
 * A grid of about `lines` lines built from a realistic sample (`REALISTIC_SAMPLES[sample]`): its
 * header (contract, formulas), then its blocks — sections, options, examples — repeated, each copy
 * with its own names (`poste "Dentaire (3)"`, `option "Surcomplémentaire Confort (3)"` and the
 * examples that name it), so the grid reads as many contracts' tables of one insurer. Every copy
 * is the sample as written: the same findings (none) and the same examples' outcomes.
 */
export function realisticGrid(lines: number, sample = 0, copies = Infinity): string {
  const { header, blocks } = blocksOf(readSample(REALISTIC_SAMPLES[sample % REALISTIC_SAMPLES.length]!));
  const out: string[] = [...header];
  for (let copy = 1; out.length < lines && copy <= copies; copy++) {
    for (const block of blocks) {
      const renamed = block.map((line, i) => (i === 0 || /^\s*acte /.test(line) ? rename(line, copy) : line));
      out.push(...renamed, '');
      if (out.length >= lines) break;
    }
  }
  return out.join('\n') + '\n';
}
