/**
 * Syntax tree → grid model. Resolves acts against the catalogue, applies the header's defaults
 * (basis, dates), types limits and example cases. Reports what makes a line meaningless; never
 * throws, and keeps going past every problem.
 */
import { actNames } from '../catalogue/acts-en';
import Decimal from '../decimal';
import type { ActDefinition } from '../catalogue/acts';
import { coveringEntry, defaultCatalogue, type ActCatalogue } from '../catalogue/index';
import { MODEL_RULES, MODEL_WORDS as W, type ModelCode } from './model-rules';
import type { Finding, Fix } from '../diagnostics/diagnostic';
import type { Localized } from '../diagnostics/messages';
import { reporter } from '../diagnostics/rule-definition';
import { phrase } from '../diagnostics/messages';
import type * as A from '../syntax/ast';
import { shift, type Block } from '../syntax/blocks';
import type { BlockSyntax } from '../syntax/parser';
import type { Span } from '../syntax/text';
import { frenchDate } from '../present/dates';
import { compareDates } from '../syntax/calendar';
import { buildConditions } from './line-conditions';
import { LANGUAGE_LIMITS } from '../syntax/limits';
import type {
  CareCase,
  CareEvent,
  ColumnKey,
  ColumnModel,
  ContractInfo,
  ExampleModel,
  ExpectedAmounts,
  FormulaModel,
  FormulaTerm,
  GridModel,
  LineLimits,
  LineModel,
  OptionModel,
  SectionModel,
} from './grid-model';

const { finding, fix } = reporter(MODEL_RULES);

/** The years a millésime may be (GR111). */
const FIRST_MILLESIME = 1990;
const LAST_MILLESIME = 2100;

export interface ModelResult {
  model: GridModel;
  diagnostics: Finding<ModelCode>[];
  /**
   * The lines of each block, in order, when the model was built in blocks: a block kept from the
   * previous analysis keeps the same array, so the rules' memo can skip its lines.
   */
  lineRuns?: LineModel[][];
}

/** Units that count the same things, for `à compter du 2e …`: the parts of a prosthesis, or sessions and acts. */
const PROSTHESIS_PARTS: ReadonlySet<A.PerUnit> = new Set<A.PerUnit>(['inter', 'pilier', 'dent', 'couronne', 'implant']);
const SESSIONS: ReadonlySet<A.PerUnit> = new Set<A.PerUnit>(['seance', 'consultation', 'acte']);

function sameKindOfUnit(a: A.PerUnit, b: A.PerUnit): boolean {
  return a === b || a === 'acte' || (PROSTHESIS_PARTS.has(a) && PROSTHESIS_PARTS.has(b)) || (SESSIONS.has(a) && SESSIONS.has(b));
}

export function buildModel(document: A.GridDocument, catalogue: ActCatalogue = defaultCatalogue): ModelResult {
  return new ModelBuilder(document, catalogue, new IdSource()).build();
}

/**
 * Model ids key the engine's counters within one computation. They are unique among the models of
 * one document's successive analyses and do not name an offset, so a model kept by a block that
 * moved keeps its ids.
 */
class IdSource {
  private last = 0;
  next(kind: 'line' | 'section' | 'option'): string {
    return `${kind}#${++this.last}`;
  }
}

/**
 * What the model layer keeps between two analyses of one document (a slot of the document's
 * `AnalysisMemo`): each block's model, valid while the block keeps its syntax (a block parsed again
 * gets a new one) and while the header's meaning, its option and the custom acts before it stay the same.
 */
export class ModelMemo {
  private readonly byBlock = new WeakMap<Block, { syntax: BlockSyntax; part: BlockModel }>();
  readonly ids = new IdSource();
  /** The formulas' models, kept while their declarations mean the same: the blocks' lines point at them. */
  formulas: { key: string; models: FormulaModel[] } | null = null;
  /** Each example's model and findings, by its syntax node (see `KeptExample`). */
  private readonly examples = new WeakMap<A.ExampleNode, KeptExample>();

  example(node: A.ExampleNode): KeptExample | undefined {
    return this.examples.get(node);
  }

  keepExample(node: A.ExampleNode, kept: KeptExample): void {
    this.examples.set(node, kept);
  }

  get(block: Block): BlockModel | undefined {
    const kept = this.byBlock.get(block);
    return kept && kept.syntax === block.syntax ? kept.part : undefined;
  }

  set(block: Block, part: BlockModel): void {
    this.byBlock.set(block, { syntax: block.syntax, part });
  }

  /** The blocks moved by the parse: the ranges their models made (fixes' insertion points) move with them. */
  move(moved: { blocks: Block[]; by: number }): void {
    if (moved.by === 0) return;
    for (const block of moved.blocks) {
      const part = this.byBlock.get(block)?.part;
      if (part) shift(part.spans, moved.by);
      for (const item of block.syntax.items) {
        if (item.kind !== 'example') continue;
        const kept = this.examples.get(item);
        if (kept) shift(kept.spans, moved.by);
      }
    }
  }
}

/**
 * An example's model, kept with its syntax node (a block parsed again has new nodes) while what it
 * was built from stays the same: `key` says the contract, the formulas, the options' names and which
 * acts the socle covers; `customActs`, the grid's own acts it could name (compared one by one).
 * `spans`: the ranges it made (fixes' insertion points), moved with its block.
 */
interface KeptExample {
  key: string;
  customActs: ActDefinition[];
  example: ExampleModel;
  diagnostics: Finding<ModelCode>[];
  spans: Span[];
}

/**
 * One block's share of the model (see `syntax/blocks.ts`), kept with the block while the block,
 * the header's meaning, the option it belongs to and the custom acts declared before it stay the same.
 */
interface BlockModel {
  contractKey: string;
  option: OptionModel | null;
  customKey: string;
  lines: LineModel[];
  sections: SectionModel[];
  options: OptionModel[];
  diagnostics: Finding<ModelCode>[];
  declared: [string, ActDefinition][];
  spans: Span[];
}

/**
 * The model of a document parsed in blocks: the blocks' models are reused where still valid, the
 * contract, the indexes and the examples are built again. Same result as `buildModel`, which it is
 * when there are no blocks (no memo, or a text parsed whole).
 */
