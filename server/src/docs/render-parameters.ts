/** docs/parameters.md from the parameter data: every figure with its periods, source and confidence. */
import Decimal from 'decimal.js';
import { formatEuros, formatPercent, type ParameterDefinition, PARAMETERS, plainSpaces } from '../core';

export const CONFIDENCE = { confirmed: '✅ confirmé', secondary: '🟡 secondaire', uncertain: '❓ incertain' } as const;

const GROUPS: [string, string][] = [
  ['pmss', 'Plafond de la Sécurité sociale'],
  ['taux', 'Taux de remboursement de la Sécu (AMO)'],
  ['rl', "Régime local d'Alsace-Moselle (taux régime local compris)"],
  ['dom', "Départements d'outre-mer : coefficients de la LPP"],
  ['parcours', 'Parcours de soins'],
  ['pf', 'Participation forfaitaire'],
  ['franchise', 'Franchises médicales'],
  ['pal', 'Participation actes lourds'],
  ['fjh', 'Forfait journalier hospitalier'],
  ['fpu', 'Forfait patient urgences'],
  ['sejour', 'Séjours hospitaliers'],
  ['ta', "Tarifs d'autorité (secteur 3)"],
  ['br', 'Bases de remboursement'],
  ['typique', 'Bases illustratives des aperçus'],
  ['plv', '100 % Santé : prix limites de vente'],
  ['hlf', '100 % Santé : honoraires limites de facturation'],
  ['cr', 'Contrat responsable'],
  ['ani', 'Panier minimum des contrats collectifs'],
  ['seuil', 'Information du patient'],
];

/** A parameter's value as docs show it (`95,00 €`, `70 %`, `2 ans`, `6 mois`). */
export function value(definition: ParameterDefinition, raw: string | boolean | null): string {
  if (raw === null) return '(fin)';
  if (typeof raw === 'boolean') return raw ? 'oui' : 'non';
  const d = new Decimal(raw);
  if (definition.unit === 'EUR') return plainSpaces(formatEuros(d));
  if (definition.unit === 'percent') return plainSpaces(formatPercent(d));
  if (definition.unit === 'days') return `${raw} ${d.equals(1) ? 'jour' : 'jours'}`;
  // A period under a year reads in months (« 6 mois », not « 0.5 ans »).
  if (d.lessThan(1)) return `${d.times(12).toString()} mois`;
  return `${raw} ${d.equals(1) ? 'an' : 'ans'}`;
}

const cell = (s: string) => s.replace(/\|/g, '\\|');

/**
 * What the review of issue 16 (the 2026 figures, and the series back to 2015) could and could not
 * confirm, with its sources: prose, because it says what was searched as well as what was found.
 * The research notes behind it are docs/parameters-research-2026.md.
 */
