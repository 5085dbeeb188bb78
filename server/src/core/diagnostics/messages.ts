/**
 * Message templates: each finding's text is written once per language, with named placeholders
 * (`{act}`, `{limit}`), and filled by one function. A placeholder's value is either the same in
 * both languages (a label, a line number) or given per language (`{ fr, en }`: amounts, words).
 * The placeholders a template may be filled with are read from its text by the type system, so a
 * misspelt or missing one does not compile; a test checks that both languages use the same ones.
 */

export interface Template {
  readonly fr: string;
  readonly en: string;
}

/** A value written differently in each language (an amount, a percentage, a word). */
export interface Localized {
  readonly fr: string;
  readonly en: string;
}

export type MessageArg = string | number | Localized;

/** The placeholder names of a template text: `'{a} et {b}'` → `'a' | 'b'`. */
export type PlaceholderNames<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | PlaceholderNames<Rest> : never;

/** The values a template needs, one per placeholder. */
export type TemplateArgs<T extends Template> = { readonly [Name in PlaceholderNames<T['fr']>]: MessageArg };

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** The placeholder names of a text, in order of first use. */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

function valueIn(value: MessageArg | undefined, language: 'fr' | 'en'): string | undefined {
  if (value === undefined) return undefined;
  return typeof value === 'object' ? value[language] : String(value);
}

/** One language's text of a template; a placeholder without a value stays visible as `{name}`. */
export function fillText(text: string, args: Readonly<Record<string, MessageArg>>, language: 'fr' | 'en'): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => valueIn(args[name], language) ?? whole);
}

/** A template filled in both languages, as a value for another template (a word, a phrase). */
export function phrase<T extends Template>(template: T, args: TemplateArgs<T>): Localized {
  return { fr: fillText(template.fr, args, 'fr'), en: fillText(template.en, args, 'en') };
}

/** Both languages of a template, filled: a finding's message and its English. */
export function fill(template: Template, args: Readonly<Record<string, MessageArg>>): { message: string; messageEn: string } {
  const { fr, en } = phrase(template, args as TemplateArgs<Template>);
  return { message: fr, messageEn: en };
}