export function buildModelFromBlocks(
  document: A.GridDocument,
  blocks: Block[],
  memo: ModelMemo = new ModelMemo(),
  catalogue: ActCatalogue = defaultCatalogue,
): ModelResult {
  if (blocks.length === 0) return buildModel(document, catalogue);
  const whole = new ModelBuilder(document, catalogue, memo.ids);
  const contract = whole.startContract(memo);
  const formulas = whole.formulaModels();
  // Without a `base` in the header, lines offer a fix that inserts one at the header's end: then
  // that offset is part of what their models depend on.
  const contractKey = `${JSON.stringify(contract)}|${contract.defaultBasis === null ? (document.header?.range.end ?? -1) : ''}|${memo.formulas?.key ?? ''}`;
  const customActs = new Map<string, ActDefinition>();
  let option: OptionModel | null = null;
  const parts: BlockModel[] = [];
  for (const block of blocks) {
    const blockOption = block.context.inOption ? option : null;
    const customKey = customKeyOf(customActs);
    let part = memo.get(block);
    if (!part || part.contractKey !== contractKey || part.option !== blockOption || part.customKey !== customKey) {
      part = new ModelBuilder(document, catalogue, memo.ids).buildBlock(block.syntax, contract, formulas, blockOption, customActs);
      part.contractKey = contractKey;
      part.customKey = customKey;
      memo.set(block, part);
    }
    for (const [key, act] of part.declared) customActs.set(key, act);
    if (part.options.length > 0) option = part.options[part.options.length - 1]!;
    parts.push(part);
  }
  return whole.finishFromBlocks(parts, customActs, memo, contractKey);
}

function sameActs(a: readonly ActDefinition[], b: readonly ActDefinition[]): boolean {
  return a.length === b.length && a.every((act, i) => act === b[i]);
}

function customKeyOf(acts: Map<string, ActDefinition>): string {
  if (acts.size === 0) return '';
  let key = '';
  for (const [name, act] of acts) key += `${name}=${act.typicalPrice.default}\u0000`;
  return key;
}

/**
 * Acts declared `hors_nomenclature` in the grid but absent from the catalogue. Their typical price
 * is the line's `prix typique`, else 50 € (an assumption, shown as such in previews).
 */
function customHnAct(line: A.GuaranteeLine, typicalPrice: string | null): ActDefinition {
  return {
    id: `hn:${line.act.words.join('_')}`,
    label: line.act.text,
    names: [line.act.text],
    poste: 'Autres',
    nomenclature: 'HN',
    doctor: false,
    pf: false,
    hospital: false,
    palEligible: false,
    unit: 'seance',
    typicalPrice: { default: typicalPrice ?? '50' },
    description: `${line.act.text} : acte hors nomenclature déclaré dans la grille (pas de BR, la Sécu ne rembourse rien).`,
  };
}

class ModelBuilder {
  private readonly diagnostics: Finding<ModelCode>[] = [];
  private readonly lines: LineModel[] = [];
  private readonly sections: SectionModel[] = [];
  private readonly options: OptionModel[] = [];
  private readonly examples: ExampleModel[] = [];
  private readonly socleByAct = new Map<string, LineModel>();
  private contract!: ContractInfo;
  /** The header's own `responsable` / `non_responsable` (null when it says neither). */
  private headerResponsible: boolean | null = null;
  /** The formulas side by side, in column order (`formule` declarations). */
  private formulas: FormulaModel[] = [];
  /** Set when an amount of the column or case being built is not in cents (GR111). */
  private invalidAmount = false;
  /** Acts declared hors nomenclature by the grid, so examples can name them too. */
  private customActs = new Map<string, ActDefinition>();
  /** Block mode: ranges created here, moved with the block. */
  private spans: Span[] | null = null;

  constructor(
    private readonly document: A.GridDocument,
    private readonly catalogue: ActCatalogue,
    private readonly ids: IdSource,
  ) {}

  /** A range inside the block being built (a fix's insertion point). */
  private here(start: number, end: number): Span {
    const s = { start, end };
    this.spans?.push(s);
    return s;
  }

  startContract(memo?: ModelMemo): ContractInfo {
    this.contract = this.buildContract(this.document.header);
    this.buildFormulas(memo);
    return this.contract;
  }

  formulaModels(): FormulaModel[] {
    return this.formulas;
  }

  buildBlock(
    syntax: BlockSyntax,
    contract: ContractInfo,
    formulas: FormulaModel[],
    option: OptionModel | null,
    customActs: Map<string, ActDefinition>,
  ): BlockModel {
    this.contract = contract;
    this.formulas = formulas;
    this.customActs = new Map(customActs);
    this.spans = [];
    // The option this block opens has, here, only the items of this block.
    this.buildItems(syntax.items, (node) => (syntax.option?.node === node ? syntax.option.items : []));
    this.buildOptionItems(syntax.optionItems, option);
    const declared = [...this.customActs].filter(([key]) => !customActs.has(key));
    return {
      contractKey: '',
      option,
      customKey: '',
      lines: this.lines,
      sections: this.sections,
      options: this.options,
      diagnostics: this.diagnostics,
      declared,
      spans: this.spans,
    };
  }

  finishFromBlocks(parts: BlockModel[], customActs: Map<string, ActDefinition>, memo: ModelMemo, contractKey: string): ModelResult {
    const contractDiagnostics = this.diagnostics.splice(0);
    for (const part of parts) {
      for (const line of part.lines) this.lines.push(line);
      for (const section of part.sections) this.sections.push(section);
      for (const option of part.options) this.options.push(option);
    }
    this.customActs = customActs;
    this.index();
    this.buildExamples({ memo, contractKey });
    // In the order `build` reports them: header, lines, examples.
    const diagnostics = contractDiagnostics;
    for (const part of parts) for (const d of part.diagnostics) diagnostics.push(d);
    for (const d of this.diagnostics) diagnostics.push(d);
    return { model: this.result(), diagnostics, lineRuns: parts.map((p) => p.lines) };
  }

  /** Which line stands for each act, in the socle and in each option: the first one written. */
  private index(): void {
    for (const option of this.allOptions()) {
      option.lines = [];
      option.byAct = new Map();
    }
    const add = (line: LineModel) => {
      line.option?.lines.push(line);
      // Kept lines (a memo's) may hold the list of an earlier analysis.
      delete line.sameAct;
      if (line.act) {
        const index = line.option ? line.option.byAct : this.socleByAct;
        const first = index.get(line.act.id);
        if (!first) index.set(line.act.id, line);
        else (first.sameAct ??= [first]).push(line);
      }
    };
    for (const line of this.lines) {
      add(line);
      if (line.formulaLines) for (const formulaLine of line.formulaLines) add(formulaLine);
    }
  }

