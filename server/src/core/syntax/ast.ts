/**
 * The syntax tree of a grid file. Every node has an exact source range; values are kept as written
 * (numbers as canonical decimal strings) so nothing is lost before the model layer reads them.
 */
import type { SyntaxCode } from './syntax-rules';
import type { Token } from './lexer';
import type { Span } from './text';

export interface Located {
  range: Span;
}

export interface StringLit extends Located {
  kind: 'string';
  value: string;
}

export interface NumberLit extends Located {
  kind: 'number';
  /** Canonical decimal string, e.g. `1234.56`. */
  value: string;
}

export interface Word extends Located {
  kind: 'word';
  /** Normalized: lowercase, accents stripped. */
  value: string;
}

export interface DateLit extends Located {
  kind: 'date';
  /** ISO date, or '' when the written date does not exist. */
  value: string;
}

// ---------------------------------------------------------------------------------------------
// Document and header

export interface GridDocument extends Located {
  kind: 'document';
  header: ContractHeader | null;
  items: TopItem[];
  comments: Comment[];
  /** The footnotes written in the file (`note (5) "…"` lines, `# (5) …` comments), which printed marks refer to. */
  notes: NoteNode[];
  /** Printed notations read as printed that the language writes otherwise (style GR504 offers the canonical spelling). */
  printed: PrintedNotation[];
  errors: SyntaxError[];
  /** The tokens the tree was built from (style rules read them; no second lexing). */
  tokens: Token[];
}

export type TopItem = SectionNode | OptionNode | FormulaNode | ExampleNode | GuaranteeLine;

export interface Comment extends Located {
  kind: 'comment';
  text: string;
}

/**
 * A footnote of the printed grid: `note (5) "Dans la limite des frais réels"`, or a comment line
 * `# (5) Dans la limite des frais réels`. The marks written after a label or a cell (`(5)`, `*`,
 * `**`, `⁵`: tokens of kind `mark`, whose value is `key`) refer to it; they never change what a
 * line pays.
 */
export interface NoteNode extends Located {
  kind: 'note';
  /** The mark it explains, normalized as the lexer gives a mark's value: `5` for `(5)` and `⁵`, `*` for `*` and `(*)`; '' for a note without a mark. */
  key: string;
  keyRange: Span | null;
  /** The note's text: the quoted string, or the rest of the line as written. */
  text: string;
  /** Written as a comment (`# (5) …`) rather than a `note` line. */
  comment?: true;
}

/**
 * A printed notation the parser reads as printed (`100 % FR - MR`, `B.R.`, `/ / jour`) that the
 * language also writes in one canonical way: the style rule GR504 offers to write `canonical` in
 * place of `range`.
 */
export interface PrintedNotation {
  range: Span;
  canonical: string;
}

export interface SyntaxError extends Located {
  code: SyntaxCode;
  /** The French message, and the English one (shown when the editor runs in English): the code's template, filled. */
  message: string;
  messageEn: string;
  /** The word to put in place of the range (« vouliez-vous dire … ? »): offered as a quick fix (the code's `replace`). */
  replacement?: string;
}

export type HeaderKey = 'assureur' | 'millesime' | 'effet' | 'responsable' | 'base' | 'type' | 'annee' | 'pmss' | 'pourcentages' | 'regime';

export interface ContractHeader extends Located {
  kind: 'header';
  keywordRange: Span;
  name: StringLit | null;
  attributes: HeaderAttribute[];
}

export interface HeaderAttribute extends Located {
  kind: 'header-attribute';
  key: HeaderKey;
  keyRange: Span;
  value: StringLit | NumberLit | DateLit | Word | null;
}

// ---------------------------------------------------------------------------------------------
// Structure

export type OptionMode = 'inclut_socle' | 'en_sus_du_socle';

/** `responsable`, `non_responsable`, `responsable oui|non` written on a formula or an option. */
export interface StatusWord {
  value: boolean;
  range: Span;
}

export interface OptionNode extends Located {
  kind: 'option';
  headerRange: Span;
  name: StringLit | null;
  mode: { value: OptionMode; range: Span } | null;
  /** Its own contrat responsable status, when written (`option "Option 1" inclut_socle non_responsable`). */
  status?: StatusWord;
  items: (SectionNode | GuaranteeLine)[];
}

/**
 * `formule "Option 1" inclut_socle non_responsable`: one column of a range printed side by side.
 * Declared in column order; the guarantee rows then give one cell per formula, separated by `|`.
 * Without a stacking mode the formula stands alone (Formule 1…6); with one it stacks on the first.
 */
