/**
 * `grille.config.json`, found in the given folder or the nearest parent (the repository root). The
 * CLI reads it from the current folder (or `--config`), the language server from each document's
 * folder, so both apply the same severities. Its JSON schema ships with the package:
 * server/src/cli/grille-config.schema.json, which this code enforces: unknown keys, unknown rule
 * codes, unknown severities and a `$schema` that is not a string are errors. The file is UTF-8, a
 * BOM allowed.
 */
import * as path from 'node:path';
import { frenchDidYouMean, ruleInfo, type SeverityOverrides } from '../core';
import { CONFIG_FILE } from '../protocol';
import { decodeUtf8, NotUtf8Error, pathExists, readRegularFile, UnreadableFileError } from './read-text-file';

// The client watches the same file name.
export { CONFIG_FILE };

export interface CliConfig {
  /** Severity per rule code, or "off". */
  severity: SeverityOverrides;
  /** Where the config came from, for messages. */
  file: string | null;
}

export class ConfigError extends Error {}

const SEVERITIES = ['error', 'warning', 'info', 'hint', 'off'];
const KEYS = ['$schema', 'severity'];

/**
 * The nearest grille.config.json from `start` up. Whatever is there is the config, even a broken
 * link or a FIFO: loadConfig then reports it (and never reads a FIFO) rather than silently taking
 * a parent folder's config.
 */
export function findConfig(start: string): string | null {
  let dir = path.resolve(start);
  for (;;) {
    const candidate = path.join(dir, CONFIG_FILE);
    if (pathExists(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** `explicit` (a path relative to cwd) or the nearest grille.config.json from `cwd` up; none → no overrides. */
export function loadConfig(explicit: string | undefined, cwd: string): CliConfig {
  const file = explicit ? path.resolve(cwd, explicit) : findConfig(cwd);
  if (!file) return { severity: {}, file: null };
  let text: string;
  try {
    text = decodeUtf8(readRegularFile(file));
  } catch (error) {
    if (error instanceof UnreadableFileError) throw new ConfigError(`configuration illisible ${file} : ${error.reason}.`);
    if (error instanceof NotUtf8Error) throw new ConfigError(`configuration illisible ${file} : ${error.message} (JSON en UTF-8 attendu).`);
    throw error;
  }
  return { severity: parseConfig(text, file), file };
}

/** The severities of a config file's text; a ConfigError naming `file` for anything the schema rejects. */
export function parseConfig(text: string, file: string): SeverityOverrides {
  let raw: unknown;
  try {
    // Editors on Windows save JSON with a BOM; JSON.parse refuses it, the file means the same without it.
    raw = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    throw new ConfigError(`configuration illisible ${file} : ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new ConfigError(`${file} : un objet JSON est attendu.`);
  for (const key of Object.keys(raw)) {
    if (!KEYS.includes(key))
      throw new ConfigError(`${file} : clé inconnue « ${key} »${frenchDidYouMean(key, KEYS, { atLeast: 2 })} ; clés admises : ${KEYS.join(', ')}.`);
  }
  const schema = (raw as { $schema?: unknown }).$schema;
  if (schema !== undefined && typeof schema !== 'string')
    throw new ConfigError(`${file} : « $schema » doit être une chaîne (l'adresse du schéma), pas ${JSON.stringify(schema)}.`);
  const severity: SeverityOverrides = {};
  const section = (raw as { severity?: unknown }).severity;
  if (section !== undefined) {
    if (!section || typeof section !== 'object' || Array.isArray(section))
      throw new ConfigError(`${file} : « severity » doit être un objet { "GR116": "off" }.`);
    for (const [code, value] of Object.entries(section as Record<string, unknown>)) {
      if (!/^GR\d{3}$/.test(code)) throw new ConfigError(`${file} : code de règle invalide « ${code} » (forme GR123).`);
      if (!ruleInfo(code)) throw new ConfigError(`${file} : règle inconnue ${code} (les codes sont dans docs/rules.md).`);
      if (typeof value !== 'string' || !SEVERITIES.includes(value))
        throw new ConfigError(`${file} : gravité invalide pour ${code} : ${JSON.stringify(value)} (error, warning, info, hint ou off).`);
      severity[code] = value as SeverityOverrides[string];
    }
  }
  return severity;
}