  /** The formulas' options (in column order), then the `option` blocks. */
  private allOptions(): OptionModel[] {
    const formulaOptions: OptionModel[] = [];
    for (const formula of this.formulas) if (formula.option) formulaOptions.push(formula.option);
    return formulaOptions.length === 0 ? this.options : [...formulaOptions, ...this.options];
  }

  /**
   * Examples last: they refer to lines and options anywhere in the file. With `kept` (a document's
   * memo), an example whose node and inputs are those of the previous analysis keeps its model and
   * findings: a keystroke elsewhere does not rebuild the grid's hundreds of examples.
   */
  private buildExamples(kept?: { memo: ModelMemo; contractKey: string }): void {
    if (!kept) {
      for (const item of this.document.items) if (item.kind === 'example') this.buildExample(item);
      return;
    }
    const { memo } = kept;
    let key = `${kept.contractKey}\u0001`;
    for (const option of this.allOptions()) key += `${option.name}\u0000`;
    key += '\u0001';
    for (const act of this.socleByAct.keys()) key += `${act}\u0000`;
    const customActs = [...this.customActs.values()];
    for (const item of this.document.items) {
      if (item.kind !== 'example') continue;
      const previous = memo.example(item);
      if (previous && previous.key === key && sameActs(previous.customActs, customActs)) {
        this.examples.push(previous.example);
        for (const d of previous.diagnostics) this.diagnostics.push(d);
        continue;
      }
      const from = this.diagnostics.length;
      this.spans = [];
      const example = this.buildExample(item);
      memo.keepExample(item, { key, customActs, example, diagnostics: this.diagnostics.slice(from), spans: this.spans });
      this.spans = null;
    }
  }

  private result(): GridModel {
    return {
      document: this.document,
      contract: this.contract,
      sections: this.sections,
      options: this.allOptions(),
      formulas: this.formulas,
      lines: this.lines,
      examples: this.examples,
      socleByAct: this.socleByAct,
    };
  }

  build(): ModelResult {
    this.contract = this.buildContract(this.document.header);
    this.buildFormulas();
    this.buildItems(this.document.items, (node) => node.items);
    this.index();
    this.buildExamples();
    return { model: this.result(), diagnostics: this.diagnostics };
  }

  /** Top-level items in order; examples are built last (`buildExamples`). `itemsOf`: an option's items. */
  private buildItems(items: A.TopItem[], itemsOf: (option: A.OptionNode) => (A.SectionNode | A.GuaranteeLine)[]): void {
    for (const item of items) {
      switch (item.kind) {
        case 'section':
          this.buildSection(item, null);
          break;
        case 'guarantee':
          this.buildLine(item, null, null);
          break;
        case 'option':
          this.buildOption(item, itemsOf(item));
          break;
        case 'example':
        case 'formula':
          break;
      }
    }
  }

  /** The sections and loose lines of an option. */
  private buildOptionItems(items: (A.SectionNode | A.GuaranteeLine)[], option: OptionModel | null): void {
    for (const item of items) {
      if (item.kind === 'section') this.buildSection(item, option);
      else this.buildLine(item, null, option);
    }
  }

  /** A finding made by the family's `finding` (model-rules.ts). */
  private report(found: Finding<ModelCode>): void {
    this.diagnostics.push(found);
  }

  // -------------------------------------------------------------------------------------------

  private buildContract(header: A.ContractHeader | null): ContractInfo {
    const info: ContractInfo = {
      name: header?.name?.value ?? null,
      insurer: null,
      millesime: null,
      effectiveDate: null,
      responsible: null,
      defaultBasis: null,
      collective: false,
      yearMode: 'civile',
      pmssYear: 'soins',
      percentOf: null,
      regime: 'general',
    };
    if (!header) {
      this.report(finding('GR102', { start: 0, end: 0 }, {}));
      return info;
    }
    const seen = new Map<A.HeaderKey, A.HeaderAttribute>();
    for (const attribute of header.attributes) {
      if (seen.has(attribute.key)) {
        this.report(finding('GR103', attribute.range, { attribute: attribute.key }));
      }
      seen.set(attribute.key, attribute);
      const value = attribute.value;
      if (!value) continue;
      switch (attribute.key) {
        case 'assureur':
          if (value.kind === 'string') info.insurer = value.value;
          break;
        case 'millesime':
          if (value.kind === 'number') {
            const year = Number(value.value);
            if (!Number.isInteger(year) || year < FIRST_MILLESIME || year > LAST_MILLESIME) {
              this.report(finding('GR111', value.range, { variant: 'millesime', year: value.value, first: FIRST_MILLESIME, last: LAST_MILLESIME }));
            } else {
              info.millesime = year;
            }
          }
          break;
        case 'effet':
          if (value.kind === 'date' && value.value) info.effectiveDate = value.value;
          break;
        case 'responsable':
          if (value.kind === 'word') info.responsible = value.value === 'oui';
          break;
        case 'base':
          if (value.kind === 'word') info.defaultBasis = value.value === 'en_sus' ? 'en_sus' : 'ro_inclus';
          break;
        case 'type':
          if (value.kind === 'word') info.collective = value.value === 'collectif';
          break;
        case 'annee':
          if (value.kind === 'word') info.yearMode = value.value === 'adhesion' ? 'adhesion' : 'civile';
          break;
        case 'pmss':
          if (value.kind === 'word') info.pmssYear = value.value === 'millesime' ? 'millesime' : 'soins';
          break;
        case 'pourcentages':
          if (value.kind === 'word') info.percentOf = value.value === 'fr' ? 'fr' : 'br';
          break;
        case 'regime':
          if (value.kind === 'word') info.regime = value.value === 'alsace_moselle' ? 'alsace_moselle' : 'general';
          break;
      }
    }
    // With formulas side by side, the socle's status is the first formula's own word, if written.
    this.headerResponsible = info.responsible;
    const formulaNodes = this.formulaNodes();
    const firstStatus = formulaNodes[0]?.status?.value;
    if (firstStatus !== undefined) info.responsible = firstStatus;
    if (!info.effectiveDate && info.millesime) info.effectiveDate = `${info.millesime}-01-01`;
    if (info.millesime === null && info.effectiveDate) info.millesime = Number(info.effectiveDate.slice(0, 4));
    if (!info.effectiveDate) {
      this.report(
        finding('GR102', header.keywordRange, { variant: 'noDate' }, [
          fix('GR102', { fix: 'addMillesime' }, [{ range: { start: header.range.end, end: header.range.end }, newText: ' millesime 2026' }]),
        ]),
      );
    }
    // Not asked when every formula says its own status.
    const everyFormulaSays = formulaNodes.length > 0 && formulaNodes.every((f) => f.status);
    if (info.responsible === null || (this.headerResponsible === null && formulaNodes.length > 0 && !everyFormulaSays)) {
      this.report(
        finding('GR102', header.keywordRange, { variant: 'responsible' }, [
          fix('GR102', { fix: 'responsible' }, [{ range: { start: header.range.end, end: header.range.end }, newText: ' responsable' }]),
          fix('GR102', { fix: 'nonResponsible' }, [{ range: { start: header.range.end, end: header.range.end }, newText: ' non_responsable' }]),
        ]),
      );
    }
    return info;
  }

