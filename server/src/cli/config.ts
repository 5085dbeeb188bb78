/**
 * The CLI's configuration file, `grille.config.json`, found in the current folder or the nearest
 * parent (the repository root). Its JSON schema ships with the package: grille-config.schema.json.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SeverityOverrides } from '../core/rules/severity';

export const CONFIG_FILE = 'grille.config.json';

export interface CliConfig {
  /** Severity per rule code, or "off". */
  severity: SeverityOverrides;
  /** Where the config came from, for messages. */
  file: string | null;
}

export class ConfigError extends Error {}

const SEVERITIES = new Set(['error', 'warning', 'info', 'hint', 'off']);

export function findConfig(start: string): string | null {
  let dir = path.resolve(start);
  for (;;) {
    const candidate = path.join(dir, CONFIG_FILE);
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

export function loadConfig(explicit: string | undefined, cwd: string): CliConfig {
  const file = explicit ? path.resolve(cwd, explicit) : findConfig(cwd);
  if (!file) return { severity: {}, file: null };
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(`configuration illisible ${file} : ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new ConfigError(`${file} : un objet JSON est attendu.`);
  const severity: SeverityOverrides = {};
  const section = (raw as { severity?: unknown }).severity;
  if (section !== undefined) {
    if (!section || typeof section !== 'object' || Array.isArray(section)) throw new ConfigError(`${file} : « severity » doit être un objet { "GR116": "off" }.`);
    for (const [code, value] of Object.entries(section as Record<string, unknown>)) {
      if (!/^GR\d{3}$/.test(code)) throw new ConfigError(`${file} : code de règle invalide « ${code} » (forme GR123).`);
      if (typeof value !== 'string' || !SEVERITIES.has(value)) throw new ConfigError(`${file} : gravité invalide pour ${code} : ${JSON.stringify(value)} (error, warning, info, hint ou off).`);
      severity[code] = value as SeverityOverrides[string];
    }
  }
  return { severity, file };
}
