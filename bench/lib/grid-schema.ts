/**
 * JSON Schema (draft 7) of the grid shape written by lib/grid-json.ts: what yaml-language-server
 * validates the YAML grid against. As strict as a hand-written schema for such a format would be:
 * closed objects, enums for keywords, and patterns for coverage formulas and limits.
 */

const NUMBER = '\\d[\\d  ,.]*';
/** One term: `150 % BR`, `2 % PMSS par jour`, `40 € par seance`, `TM`, `100 % Santé`, `100 % FR limité à 300 % BR`. */
const TERM = `(?:${NUMBER}\\s?(?:%\\s?(?:BR|FR|PMSS|Santé|Sante)|€)|TM|FR|non couvert|neant|néant)[^+]*`;
const COVERAGE = `^${TERM}(?:\\+\\s?${TERM})*$`;
const LIMIT = `^(?:${NUMBER}\\s?\\S+ (?:par|tous les) .+|${NUMBER} (?:\\S+ )?tous les .+|carence ${NUMBER} (?:mois|jours)|dans la limite de .+|plafond .+|par b[eé]n[eé]ficiaire)$`;
/** One membership year's figures: `1re année : 200 € par an`, `à partir de la 2e année : 300 € par an`. */
const TIER = `^(?:à partir de la )?\\d+(?:re|e) année : ${TERM}$`;
const DECIMAL = `^-?${NUMBER}$`;
const COLUMNS = ['tous', 'dptam', 'non_dptam', 'non_conventionne'] as const;

const limits = { type: 'array', items: { type: 'string', pattern: LIMIT } };
const line = {
  type: 'object',
  required: ['acte'],
  additionalProperties: false,
  properties: {
    acte: { type: 'string', minLength: 1, description: 'Acte du catalogue (ou hors nomenclature).' },
    libelle: { type: 'string' },
    hors_nomenclature: { type: 'boolean' },
    ...Object.fromEntries<object>(
      COLUMNS.flatMap((c) => [
        [
          c,
          {
            description: `Garantie, colonne ${c} : une formule, ou une par formule côte à côte (« - » : non couvert), ou une par année d'adhésion.`,
            anyOf: [
              { type: 'string', pattern: COVERAGE },
              {
                type: 'array',
                minItems: 1,
                items: { anyOf: [{ enum: ['-', '—'] }, { type: 'string', pattern: COVERAGE }, { type: 'string', pattern: TIER }] },
              },
            ],
          },
        ],
        [`limites_${c}`, limits],
      ]),
    ),
  },
  anyOf: COLUMNS.map((c) => ({ required: [c] })),
};
const section = {
  type: 'object',
  required: ['nom', 'lignes'],
  additionalProperties: false,
  properties: { nom: { type: 'string' }, limites: limits, lignes: { type: 'array', items: { $ref: '#/definitions/ligne' } } },
};
const attributes = {
  sector: { enum: ['secteur1', 'dptam', 'non_dptam', 'non_conventionne', 'inconnu'] },
  price: { type: 'string', pattern: DECIMAL },
  br: { type: 'string', pattern: DECIMAL },
  date: { type: 'string', format: 'date' },
  quantity: { type: 'string', pattern: DECIMAL },
  repeat: { type: 'string', pattern: DECIMAL },
  age: { type: 'string', pattern: DECIMAL },
  adhesion: { type: 'string', format: 'date' },
  option: { type: 'string' },
  beneficiary: { type: 'string' },
  drapeaux: { type: 'array', items: { enum: ['hors_parcours', 'ald', 'maternite', 'css', 'psychiatrie', 'hospitalise'] } },
};
const amount = { type: 'string', pattern: DECIMAL };

export const GRID_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://grille.example/schema/grille.json',
  title: 'Grille de garanties (YAML)',
  type: 'object',
  required: ['contrat', 'postes'],
  additionalProperties: false,
  definitions: { ligne: line, poste: section },
  properties: {
    contrat: {
      type: 'object',
      required: ['nom'],
      additionalProperties: false,
      properties: {
        nom: { type: 'string' },
        assureur: { type: 'string' },
        millesime: { type: 'string', pattern: '^\\d{4}$' },
        effet: { type: 'string', format: 'date' },
        responsable: { enum: ['oui', 'non', true] },
        base: { enum: ['ro_inclus', 'en_sus'] },
        type: { type: 'string' },
        annee: { type: 'string' },
        pmss: { type: 'string', pattern: DECIMAL },
      },
    },
    formules: {
      type: 'array',
      items: {
        type: 'object',
        required: ['nom'],
        additionalProperties: false,
        properties: { nom: { type: 'string' }, mode: { enum: ['inclut_socle', 'en_sus_du_socle'] }, responsable: { type: 'boolean' } },
      },
    },
    postes: { type: 'array', items: { $ref: '#/definitions/poste' } },
    lignes: { type: 'array', items: { $ref: '#/definitions/ligne' } },
    options: {
      type: 'array',
      items: {
        type: 'object',
        required: ['nom'],
        additionalProperties: false,
        properties: {
          nom: { type: 'string' },
          mode: { enum: ['inclut_socle', 'en_sus_du_socle'] },
          postes: { type: 'array', items: { $ref: '#/definitions/poste' } },
          lignes: { type: 'array', items: { $ref: '#/definitions/ligne' } },
        },
      },
    },
    exemples: {
      type: 'array',
      items: {
        type: 'object',
        required: ['nom', 'etapes'],
        additionalProperties: false,
        properties: {
          nom: { type: 'string' },
          formule: { type: 'string' },
          etapes: {
            type: 'array',
            items: {
              oneOf: [
                { type: 'object', required: ['acte'], additionalProperties: false, properties: { acte: { type: 'string' }, ...attributes } },
                {
                  type: 'object',
                  required: ['situation'],
                  additionalProperties: false,
                  properties: { situation: { type: 'object', additionalProperties: false, properties: attributes } },
                },
                {
                  type: 'object',
                  required: ['attendu'],
                  additionalProperties: false,
                  properties: { attendu: { type: 'object', additionalProperties: false, properties: { secu: amount, mutuelle: amount, reste: amount } } },
                },
              ],
            },
          },
        },
      },
    },
  },
};