  private formulaNodes(): A.FormulaNode[] {
    const nodes: A.FormulaNode[] = [];
    for (const item of this.document.items) if (item.kind === 'formula') nodes.push(item);
    return nodes;
  }

  /**
   * The formulas side by side, from their declarations: the first is the socle (its lines are the
   * socle lines), each other one an option, stacked on the socle when it says how, else standing
   * alone (`remplace_socle`). With `memo`, models whose declarations mean the same are kept.
   */
  private buildFormulas(memo?: ModelMemo): void {
    const nodes = this.formulaNodes();
    const socle = this.contract.responsible;
    const statusOf = (node: A.FormulaNode, index: number): boolean | null =>
      index === 0 ? socle : (node.status?.value ?? this.headerResponsible ?? (node.mode ? socle : null));
    const key = nodes.map((n, i) => `${n.name?.value ?? ''}\u0000${n.mode?.value ?? ''}\u0000${statusOf(n, i)}`).join('\u0001');
    const kept = memo?.formulas?.key === key ? memo.formulas.models : null;
    const names = new Set<string>();
    this.formulas = nodes.map((node, index) => {
      const name = node.name?.value ?? '';
      if (name && names.has(name) && node.name) this.report(finding('GR132', node.name.range, { formula: name }));
      names.add(name);
      if (index === 0 && node.mode) {
        const mode = node.mode;
        this.report(
          finding('GR132', mode.range, { variant: 'firstStacked', mode: mode.value }, [
            fix('GR132', { fix: 'removeMode', mode: mode.value }, [{ range: { start: mode.range.start - 1, end: mode.range.end }, newText: '' }]),
          ]),
        );
      }
      const responsible = statusOf(node, index);
      const previous = kept?.[index];
      if (previous) {
        previous.node = node;
        if (previous.option) previous.option.node = node;
        return previous;
      }
      const option: OptionModel | null =
        index === 0
          ? null
          : {
              id: this.ids.next('option'),
              name,
              node,
              kind: 'formule',
              mode: node.mode?.value ?? 'remplace_socle',
              responsible,
              lines: [],
              byAct: new Map(),
            };
      return { index, name, node, responsible, option };
    });
    if (memo) memo.formulas = { key, models: this.formulas };
  }

  private buildOption(node: A.OptionNode, items: (A.SectionNode | A.GuaranteeLine)[]): void {
    if (!node.mode) {
      this.report(
        finding('GR106', node.headerRange, {}, [
          fix('GR106', { fix: 'includesSocle' }, [{ range: this.here(node.headerRange.end, node.headerRange.end), newText: ' inclut_socle' }]),
          fix('GR106', { fix: 'addsToSocle' }, [{ range: this.here(node.headerRange.end, node.headerRange.end), newText: ' en_sus_du_socle' }]),
        ]),
      );
    }
    const option: OptionModel = {
      id: this.ids.next('option'),
      name: node.name?.value ?? '',
      node,
      kind: 'option',
      mode: node.mode?.value ?? 'inclut_socle',
      // An option says its own status, else it has the socle's.
      responsible: node.status?.value ?? this.contract.responsible,
      lines: [],
      byAct: new Map(),
    };
    this.options.push(option);
    this.buildOptionItems(items, option);
  }

  private buildSection(node: A.SectionNode, option: OptionModel | null): void {
    const section: SectionModel = {
      id: this.ids.next('section'),
      name: node.name?.value ?? '',
      node,
      option,
      lines: [],
      annualCap: null,
    };
    let family = false;
    for (const limit of node.limits) {
      if (limit.kind === 'amount-cap' && (limit.per === null || limit.per.value === 'an')) {
        if (!this.inCents(limit.amount, W.sectionCap)) continue;
        const years = limit.per?.years && limit.per.years > 1 ? { years: limit.per.years } : {};
        section.annualCap = { amount: new Decimal(limit.amount.value), ...years, range: limit.range };
      } else if (limit.kind === 'per-family') {
        family = true;
      } else if (limit.kind === 'per-beneficiary' || limit.kind === 'unlimited') {
        // The default, written for readability.
      } else {
        this.report(finding('GR111', limit.range, { variant: 'sectionLimit' }));
      }
    }
    if (family && section.annualCap) section.annualCap.family = true;
    this.sections.push(section);
    for (const line of node.lines) this.buildLine(line, section, option);
  }

  private resolveAct(ref: A.ActRef, declaredHn: boolean, fixRange: Span): ActDefinition | null {
    const found = this.catalogue.find(ref.words);
    if (found) return found;
    const custom = this.customActs.get(ref.words.join(' '));
    if (custom) return custom;
    if (declaredHn) return null;
    const suggestions = this.catalogue.suggest(ref.words);
    const fixes = suggestions.map((s) => fix('GR101', { fix: 'replace', act: s }, [{ range: fixRange, newText: s }]));
    this.report(
      suggestions.length > 0
        ? finding('GR101', ref.range, { variant: 'suggested', act: ref.text, suggestions: suggestions.map((s) => `« ${s} »`).join(', ') }, fixes)
        : finding('GR101', ref.range, { act: ref.text }),
    );
    return null;
  }

