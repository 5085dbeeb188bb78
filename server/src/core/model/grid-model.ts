/** The meaning of a grid: acts resolved against the catalogue, coverages normalized, limits typed. */
import type Decimal from '../decimal';
import type { ActDefinition } from '../catalogue/acts';
import type * as A from '../syntax/ast';
import type { Span } from '../syntax/text';

export interface ContractInfo {
  name: string | null;
  insurer: string | null;
  millesime: number | null;
  /** Date whose parameters apply to previews: `effet`, else 1 January of the millésime. */
  effectiveDate: string | null;
  responsible: boolean | null;
  defaultBasis: A.RateBasis | null;
  collective: boolean;
  /** Period of annual limits: calendar year or membership year. */
  yearMode: 'civile' | 'adhesion';
  /** Which year's PMSS a "% PMSS" line uses. */
  pmssYear: 'soins' | 'millesime';
  /** `pourcentages BR` (or `FR`): what bare percentages (`150 %`) are of, unless their section says. */
  percentOf: A.PercentBase | null;
  /** `regime local`: the régime of every example case that does not say its own (default: the régime général). */
  regime: A.Regime;
}

export type FormulaTerm =
  | { kind: 'pct-br'; rate: Decimal; basis: A.RateBasis; explicitBasis: boolean; afterTm: boolean; range: Span }
  | { kind: 'tm'; range: Span }
  | { kind: 'frais-reels'; rate: Decimal; capPercentBr: Decimal | null; range: Span }
  /** `roInclus`: the amount includes the Sécu's part (`1 700 € par oreille Sécu incluse`): mutuelle = min(price, A) − Sécu. */
  | { kind: 'amount'; amount: Decimal; per: A.PerUnit | null; roInclus?: boolean; range: Span }
  | { kind: 'pmss'; rate: Decimal; per: A.PerUnit | null; range: Span }
  | { kind: '100-sante'; range: Span }
  | { kind: 'none'; range: Span };

export interface LineLimits {
  /** Units covered per year (`4 séances par an`, `60 jours par an`), or per `years` years (`par période de 2 ans`). */
  count?: { value: number; unit: A.PerUnit | null; years?: number; range: Span };
  /** The years the line's yearly allowance runs over (`150 € par période de 2 années civiles`: 2); 1 when absent. */
  allowanceYears?: number;
  /**
   * Cap on the line's AMC per year (`dans la limite de 250 € par an`). With `roInclus`
   * (`… Sécu incluse`) the cap bounds the Sécu's gross payment plus the AMC.
   */
  annualCap?: { amount: Decimal; roInclus?: boolean; years?: number; range: Span };
  /**
   * Cap on the AMC per unit (`plafond 1 700 € par oreille`, `dans la limite de 150 €`). With
   * `roInclus` (`plafond 1 700 € par oreille Sécu incluse`) the AMC is at most the cap less the Sécu.
   */
  unitCap?: { amount: Decimal; per: A.PerUnit | null; roInclus?: boolean; range: Span };
  /** One paid act per N years (`1 équipement tous les 2 ans`). */
  renewal?: { years: number; range: Span };
  carence?: { months: number; days: number; range: Span };
  /**
   * `/ an / Famille`, `par foyer`: the line's yearly figures (forfait, cap, count) are shared by the
   * family — the beneficiaries of an example —, not counted per beneficiary.
   */
  family?: { range: Span };
  /**
   * `commun "médecines douces"`, `tous praticiens confondus`: the yearly figures are one pool with
   * the other lines of the same name (`name`, normalized; null: the pool of the line's section),
   * counted per formula or option.
   */
  pool?: { name: string | null; label: string; range: Span };
  /** `à compter du 2e intermédiaire`: the units of the year before this rank are not paid by the line. */
  fromRank?: { rank: number; unit: A.PerUnit | null; range: Span };
}

export type ColumnKey = 'all' | A.SectorColumn;

export interface ColumnModel {
  key: ColumnKey;
  terms: FormulaTerm[];
  limits: LineLimits;
  /** `prix typique 80 €`: the unit price previews use instead of the catalogue's typical price. */
  typicalPrice?: Decimal;
  range: Span;
  variant: A.Variant;
  /**
   * `1re année : 100 € / à partir de la 2e année : 150 €`: the column of each membership year,
   * from the first (this column's own figures) on, in order of `fromYear`.
   */
  tiers?: { fromYear: number; column: ColumnModel; label: string; range: Span }[];
}

export interface SectionModel {
  id: string;
  name: string;
  node: A.SectionNode;
  option: OptionModel | null;
  lines: LineModel[];
  /** `plafond 300 € par an`; `par famille`: shared by the family; `par période de 2 ans`: over `years` years. */
  annualCap: { amount: Decimal; family?: boolean; years?: number; range: Span } | null;
  /** The same section as each formula side by side sees it (its own counters; not in `GridModel.sections`). */
  perFormula?: Map<OptionModel, SectionModel>;
}

/**
 * How an option's (or a formula's) figures relate to the socle: they include it, they are paid on
 * top of it, or (`remplace_socle`, a formula declared without a stacking mode) they stand alone.
 */