export interface FormulaNode extends Located {
  kind: 'formula';
  name: StringLit | null;
  mode: { value: OptionMode; range: Span } | null;
  status?: StatusWord;
}

export interface SectionNode extends Located {
  kind: 'section';
  headerRange: Span;
  name: StringLit | null;
  /** Limits written on the section header, shared by its lines (e.g. `plafond 300 € par an`). */
  limits: Limit[];
  /** `pourcentages BR`: what the section's bare percentages (`150 %`) are percentages of. */
  percentOf?: { value: PercentBase; range: Span };
  lines: GuaranteeLine[];
}

/** What a bare percentage (`150 %`) is a percentage of, as a header or a section says (`pourcentages BR`). */
export type PercentBase = 'br' | 'fr';

export type SectorColumn = 'dptam' | 'non_dptam' | 'non_conventionne';

export interface GuaranteeLine extends Located {
  kind: 'guarantee';
  act: ActRef;
  /** `hors_nomenclature` written on the line: declares an act outside the catalogue. */
  horsNomenclature: Span | null;
  label: StringLit | null;
  /** `(psychiatrie)`, `(enfant de moins de 16 ans)`, `(ALD)`: whom or which stay the line is for. */
  conditions?: LineConditionsNode;
  variants: Variant[];
}

/** The kinds of stay a hospital line may be printed for. */
export type StayKind = 'mco' | 'psychiatrie' | 'ssr' | 'ambulatoire' | 'maternite';

export type LineCondition =
  /** `moins de 16 ans` (age < 16), `jusqu'à 16 ans` (age ≤ 16 → below 17), `à partir de 18 ans`, `adulte` (18 and over), `enfant` (under 18). */
  | { kind: 'age'; below?: number; from?: number; range: Span }
  | { kind: 'stay'; value: StayKind; negated?: boolean; range: Span }
  | { kind: 'establishment'; conventionne: boolean; range: Span }
  | { kind: 'ald'; value: boolean; range: Span };

export interface LineConditionsNode extends Located {
  kind: 'conditions';
  items: LineCondition[];
}

export interface ActRef extends Located {
  kind: 'act-ref';
  /** Normalized words as written, e.g. ['consultation', 'generaliste']. */
  words: string[];
  text: string;
}

export interface Variant extends Located {
  kind: 'variant';
  sector: { value: SectorColumn; range: Span } | null;
  coverage: Coverage | null;
  limits: Limit[];
  /** `prix typique 80 €`: the unit price previews use for this column instead of the catalogue's. */
  typicalPrice?: { amount: NumberLit; range: Span };
  /**
   * `| 100 % BR | 150 % BR | -`: one cell per formula, in the order of the `formule` declarations.
   * A variant with cells has no coverage of its own (`coverage` null, `limits` empty).
   */
  cells?: Cell[];
  /** `1re année : 100 € / à partir de la 2e année : 150 €`: the figures by membership year. */
  tiers?: SeniorityTier[];
}

/** One formula's cell of a row: what a variant holds, or a printed dash (`-`, `—`: not covered). */
export interface Cell extends Located {
  kind: 'cell';
  coverage: Coverage | null;
  limits: Limit[];
  typicalPrice?: { amount: NumberLit; range: Span };
  /** The cell is a printed dash: not covered by this formula. */
  dash?: Span;
  /** `1re année : 100 € / à partir de la 2e année : 150 €`: see `Variant.tiers`. */
  tiers?: SeniorityTier[];
}

/**
 * One membership year's figures of a line printed by seniority (`1re année : 100 €`, `à partir de
 * la 3e année : 200 €`). A variant or a cell with tiers holds the first tier's coverage and limits
 * as its own, and every tier (the first included) in `tiers`, in order.
 */
export interface SeniorityTier extends Located {
  kind: 'tier';
  /** The membership year from which it applies (`1re année`: 1; `à partir de la 3e année`: 3). */
  fromYear: number;
  /** The printed label (`2e année`, `à partir de la 3e année`), and where it is. */
  labelText: string;
  label: Span;
  coverage: Coverage | null;
  limits: Limit[];
}

export interface Coverage extends Located {
  kind: 'coverage';
  terms: Term[];
}

export type RateBasis = 'ro_inclus' | 'en_sus';

/** Units a € forfait or a count can be expressed in. */
export type PerUnit =
  | 'acte'
  | 'seance'
  | 'consultation'
  | 'jour'
  | 'nuit'
  | 'an'
  | 'equipement'
  | 'oreille'
  | 'oeil'
  | 'verre'
  | 'dent'
  | 'semestre'
  | 'sejour'
  | 'boite'
  | 'trajet'
  | 'prothese'
  | 'couronne'
  | 'pilier'
  | 'inter'
  | 'implant'
  | 'lentille'
  | 'monture';