  private buildLine(node: A.GuaranteeLine, section: SectionModel | null, option: OptionModel | null): void {
    let act = this.resolveAct(node.act, node.horsNomenclature !== null, node.act.range);
    if (node.horsNomenclature) {
      if (act && act.nomenclature !== 'HN') {
        this.report(
          finding('GR112', node.horsNomenclature, { act: node.act.text, nomenclature: act.nomenclature }, [
            fix('GR112', { fix: 'remove' }, [{ range: node.horsNomenclature, newText: '' }]),
          ]),
        );
      } else if (!act) {
        const typical =
          node.variants.find((v) => v.typicalPrice)?.typicalPrice ??
          node.variants.flatMap((v) => v.cells ?? []).find((cell) => cell.typicalPrice)?.typicalPrice;
        act = customHnAct(
          node,
          typical && new Decimal(typical.amount.value).decimalPlaces() <= 2 && this.moneyValue(typical.amount, W.typicalPrice) ? typical.amount.value : null,
        );
        this.customActs.set(node.act.words.join(' '), act);
      }
    }
    const line: LineModel = { id: this.ids.next('line'), node, act, section, option, columns: {} };
    const conditions = buildConditions(node.conditions);
    if (conditions) line.conditions = conditions;
    for (const variant of node.variants) {
      const key: ColumnKey = variant.sector?.value ?? 'all';
      if (line.columns[key]) {
        this.report(finding('GR105', variant.sector?.range ?? variant.range, { column: key === 'all' ? W.allSectors : key }));
        continue;
      }
      if (variant.cells) {
        this.buildCells(line, variant, variant.cells, key);
        continue;
      }
      if (!variant.coverage) {
        // A limit written on its own line before any coverage: attach it to the previous column.
        continue;
      }
      const column = this.buildColumn(line, key, variant, variant);
      if (column) line.columns[key] = column;
    }
    this.lines.push(line);
    section?.lines.push(line);
  }

  /**
   * One column of a line from what a variant (or a formula's cell) holds; null when it holds an
   * amount that is not in cents: the column is reported and left out of computations.
   */
  private buildColumn(line: LineModel, key: ColumnKey, content: A.Variant | A.Cell, variant: A.Variant): ColumnModel | null {
    this.invalidAmount = false;
    const terms: FormulaTerm[] =
      content.kind === 'cell' && content.dash ? [{ kind: 'none', range: content.dash }] : content.coverage ? this.buildTerms(content.coverage, line) : [];
    const column: ColumnModel = { key, terms, limits: this.buildLimits(content.limits, content.coverage, line), range: content.range, variant };
    if (content.typicalPrice) this.inCents(content.typicalPrice.amount, W.typicalPrice);
    if (content.tiers && content.tiers.length > 1) {
      const tiers: NonNullable<ColumnModel['tiers']> = [];
      content.tiers.forEach((tier, index) => {
        if (index > 0 && tier.fromYear <= tiers[tiers.length - 1]!.fromYear) {
          this.report(finding('GR111', tier.label, { variant: 'seniorityOrder', year: tier.fromYear, previous: tiers[tiers.length - 1]!.fromYear }));
          return;
        }
        if (index === 0 && tier.fromYear !== 1) this.report(finding('GR111', tier.label, { variant: 'seniorityFirst', year: tier.fromYear }));
        const tierColumn: ColumnModel =
          index === 0
            ? column
            : {
                key,
                terms: tier.coverage ? this.buildTerms(tier.coverage, line) : [],
                limits: this.buildLimits(tier.limits, tier.coverage, line),
                range: tier.range,
                variant,
              };
        tiers.push({ fromYear: tier.fromYear, column: tierColumn, label: tier.labelText, range: tier.label });
      });
      if (tiers.length > 1) column.tiers = tiers;
    }
    if (this.invalidAmount) return null;
    if (content.typicalPrice) {
      const typical = this.moneyValue(content.typicalPrice.amount, W.typicalPrice, !(line.node.horsNomenclature && line.act?.id.startsWith('hn:')));
      if (typical) column.typicalPrice = typical;
    }
    return column;
  }

  /**
   * A row of formulas side by side: cell 1 is this line's column (the socle's), cell k the column
   * of formula k's line for the same act, built here the first time the row needs it.
   */
  private buildCells(line: LineModel, variant: A.Variant, cells: A.Cell[], key: ColumnKey): void {
    const formulas = this.formulas;
    let usable = cells.length;
    if (line.option) {
      this.report(finding('GR131', variant.range, { variant: 'inOption', option: line.option.name }));
      usable = 1;
    } else if (formulas.length === 0) {
      this.report(finding('GR131', variant.range, { variant: 'noFormulas' }));
      usable = 1;
    } else if (cells.length !== formulas.length) {
      const names = formulas.map((f) => `« ${f.name} »`).join(', ');
      this.report(finding('GR131', variant.range, { cells: cells.length, formulas: formulas.length, names }));
      usable = Math.min(cells.length, formulas.length);
    }
    for (let k = 0; k < Math.min(usable, cells.length); k++) {
      const cell = cells[k]!;
      if (!cell.coverage && !cell.dash) continue;
      const target = k === 0 ? line : this.formulaLine(line, formulas[k]!);
      const column = this.buildColumn(target, key, cell, variant);
      if (column) target.columns[key] = column;
    }
  }

  /** Formula `formula`'s line of the row `row` (created on first use, in column order). */
  private formulaLine(row: LineModel, formula: FormulaModel): LineModel {
    const lines = (row.formulaLines ??= []);
    const existing = lines.find((l) => l.option === formula.option);
    if (existing) return existing;
    const line: LineModel = {
      id: this.ids.next('line'),
      node: row.node,
      act: row.act,
      section: row.section ? this.formulaSection(row.section, formula) : null,
      option: formula.option,
      columns: {},
      row,
    };
    if (row.conditions) line.conditions = row.conditions;
    lines.push(line);
    lines.sort((a, b) => this.formulas.findIndex((f) => f.option === a.option) - this.formulas.findIndex((f) => f.option === b.option));
    return line;
  }

  /** A section as seen by one formula: the same name, node and shared cap, with its own counters. */
  private formulaSection(section: SectionModel, formula: FormulaModel): SectionModel {
    const own = (section.perFormula ??= new Map<OptionModel, SectionModel>());
    let shadow = own.get(formula.option!);
    if (!shadow) {
      shadow = { id: this.ids.next('section'), name: section.name, node: section.node, option: formula.option, lines: [], annualCap: section.annualCap };
      own.set(formula.option!, shadow);
    }
    return shadow;
  }

  /** Settles every ambiguous line at once: `base ro_inclus` (the market usage) in the header. */
  private headerBasisFix(): Fix[] {
    const header = this.document.header;
    if (!header) return [];
    return [fix('GR104', { fix: 'inHeader' }, [{ range: { start: header.range.end, end: header.range.end }, newText: ' base ro_inclus' }])];
  }

