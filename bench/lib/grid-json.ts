/**
 * The same grid in the shapes the references read: a JSON document (for `JSON.parse`) and YAML
 * (for yaml-language-server, validated against lib/grid-schema.ts). The shape is the one an author
 * would write by hand: a contract header, sections with one entry per guarantee line, one key per
 * sector column with the coverage as written, limits as written, and the examples' steps.
 */
import { Document, visit } from 'yaml';
import type { CaseAttribute, ExampleNode, FormulaNode, GridDocument, GuaranteeLine, Limit, OptionNode, SectionNode } from '../../server/src/core/syntax/ast';
import type { Span } from '../../server/src/core/syntax/text';

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export function gridToJson(document: GridDocument, text: string): JsonObject {
  const slice = (span: Span) => text.slice(span.start, span.end).trim();
  const limits = (list: Limit[]): JsonObject => (list.length > 0 ? { limites: list.map((l) => slice(l.range)) } : {});
  const line = (node: GuaranteeLine): JsonObject => {
    const out: JsonObject = { acte: node.act.text };
    if (node.label) out.libelle = node.label.value;
    if (node.horsNomenclature) out.hors_nomenclature = true;
    for (const variant of node.variants) {
      const column = variant.sector?.value ?? 'tous';
      // Formulas side by side: one string per formula's cell, as printed (`-` for a dash).
      if (variant.cells) out[column] = variant.cells.map((c) => slice(c.range).replace(/^\|\s*/, ''));
      else if (variant.tiers) out[column] = variant.tiers.map((t) => slice(t.range));
      else out[column] = variant.coverage ? slice(variant.coverage.range) : '';
      if (variant.limits.length > 0) out[`limites_${column}`] = variant.limits.map((l) => slice(l.range));
    }
    return out;
  };
  const section = (node: SectionNode): JsonObject => ({ nom: node.name?.value ?? '', ...limits(node.limits), lignes: node.lines.map(line) });
  const attributes = (list: CaseAttribute[]): JsonObject => {
    const out: JsonObject = {};
    for (const a of list) {
      if (a.kind === 'flag') out.drapeaux = [...((out.drapeaux as Json[] | undefined) ?? []), a.value];
      else out[a.kind] = typeof a.value === 'string' || typeof a.value === 'boolean' ? a.value : a.value.value;
    }
    return out;
  };
  const example = (node: ExampleNode): JsonObject => ({
    nom: node.name?.value ?? '',
    ...(node.formula ? { formule: node.formula.value } : {}),
    etapes: node.steps.map((step): Json => {
      if (step.kind === 'example-act') return { acte: step.act.text, ...attributes(step.attributes) };
      if (step.kind === 'example-situation') return { situation: attributes(step.attributes) };
      return { attendu: Object.fromEntries(step.values.map((v) => [v.field, v.amount.value])) };
    }),
  });
  const option = (node: OptionNode): JsonObject => ({
    nom: node.name?.value ?? '',
    ...(node.mode ? { mode: node.mode.value } : {}),
    postes: node.items.filter((i): i is SectionNode => i.kind === 'section').map(section),
    lignes: node.items.filter((i): i is GuaranteeLine => i.kind === 'guarantee').map(line),
  });

  const header = document.header;
  const contrat: JsonObject = { nom: header?.name?.value ?? '' };
  for (const a of header?.attributes ?? []) contrat[a.key] = a.value ? a.value.value : true;
  const formula = (node: FormulaNode): JsonObject => ({
    nom: node.name?.value ?? '',
    ...(node.mode ? { mode: node.mode.value } : {}),
    ...(node.status ? { responsable: node.status.value } : {}),
  });
  const formulas = document.items.filter((i): i is FormulaNode => i.kind === 'formula');
  return {
    contrat,
    ...(formulas.length > 0 ? { formules: formulas.map(formula) } : {}),
    postes: document.items.filter((i): i is SectionNode => i.kind === 'section').map(section),
    lignes: document.items.filter((i): i is GuaranteeLine => i.kind === 'guarantee').map(line),
    options: document.items.filter((i): i is OptionNode => i.kind === 'option').map(option),
    exemples: document.items.filter((i): i is ExampleNode => i.kind === 'example').map(example),
  };
}

/**
 * YAML as an author would write it: block structure, one guarantee line (or example step) per
 * line as a flow mapping, `- { acte: osteopathie, tous: 40 € par seance, … }`, so the YAML has
 * about as many lines and bytes as the grid. Serialised by the `yaml` package, the library
 * yaml-language-server parses with.
 */
export function toYaml(value: Json): string {
  const document = new Document(value);
  visit(document, {
    Map(_, node) {
      if (node.items.some((pair) => ['acte', 'situation', 'attendu'].includes(String((pair.key as { value?: unknown } | null)?.value)))) {
        node.flow = true;
        return visit.SKIP;
      }
      return undefined;
    },
  });
  return document.toString({ lineWidth: 0 });
}