export type Term = PercentBrTerm | BarePercentTerm | TmTerm | RoTerm | FraisReelsTerm | PmssTerm | Sante100Term | AmountTerm | NoCoverTerm;

export interface PercentBrTerm extends Located {
  kind: 'pct-br';
  rate: NumberLit;
  basis: { value: RateBasis; range: Span } | null;
  /** `200 % BR / semestre`, `100 % BR par acte`: the unit the percentage is paid per, as printed (the act's unit; it changes nothing). */
  per?: { value: PerUnit; range: Span };
}

/**
 * `150 %` printed without what it is a percentage of: the section's or the header's
 * `pourcentages BR|FR` says; an act without a BR reads it of the price (frais réels); else it is
 * read as « % BR » and the model asks (GR134).
 */
export interface BarePercentTerm extends Located {
  kind: 'pct';
  rate: NumberLit;
  /** The `%` sign, after which a unit would be written. */
  percent: Span;
  basis: { value: RateBasis; range: Span } | null;
}

export interface TmTerm extends Located {
  kind: 'tm';
}

/**
 * `RO` (also `R.O.`) as a term: what the Sécu pays, nothing from the mutuelle. `RO + 500 €`: the
 * Sécu's part plus 500 € from the mutuelle; what follows `RO` is paid on top of the Sécu.
 */
export interface RoTerm extends Located {
  kind: 'ro';
}

export interface FraisReelsTerm extends Located {
  kind: 'frais-reels';
  rate: NumberLit | null;
  /** `limité à Y % BR`. */
  capPercentBr: NumberLit | null;
  /** `limité à Y % BR + TM`: the cap is the TM plus Y % BR, that is (Y + 100) % BR in all. */
  capPlusTm?: Span;
  /** `100 % FR dans la limite des PLV` (`HLF`): the reste à charge up to the basket's price cap, that is `100 % Santé`. */
  capSante100?: Span;
  /** `100 % FR - MR`, `100 % FR (RO inclus)`: the Sécu's part said on the line (frais réels always include it). */
  basis?: Span;
  /** `100 % Forfait` (`du forfait`): a percentage of the flat fee charged, that is of the price (frais réels). */
  forfait?: Span;
}

export interface PmssTerm extends Located {
  kind: 'pmss';
  rate: NumberLit;
  per: Per | null;
}

export interface Sante100Term extends Located {
  kind: '100-sante';
  /** `100 % PLV`, `100 % HLF` (and `- MR` after it): the basket's price cap, printed by its name. */
  cap?: { value: 'PLV' | 'HLF'; range: Span };
}

export interface AmountTerm extends Located {
  kind: 'amount';
  amount: NumberLit;
  per: Per | null;
  /** `1 700 € par oreille Sécu incluse` (`ro_inclus`, `- MR`): the amount includes the Sécu's part. */
  basis?: { value: RateBasis; range: Span };
}

export interface NoCoverTerm extends Located {
  kind: 'none';
}

/**
 * `par an`, `par séance`… and `par période de 2 années civiles`: a year whose figures run over
 * `years` years (only with `an`).
 */
export interface Per {
  value: PerUnit;
  range: Span;
  years?: number;
}

export type Limit =
  CountLimit | AmountCap | RenewalLimit | CarenceLimit | BeneficiaryScope | FamilyScope | UnlimitedMarker | WithinExpensesMarker | SharedPool | FromRank;

/**
 * `commun "médecines douces"`, `tous praticiens confondus`: the line's yearly figures (forfait,
 * cap, count) are one pool with the other lines of the same name — unnamed: of the same section.
 */
export interface SharedPool extends Located {
  kind: 'shared';
  name: StringLit | null;
}

/** `à compter du 2e intermédiaire`, `à partir de la 4e séance`: the units of the year before that rank are not paid by the line. */
export interface FromRank extends Located {
  kind: 'from-rank';
  rank: NumberLit;
  unit: { value: PerUnit; range: Span } | null;
}

/** `4 séances par an`, `60 jours par an`. */
export interface CountLimit extends Located {
  kind: 'count-limit';
  count: NumberLit;
  unit: { value: PerUnit; range: Span } | null;
  /** `2 séances par période de 2 ans`: the count runs over that many years (1 when absent). */
  periodYears?: number;
}

/** `dans la limite de 250 € par an`, `plafond 1 700 € par oreille`. */
export interface AmountCap extends Located {
  kind: 'amount-cap';
  amount: NumberLit;
  per: Per | null;
  /** `plafond 1 700 € par oreille Sécu incluse`: the cap bounds Sécu + mutuelle, not the mutuelle alone. */
  basis?: { value: RateBasis; range: Span };
}