  /**
   * The terms as the language reads them, from the terms as printed: a bare `150 %` is a
   * percentage of what its section or the header says (else of the BR, asked: GR134; of the price
   * for an act without a BR); `RO` pays nothing and what follows it is on top of the Sécu;
   * `100 % FR dans la limite des PLV` is `100 % Santé`.
   */
  private readPrinted(coverage: A.Coverage, line: LineModel): A.Term[] {
    const printed = coverage.terms;
    if (!printed.some((t) => t.kind === 'pct' || t.kind === 'ro' || (t.kind === 'frais-reels' && (t.capSante100 || t.forfait)))) return printed;
    const read: A.Term[] = [];
    let afterRo = false;
    for (const term of printed) {
      switch (term.kind) {
        case 'ro':
          afterRo = true;
          break;
        case 'pct': {
          const basis = term.basis ?? (afterRo ? { value: 'en_sus' as const, range: term.range } : null);
          if (this.percentOf(term, line) === 'fr') read.push({ kind: 'frais-reels', rate: term.rate, capPercentBr: null, range: term.range });
          else read.push({ kind: 'pct-br', rate: term.rate, basis, range: term.range });
          break;
        }
        case 'pct-br':
          read.push(afterRo && !term.basis ? { ...term, basis: { value: 'en_sus', range: term.range } } : term);
          break;
        case 'frais-reels':
          if (term.capSante100) {
            read.push({ kind: '100-sante', range: term.range });
            break;
          }
          if (term.forfait && line.act && !line.act.regulatedPrice) {
            const rate = (term.rate?.value ?? '100').replace('.', ',');
            this.report(
              finding('GR134', term.range, { variant: 'forfait', rate, act: actNames(line.act) }, [
                fix('GR134', { fix: 'unit', rate, unit: 'FR' }, [{ range: this.here(term.forfait.start, term.forfait.end), newText: 'FR' }]),
              ]),
            );
          }
          read.push(term);
          break;
        default:
          read.push(term);
      }
    }
    // `RO` alone: the Sécu pays, the mutuelle nothing.
    if (read.length === 0) read.push({ kind: 'none', range: coverage.range });
    return read;
  }

  /** What a bare percentage is of: the section's word, else the header's, else the BR (asked); the price for an act without a BR. */
  private percentOf(term: A.BarePercentTerm, line: LineModel): A.PercentBase {
    if (line.act && !line.act.base) return 'fr';
    const declared = line.section?.node.percentOf?.value ?? this.contract.percentOf;
    if (declared) return declared;
    const rate = term.rate.value.replace('.', ',');
    // The fix writes the unit on the line; the header's `pourcentages BR` is in the message (a fix
    // there would make every line's model depend on the header's end offset).
    const onLine = fix('GR134', { fix: 'unit', rate, unit: 'BR' }, [{ range: this.here(term.percent.end, term.percent.end), newText: ' BR' }]);
    this.report(finding('GR134', term.range, { rate }, [onLine]));
    return 'br';
  }

  private buildTerms(coverage: A.Coverage, line: LineModel): FormulaTerm[] {
    const terms: FormulaTerm[] = [];
    const written = this.readPrinted(coverage, line);
    let afterTm = false;
    // The index of the last `TM` term, so that « is a TM written after this term? » is one comparison.
    let lastTm = -1;
    written.forEach((t, i) => {
      if (t.kind === 'tm') lastTm = i;
    });
    for (const [index, term] of written.entries()) {
      switch (term.kind) {
        case 'pct-br': {
          // `X % BR + TM` reads as `TM + X % BR`: the TM plus X % BR on top (never the TM twice).
          const beforeTm = !term.basis && lastTm > index;
          let basis: A.RateBasis;
          if (term.basis) basis = term.basis.value;
          else if (afterTm || beforeTm) basis = 'en_sus';
          else if (this.contract.defaultBasis) basis = this.contract.defaultBasis;
          else {
            basis = 'ro_inclus';
            const onLine = (value: A.RateBasis): Fix =>
              fix('GR104', { fix: 'onLine', basis: value }, [{ range: this.here(term.range.end, term.range.end), newText: ` ${value}` }]);
            // The rate as the grid writes it, in both languages: it is quoted.
            this.report(
              finding('GR104', term.range, { rate: term.rate.value.replace('.', ',') }, [onLine('ro_inclus'), onLine('en_sus'), ...this.headerBasisFix()]),
            );
          }
          terms.push({
            kind: 'pct-br',
            rate: new Decimal(term.rate.value),
            basis,
            explicitBasis: term.basis !== null,
            afterTm: afterTm || beforeTm,
            range: term.range,
          });
          // `100 % BR + 50 % BR` (domain.md §4.1): the first term is the TM, what follows is on top.
          if (basis === 'ro_inclus' && this.isTmLike(term)) afterTm = true;
          break;
        }
        case 'tm':
          afterTm = true;
          terms.push({ kind: 'tm', range: term.range });
          break;
        case 'frais-reels':
          terms.push({
            kind: 'frais-reels',
            rate: new Decimal(term.rate?.value ?? '100'),
            // `limité à Y % BR + TM`: the TM brings the total to the BR, so the cap is (Y + 100) % BR.
            capPercentBr: term.capPercentBr ? new Decimal(term.capPercentBr.value).plus(term.capPlusTm ? 100 : 0) : null,
            range: term.range,
          });
          break;
        case 'amount': {
          this.inCents(term.amount, W.amount);
          const roInclus = term.basis?.value === 'ro_inclus';
          if (roInclus && term.per?.value === 'an') {
            this.report(finding('GR111', term.basis!.range, { variant: 'annualAllowanceSecu' }));
            terms.push({ kind: 'amount', amount: new Decimal(term.amount.value), per: 'an', range: term.range });
            break;
          }
          terms.push({
            kind: 'amount',
            amount: new Decimal(term.amount.value),
            per: term.per?.value ?? null,
            ...(roInclus ? { roInclus } : {}),
            range: term.range,
          });
          break;
        }
        case 'pmss':
          terms.push({ kind: 'pmss', rate: new Decimal(term.rate.value), per: term.per?.value ?? null, range: term.range });
          break;
        case '100-sante':
          terms.push({ kind: '100-sante', range: term.range });
          break;
        case 'none':
          terms.push({ kind: 'none', range: term.range });
          break;
      }
    }
    return terms;
  }