export type StackingMode = A.OptionMode | 'remplace_socle';

export interface OptionModel {
  id: string;
  name: string;
  node: A.OptionNode | A.FormulaNode;
  /** `option` block, or a column of formulas side by side (`formule`). */
  kind: 'option' | 'formule';
  mode: StackingMode;
  /** Its contrat responsable status: its own word, else the grid's (null when nobody says). */
  responsible: boolean | null;
  lines: LineModel[];
  /** The first line of each act in the option (by act id). */
  byAct: Map<string, LineModel>;
}

export interface LineModel {
  id: string;
  node: A.GuaranteeLine;
  /** Null when the act is unknown: the line is reported and left out of computations. */
  act: ActDefinition | null;
  section: SectionModel | null;
  option: OptionModel | null;
  columns: Partial<Record<ColumnKey, ColumnModel>>;
  /**
   * A row of formulas side by side: the lines of formulas 2, 3… built from its cells (this line is
   * formula 1's, the socle's). They share this line's node; their columns' ranges are the cells'.
   */
  formulaLines?: LineModel[];
  /** A formula's line: the row (the socle's line) whose cell it was built from. */
  row?: LineModel;
  /** `(psychiatrie)`, `(enfant de moins de 16 ans)`: whom or which stay the line is for. */
  conditions?: LineConditions;
  /**
   * On the line an index holds for an act (the first written), every line of the same act in that
   * index, in order, when there are several: lines printed per age, stay or establishment.
   */
  sameAct?: LineModel[];
}

/** A line's conditions, typed (model/line-conditions.ts). */
export interface LineConditions {
  /** Age below this (`moins de 16 ans`: 16; `jusqu'à 16 ans`: 17; `enfant`: 18). */
  ageBelow?: number;
  /** Age from this (`adulte`: 18; `à partir de 60 ans`: 60). */
  ageFrom?: number;
  stays?: A.StayKind[];
  notStays?: A.StayKind[];
  conventionne?: boolean;
  ald?: boolean;
  /** How they read (`psychiatrie`, `moins de 16 ans ; hors ALD`); also what tells two lines apart. */
  label: string;
  key: string;
  range: Span;
}

/** One formula of a range printed side by side (`formule "…"`), in column order. */
export interface FormulaModel {
  index: number;
  name: string;
  node: A.FormulaNode;
  responsible: boolean | null;
  /** Null for the first formula: it is the socle. */
  option: OptionModel | null;
}

export interface ExpectedAmounts {
  secu?: { amount: Decimal; range: Span };
  mutuelle?: { amount: Decimal; range: Span };
  reste?: { amount: Decimal; range: Span };
  node: A.ExampleExpected;
}

export interface CareEvent {
  node: A.ExampleAct;
  /** Null when the act is unknown. */
  care: CareCase | null;
  /** How many times the act is repeated (each repetition consumes limits on its own). */
  repeat: number;
  expected: ExpectedAmounts | null;
}

export interface ExampleModel {
  node: A.ExampleNode;
  name: string;
  events: CareEvent[];
}

export interface CareCase {
  act: ActDefinition;
  sector: A.CaseSector;
  /** Unit price actually charged; the act's typical (or regulated) price when absent. */
  unitPrice: Decimal | null;
  /** Base per unit, when the example gives it (acts whose BR varies). */
  br: Decimal | null;
  date: string;
  quantity: number;
  age: number | null;
  flags: Set<A.CaseFlag>;
  adhesionDate: string | null;
  option: string | null;
  beneficiary: string;
  /** `sejour psychiatrie`: the kind of stay, when written (else read from the flags, model/line-conditions.ts). */
  stay?: A.StayKind;
  /** `etablissement non conventionne`: false; not written: a conventionné one. */
  conventionne?: boolean;
  /**
   * `sejour "S1"`: the hospital stay the act belongs to, by its name, per beneficiary. The acts of
   * one stay share one participation « actes lourds », the forfait journalier counts against their
   * TM, and from its 31st day the Sécu pays 100 % (docs/engine.md, « Hospital stays »).
   */
  stayName?: string;
  /**
   * `regime local`: the régime local d'Alsace-Moselle adds its part to the Sécu's (90 % of most
   * bases, 100 % in hospital, the forfait journalier); absent: the régime général.
   */
  regime?: A.Regime;
  /** `residence reunion`: care in an overseas département (its coefficients on LPP bases and prices); absent: metropolitan France. */
  territory?: A.Territory;
}

export interface GridModel {
  document: A.GridDocument;
  contract: ContractInfo;
  sections: SectionModel[];
  options: OptionModel[];
  /** The formulas side by side (`formule` declarations), in column order; empty without them. */
  formulas: FormulaModel[];
  /** Every line, socle and options, in source order (formulas' lines hang on their row: `formulaLines`). */
  lines: LineModel[];
  examples: ExampleModel[];
  /** The first socle line of each act (by act id), for the engine's lookups. */
  socleByAct: Map<string, LineModel>;
}
