/**
 * Generated grids for benchmarks and fuzzing: realistic lines (every notation, sector columns,
 * limits, HN forfaits, examples), `lines` long. Deterministic for a given seed.
 */

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

/** A grid of about `lines` lines (header, sections, guarantee lines, a few examples). */
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