  /** `100 % BR` RO inclus (with no explicit `en_sus`): the ticket modérateur. */
  private isTmLike(term: A.Term | undefined): boolean {
    return (
      term?.kind === 'pct-br' && term.rate.value === '100' && term.basis?.value !== 'en_sus' && (term.basis !== null || this.contract.defaultBasis !== 'en_sus')
    );
  }

  private buildLimits(limits: A.Limit[], coverage: A.Coverage | null, line: LineModel): LineLimits {
    const result: LineLimits = {};
    const allowanceYears =
      coverage?.terms.reduce((most, t) => ((t.kind === 'amount' || t.kind === 'pmss') && t.per?.years ? Math.max(most, t.per.years) : most), 0) ?? 0;
    if (allowanceYears > 1) result.allowanceYears = allowanceYears;
    for (const limit of limits) {
      switch (limit.kind) {
        case 'count-limit': {
          const value = Number(limit.count.value);
          if (!Number.isInteger(value) || value < 0) {
            // The count as the grid writes it, in both languages: it is quoted.
            this.report(finding('GR111', limit.count.range, { variant: 'count', count: limit.count.value.replace('.', ',') }));
            break;
          }
          result.count = { value, unit: limit.unit?.value ?? null, ...(limit.periodYears ? { years: limit.periodYears } : {}), range: limit.range };
          break;
        }
        case 'amount-cap': {
          this.inCents(limit.amount, W.cap);
          const amount = new Decimal(limit.amount.value);
          const roInclus = limit.basis?.value === 'ro_inclus' ? { roInclus: true } : {};
          if (limit.per === null || limit.per.value !== 'an') result.unitCap = { amount, per: limit.per?.value ?? null, ...roInclus, range: limit.range };
          else result.annualCap = { amount, ...roInclus, ...(limit.per.years && limit.per.years > 1 ? { years: limit.per.years } : {}), range: limit.range };
          break;
        }
        case 'renewal': {
          const years = Number(limit.years.value);
          if (!Number.isInteger(years) || years < 1 || years > LANGUAGE_LIMITS.renewalYears) {
            this.report(finding('GR111', limit.years.range, { variant: 'renewalYears', most: LANGUAGE_LIMITS.renewalYears }));
            break;
          }
          if (limit.count && limit.count.value !== '1') {
            this.report(finding('GR111', limit.count.range, { variant: 'renewalCount' }));
          }
          result.renewal = { years, range: limit.range };
          break;
        }
        case 'carence': {
          const amount = Number(limit.amount.value);
          const months = limit.unit.value === 'mois';
          const most = months ? LANGUAGE_LIMITS.carenceMonths : LANGUAGE_LIMITS.carenceDays;
          if (!Number.isInteger(amount) || amount < 0 || amount > most) {
            this.report(finding('GR111', limit.amount.range, { variant: 'carence', most, unit: months ? W.months : W.days }));
            break;
          }
          result.carence = { months: limit.unit.value === 'mois' ? amount : 0, days: limit.unit.value === 'jours' ? amount : 0, range: limit.range };
          break;
        }
        case 'per-family':
          result.family = { range: limit.range };
          break;
        case 'shared':
          result.pool = limit.name
            ? { name: limit.name.value.trim().toLowerCase(), label: limit.name.value, range: limit.range }
            : { name: null, label: line.section?.name ?? '', range: limit.range };
          break;
        case 'from-rank': {
          const unit = limit.unit?.value ?? null;
          if (unit && line.act && !sameKindOfUnit(unit, line.act.unit)) {
            this.report(finding('GR111', limit.unit!.range, { variant: 'rankUnit', unit: limit.unit!.value, actUnit: line.act.unit }));
            break;
          }
          result.fromRank = { rank: Number(limit.rank.value), unit, range: limit.range };
          break;
        }
        case 'per-beneficiary':
        case 'unlimited':
        case 'within-expenses':
          break;
      }
    }
    return result;
  }

  // -------------------------------------------------------------------------------------------
  // Examples

  private buildExample(node: A.ExampleNode): ExampleModel {
    const example: ExampleModel = { node, name: node.name?.value ?? '', events: [] };
    this.examples.push(example);
    // Situation lines set defaults for the acts that follow them; the formula named on the
    // `exemple` line comes first, so an act or a situation may name another one.
    let situation: A.CaseAttribute[] = node.formula ? [{ kind: 'option', value: node.formula, range: node.formula.range }] : [];
    let unnamed: A.ExampleAct | null = null;
    // Last date of care per beneficiary: counters run in the order written (GR130).
    const lastDate = new Map<string, string>();
    for (const step of node.steps) {
      switch (step.kind) {
        case 'example-situation':
          situation = [...situation, ...step.attributes];
          break;
        case 'example-act': {
          const { formulaNamed, ...event } = this.buildEvent(step, situation);
          example.events.push(event);
          if (!formulaNamed) unnamed ??= step;
          const care = event.care;
          if (care) {
            const previous = lastDate.get(care.beneficiary);
            if (previous && compareDates(care.date, previous) < 0) {
              const dateAttribute = [...step.attributes].reverse().find((a) => a.kind === 'date');
              this.report(finding('GR130', dateAttribute?.range ?? step.act.range, { date: dateArg(care.date), previous: dateArg(previous) }));
            } else {
              lastDate.set(care.beneficiary, care.date);
            }
          }
          break;
        }
        case 'example-expected': {
          const last = example.events[example.events.length - 1];
          if (!last) {
            this.report(finding('GR109', step.range, {}));
            break;
          }
          if (last.expected) {
            this.report(finding('GR103', step.range, { variant: 'expected' }));
          }
          last.expected = this.buildExpected(step);
          break;
        }
      }
    }
    if (unnamed && this.formulas.length > 1) {
      const first = this.formulas[0]!.name;
      const formulas = this.formulas.map((f) => `« ${f.name} »`).join(', ');
      const at = node.headerRange.end;
      this.report(
        finding('GR133', node.headerRange, { formula: first, formulas }, [
          ...this.formulas.map((f) => fix('GR133', { fix: 'name', formula: f.name }, [{ range: this.here(at, at), newText: ` formule "${f.name}"` }])),
        ]),
      );
    }
    return example;
  }

  private buildExpected(step: A.ExampleExpected): ExpectedAmounts {
    const expected: ExpectedAmounts = { node: step };
    for (const value of step.values) {
      if (!this.inCents(value.amount, phrase(W.expectedAmount, { field: value.field }))) continue;
      expected[value.field] = { amount: new Decimal(value.amount.value), range: value.amount.range };
    }
    return expected;
  }