const REVIEW_2026: string[] = [
  '## The 2026 review (issue 16): what is confirmed and what is not',
  '',
  'The figures below were checked against stored copies of official texts (the Code de la sécurité sociale',
  'consolidated on 14/03/2026 by Légifrance, JORF copies, ameli, service-public) and of the press; the notes',
  'are in `docs/parameters-research-2026.md`. Nothing dated after 14/03/2026 could be checked in an official',
  'text.',
  '',
  '**Confirmed** (official text read):',
  '',
  '- PAL 24 € from 2019-01-01 and its threshold of 120 € (CSS R160-16, décret n° 2018-1257), due once per stay and removed from the 31st day (the engine applies both to the acts an example marks `sejour`: docs/engine.md, « Hospital stays »);',
  '- PMSS 2015 (arrêté of 26/11/2014, Légifrance) and 2026: 4 005 € (arrêté of 22/12/2025, JORF of 23/12/2025);',
  '- the contrat responsable caps of R871-2: optical classes a) to f), frame 100 €, class II hearing aid 1 700 €, all including the Sécu and the ticket modérateur;',
  '- the 100 % Santé dates: optics and dental for contracts from 2020-01-01, hearing aids from 2021-01-01 (décret n° 2019-21);',
  '- the PF range of 2 to 3 € (R160-19, from 18/02/2024), four PF a day (D160-8), the franchises of 2024-03-31 (D160-9 to D160-11);',
  '- the FPU of 19,61 € / 8,49 € from 2022-01-01 (arrêté of 17/12/2021) and its exemptions in maternity and for newborns under 30 days (L160-13 I, L160-14 11°, R160-17, R160-17-1 II 1° and 2°; the engine applies them: `maternite`, `age 0`).',
  '',
  '**Secondary** (several concordant press or professional sources, the official text not read):',
  '',
  '- forfait journalier 23 € (psychiatry 17 €) and FPU 23 € (reduced 9,96 €) from 2026-03-01: the press cites an arrêté of the JO of 28/02/2026;',
  '- PAL 32 €: the amount (AFP 23/02/2026, Que Choisir 01/03/2026);',
  '- the consultation step planned for 1 July 2025 applied on 2026-01-01: psychiatrist 57 € (75 € under 25), gynaecologist 40 €, geriatrician 42 €, paediatrician under 2 40 €, COE 60 €, physiotherapy AMS 8,1 (17,90 €);',
  '- G 23 € (2011), 25 € (2017-05-01), 26,50 € (2023-11-01), 30 € (2024-12-22); child under 6 30 €, 31,50 €, 35 €; specialist 28 € then 30 € (2017-07-01), 31,50 € (2023-11-01); APC 60 € from 2024-12-22;',
  '- physiotherapy letter 2,21 € from 2024-02-22 (16,58 € a session); PMSS 2016 to 2025, each arrêté named by several sources; the PF daily cap of 8 € from 2024-05-15 (four PF of 2 €);',
  '- forfait journalier 18 € / 13,50 € before 2018; hearing-aid BR 300 € (2019), 350 € (2020), 400 € (2021); the dental 100 % Santé crown HLF of 2020.',
  '',
  '**Not confirmed** (kept with ❓, or left undefined):',
  '',
  '- **the day of the PAL increase**: 1 April 2026 (AFP, on the draft texts) or 22 April 2026 (Que Choisir, 01/03/2026). `pal.montant` takes 22 April, the later source, marked ❓: care between 1 and 21 April 2026 computes with 24 €. The decree amending R160-16 was not found; the CSS of 14/03/2026 still says 24 €;',
  '- the arrêtés of February 2026 themselves (forfait journalier, FPU);',
  '- the crown BR of 120 € from 2019-04-01: no source dates it; it stays at 2020-01-01 (one dated source), 107,50 € before;',
  '- the gynaecologist in 2025 (37 € or 33,50 €), the COE of 47,50 € (date deduced), the secteur 2 non-DPTAM bases after 2017;',
  '- the exact UNCAM rates (transport 55 %, hospital 80 %, LPP 60 %, auxiliaries 60 %): only the ranges of R160-5 are confirmed;',
  '- what R871-2 changed on 2024-11-18, and whether its overbilling cap binds a secteur 3 column;',
  '- anything after March 2026 (a PMSS 2027, a franchise paid directly).',
  '',
  '**Régimes and situations** (mechanism 4; docs/engine.md, « Régimes and situations »):',
  '',
  "- régime local d'Alsace-Moselle, secondary: 90 % for doctors, auxiliaries and biology, drugs 90 / 80 / 15 %, hospital 100 % with the forfait journalier (lelynx.fr, Le Quotidien du médecin 2006 and 2019), dental 90 % kept after the régime général's 70 → 60 % of October 2023 (the régime local's communiqué of 14/09/2023 via rue89strasbourg); the rates are set by the régime local's board, no official text was read. Uncertain: optics and hearing aids 90 % (deduced from « toutes les prescriptions »), transport 100 % (memory), the hors-parcours rule (a 2004 Sénat amendment, its adoption not read); not found, so not computed: thermal cures and « Mon soutien psy »;",
  '- AT/MP: 100 % of the BR without PF nor franchise (ameli.fr), no forfait journalier (L174-4), the reduced FPU (L160-13 I), secondary; dental prostheses at 150 % uncertain (a ministerial answer of 2015 speaks of « la limite des tarifs »);',
  '- overseas: the optical coefficients ×1,3 (Guadeloupe, Saint-Barthélemy, Saint-Martin), ×1,15 (Martinique, Guyane), ×1,2 (La Réunion) of the arrêté of 1 December 2020, as the DSS gave them to the Fnof (opticien-lunetier.media, 2025), and the hearing aids ×1,2 at La Réunion (domain.md), secondary; the arrêté itself and its other coefficients (Mayotte, hearing aids elsewhere) were not found: such a case is not computed.',
  '',
  '**Not defined, so not computed** (GR110 or GR402 says which figure is missing): the PMSS before 2015, the FPU before 2022',
  '(it did not exist), a GP consultation of a child under 6 before 2017-05-01 (two age bands then), a psychiatrist',
  'consultation before 2023-11-01, and the figures of the 100 % Santé baskets before their dates.',
  '',
];