/** `1 équipement tous les 2 ans`. */
export interface RenewalLimit extends Located {
  kind: 'renewal';
  count: NumberLit | null;
  years: NumberLit;
}

/** `carence 3 mois`. */
export interface CarenceLimit extends Located {
  kind: 'carence';
  amount: NumberLit;
  unit: { value: 'mois' | 'jours'; range: Span };
}

/** `par bénéficiaire`, `/ bénéficiaire`: the default scope, written for readability. */
export interface BeneficiaryScope extends Located {
  kind: 'per-beneficiary';
}

/**
 * `/ Famille`, `par famille`, `par foyer`: an allowance shared by the family. Parsed and kept on
 * the line's limits (`LineLimits.family`); the engine still counts it per beneficiary.
 */
export interface FamilyScope extends Located {
  kind: 'per-family';
}

/** `sans limitation de durée`, `illimité`: no limit, the default, written for readability. */
export interface UnlimitedMarker extends Located {
  kind: 'unlimited';
}

/** `dans la limite des frais réels`: the mutuelle never pays more than the expense; written for readability. */
export interface WithinExpensesMarker extends Located {
  kind: 'within-expenses';
}

// ---------------------------------------------------------------------------------------------
// Example cases

export interface ExampleNode extends Located {
  kind: 'example';
  headerRange: Span;
  name: StringLit | null;
  /** `exemple "…" formule "Option 1"`: the formula every act of the example is computed with. */
  formula?: StringLit;
  steps: ExampleStep[];
}

export type ExampleStep = ExampleAct | ExampleSituation | ExampleExpected;

/** What the practitioner is, as written in an example. */
export type CaseSector = 'secteur1' | 'dptam' | 'non_dptam' | 'non_conventionne' | 'inconnu';

export type CaseFlag = 'hors_parcours' | 'ald' | 'maternite' | 'css' | 'psychiatrie' | 'hospitalise' | 'evolution_vue' | 'accident_travail';

/** The insured person's régime of the Sécu: the régime général, or the régime local d'Alsace-Moselle on top of it. */
export type Regime = 'general' | 'alsace_moselle';

/** Where the care is given: metropolitan France or an overseas département (its own LPP coefficients). */
export type Territory = 'metropole' | 'guadeloupe' | 'martinique' | 'guyane' | 'reunion' | 'mayotte';

export type CaseAttribute =
  | { kind: 'sector'; value: CaseSector; range: Span }
  | { kind: 'price'; value: NumberLit; range: Span }
  | { kind: 'br'; value: NumberLit; range: Span }
  | { kind: 'date'; value: DateLit; range: Span }
  | { kind: 'quantity'; value: NumberLit; range: Span }
  | { kind: 'repeat'; value: NumberLit; range: Span }
  | { kind: 'age'; value: NumberLit; range: Span }
  | { kind: 'adhesion'; value: DateLit; range: Span }
  /** `option "X"`, or `formule "X"` in a grid of formulas side by side (the same thing). */
  | { kind: 'option'; value: StringLit; range: Span }
  | { kind: 'beneficiary'; value: StringLit; range: Span }
  /** `sejour psychiatrie`: the kind of stay, for lines printed per kind of stay. */
  | { kind: 'stay'; value: StayKind; range: Span }
  /** `etablissement non conventionne` (value: conventionné or not). */
  | { kind: 'establishment'; value: boolean; range: Span }
  /** `sejour "S1"`: the hospital stay the act belongs to, by its name (the PAL once, the forfait journalier and the TM, the 31st day). */
  | { kind: 'stayName'; value: StringLit; range: Span }
  /** `regime local` (`regime alsace_moselle`), `regime general`: the insured person's régime. */
  | { kind: 'regime'; value: Regime; range: Span }
  /** `residence reunion`: the care is given in an overseas département (LPP coefficients). */
  | { kind: 'residence'; value: Territory; range: Span }
  | { kind: 'flag'; value: CaseFlag; range: Span };

export interface ExampleAct extends Located {
  kind: 'example-act';
  act: ActRef;
  attributes: CaseAttribute[];
}

export interface ExampleSituation extends Located {
  kind: 'example-situation';
  attributes: CaseAttribute[];
}

export type ExpectedField = 'secu' | 'mutuelle' | 'reste';

export interface ExampleExpected extends Located {
  kind: 'example-expected';
  values: { field: ExpectedField; fieldRange: Span; amount: NumberLit }[];
}