  private buildEvent(step: A.ExampleAct, situation: A.CaseAttribute[]): CareEvent & { formulaNamed?: boolean } {
    const act = this.resolveAct(step.act, false, step.act.range);
    const event: CareEvent & { formulaNamed?: boolean } = { node: step, care: null, repeat: 1, expected: null };
    const care: CareCase | null = act
      ? {
          act,
          sector: 'secteur1',
          unitPrice: null,
          br: null,
          date: this.contract.effectiveDate ?? '',
          quantity: 1,
          age: null,
          flags: new Set(),
          adhesionDate: null,
          option: null,
          beneficiary: 'assuré',
          // The header's `regime local` is every case's default; a case's own `regime` replaces it.
          ...(this.contract.regime !== 'general' ? { regime: this.contract.regime } : {}),
        }
      : null;
    this.invalidAmount = false;
    for (const attribute of [...situation, ...step.attributes]) {
      switch (attribute.kind) {
        case 'repeat': {
          const n = this.wholeNumber(attribute.value.value, 1, LANGUAGE_LIMITS.repeat, W.repeat, attribute.range);
          if (n !== null) event.repeat = n;
          break;
        }
        case 'option': {
          const name = attribute.value.value;
          event.formulaNamed = true;
          // The first formula is the socle: naming it computes the socle alone.
          if (this.formulas[0]?.name === name) {
            if (care) care.option = null;
            break;
          }
          const options = this.allOptions();
          if (!options.some((o) => o.name === name)) {
            const names = [...(this.formulas[0] ? [this.formulas[0].name] : []), ...options.map((o) => o.name)].map((n) => `« ${n} »`).join(', ');
            this.report(
              names
                ? finding('GR107', attribute.value.range, { option: name, options: names })
                : finding('GR107', attribute.value.range, { variant: 'noOption', option: name }),
            );
          } else if (care) {
            care.option = name;
          }
          break;
        }
        default:
          if (care) this.applyCaseAttribute(care, attribute);
      }
    }
    // A date written but invalid (GR004) must not silently become the contract's date.
    const badDate = [...situation, ...step.attributes].some((a) => (a.kind === 'date' || a.kind === 'adhesion') && !a.value.value);
    // Nor may a price that is not in cents become the typical price: no computation at all.
    if (badDate || this.invalidAmount) return event;
    if (care && !care.date) {
      this.report(finding('GR102', step.range, { variant: 'careDate' }));
      return event;
    }
    if (care && !coveringEntry(this.socleByAct, care.act)) {
      this.report(finding('GR108', step.act.range, { act: actNames(care.act) }));
    }
    event.care = care;
    return event;
  }

  private applyCaseAttribute(care: CareCase, attribute: A.CaseAttribute): void {
    switch (attribute.kind) {
      case 'sector':
        care.sector = attribute.value;
        break;
      case 'price':
        if (this.inCents(attribute.value, W.price)) care.unitPrice = this.nonNegative(attribute.value, W.price);
        break;
      case 'br':
        if (this.inCents(attribute.value, W.br)) care.br = this.nonNegative(attribute.value, W.br);
        break;
      case 'date':
        if (attribute.value.value) care.date = attribute.value.value;
        break;
      case 'quantity': {
        const n = this.wholeNumber(attribute.value.value, 1, LANGUAGE_LIMITS.quantity, W.quantity, attribute.range);
        if (n !== null) care.quantity = n;
        break;
      }
      case 'age': {
        const n = this.wholeNumber(attribute.value.value, 0, LANGUAGE_LIMITS.age, W.age, attribute.range);
        if (n !== null) care.age = n;
        break;
      }
      case 'adhesion':
        if (attribute.value.value) care.adhesionDate = attribute.value.value;
        break;
      case 'beneficiary':
        care.beneficiary = attribute.value.value;
        break;
      case 'stay':
        care.stay = attribute.value;
        // A stay in psychiatry or maternity is what the flags of the same name say (FJ rate, TM).
        if (attribute.value === 'psychiatrie' || attribute.value === 'maternite') care.flags.add(attribute.value);
        break;
      case 'establishment':
        care.conventionne = attribute.value;
        break;
      case 'stayName':
        care.stayName = attribute.value.value;
        break;
      case 'regime':
        if (attribute.value === 'general') delete care.regime;
        else care.regime = attribute.value;
        break;
      case 'residence':
        if (attribute.value === 'metropole') delete care.territory;
        else care.territory = attribute.value;
        break;
      case 'flag':
        care.flags.add(attribute.value);
        break;
      case 'option':
      case 'repeat':
        break;
    }
  }

  /**
   * A € amount must be in cents: `10,555 €` is reported (GR111) and not computed with, rather than
   * producing amounts that are not in cents.
   */
  private inCents(value: A.NumberLit, what: Localized): boolean {
    const amount = new Decimal(value.value);
    if (amount.decimalPlaces() <= 2) return true;
    // The amount as the grid writes it, in both languages: it is quoted.
    this.report(finding('GR111', value.range, { what, amount: value.value.replace('.', ',') }));
    this.invalidAmount = true;
    return false;
  }

  /** A whole number from `min` to `max` (an example's count, quantity or age), or null and GR111 at `range`. */
  private wholeNumber(value: string, min: number, max: number, what: Localized, range: Span): number | null {
    const n = Number(value);
    if (Number.isInteger(n) && n >= min && n <= max) return n;
    this.report(finding('GR111', range, { variant: 'wholeNumber', what, min, max }));
    return null;
  }

  /** A price written in the grid: null (and reported once, when `report`) if negative. */
  private moneyValue(value: A.NumberLit, what: Localized, report = true): Decimal | null {
    const amount = new Decimal(value.value);
    if (amount.isNegative()) {
      if (report) this.report(finding('GR111', value.range, { variant: 'negative', what }));
      return null;
    }
    return amount;
  }

  private nonNegative(value: A.NumberLit, what: Localized): Decimal | null {
    const amount = new Decimal(value.value);
    if (amount.isNegative()) {
      this.report(finding('GR111', value.range, { variant: 'negative', what }));
      return null;
    }
    return amount;
  }
}

/** A date of care for a message: `jj/mm/aaaa` in French, the grid's `aaaa-mm-jj` in English. */
function dateArg(iso: string): Localized {
  return { fr: frenchDate(iso), en: iso };
}