/** The main figures and the first day each one is defined: a grid of an earlier millésime is refused, not guessed. */
const MAIN_FIGURES = [
  'pmss',
  'taux.medecin',
  'pf.montant',
  'pal.montant',
  'fjh.montant',
  'fpu.montant',
  'br.consultation_generaliste',
  'br.consultation_generaliste.moins_6',
  'br.consultation_specialiste',
  'br.consultation_psychiatre',
  'br.seance_kine',
  'br.couronne',
  'hlf.couronne_100_sante',
  'plv.aide_auditive_classe_i',
  'cr.optique.a.maximum',
];

function mainFiguresTable(): string[] {
  const out = ['## From when the main figures are defined', '', '| paramètre | libellé | défini depuis | première valeur |', '| --- | --- | --- | --- |'];
  for (const id of MAIN_FIGURES) {
    const p = PARAMETERS.find((d) => d.id === id);
    if (!p) throw new Error(`main figure ${id} is not a parameter`);
    const first = [...p.periods].sort((a, b) => a.start.localeCompare(b.start))[0]!;
    out.push(`| \`${p.id}\` | ${cell(p.label)} | ${first.start} | ${value(p, first.value)} |`);
  }
  return [...out, ''];
}

function uncertainTable(): string[] {
  const out = [
    '## Every figure marked ❓',
    '',
    'Generated from the data: each period marked incertain, with the reason its note gives. The hovers and the traces show the same mark.',
    '',
    '| paramètre | depuis | valeur | note |',
    '| --- | --- | --- | --- |',
  ];
  for (const p of PARAMETERS.filter((d) => !d.id.startsWith('typique.')))
    for (const period of p.periods.filter((x) => x.confidence === 'uncertain'))
      out.push(`| \`${p.id}\` | ${period.start} | ${value(p, period.value)} | ${cell(period.note ?? period.source)} |`);
  return [...out, '', 'The illustrative bases of the previews (`typique.*`) are all ❓ by design: they are not regulatory figures.', ''];
}

export function renderParametersMarkdown(): string {
  const out = [
    '# Parameters: regulatory figures with dates and sources',
    '',
    '<!-- Generated from server/src/core/params/parameters.ts by `npm run docs`; do not edit by hand. -->',
    '',
    'Every regulatory figure Grille uses lives in one data module, `server/src/core/params/parameters.ts`.',
    'A value applies from its start date until the next period of the same parameter; lookups are by',
    'date, so a 2025 grid and a 2026 grid compute with their own figures, and a figure undefined at a',
    "grid's date is reported (GR110) instead of guessed.",
    '',
    'Confidence: ✅ confirmé (official or primary source), 🟡 secondaire (insurer, broker or press pages),',
    '❓ incertain (conflicting sources or memory: verify before relying on it). Sources are stored copies',
    '(those cited in `shared/reference/domain.md` and `docs/parameters-research-2026.md`); none was read live.',
    '',
    ...REVIEW_2026,
    ...mainFiguresTable(),
    ...uncertainTable(),
  ];
  for (const [prefix, title] of GROUPS) {
    const group = PARAMETERS.filter((p) => p.id === prefix || p.id.startsWith(`${prefix}.`));
    if (group.length === 0) continue;
    out.push(`## ${title}`, '', '| paramètre | libellé | depuis | valeur | confiance | source | note |', '| --- | --- | --- | --- | --- | --- | --- |');
    for (const p of group) {
      for (const period of p.periods) {
        out.push(
          `| \`${p.id}\` | ${cell(p.label)} | ${period.start} | ${value(p, period.value)} | ${CONFIDENCE[period.confidence]} | ${cell(period.source)} | ${cell(period.note ?? '')} |`,
        );
      }
    }
    out.push('');
  }
  const covered = new Set(GROUPS.map(([g]) => g));
  const others = PARAMETERS.filter((p) => !covered.has(p.id.split('.')[0]!));
  if (others.length > 0) throw new Error(`parameters without a documentation group: ${others.map((p) => p.id).join(', ')}`);
  return out.join('\n');
}
