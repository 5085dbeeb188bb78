/** The extension's settings (contributes.configuration), with their defaults. */
import type { Severity } from '../core';

export interface Settings {
  previews: { enabled: boolean; style: 'full' | 'compact' };
  /** Where the « Expliquer » lenses go: above each example (the default), above every line too, or nowhere. */
  explainLenses: 'examples' | 'all' | 'off';
  /** Per rule code: a severity, or `off`. */
  severity: Record<string, Severity | 'off'>;
  /** Language of messages and hovers; `auto` follows the editor. */
  language: 'fr' | 'en';
  /** Milliseconds to wait after an edit before computing diagnostics (0 in tests). */
  debounceMs: number;
  /**
   * `adaptive`: wait `debounceMs` only for a document whose last analysis was slow (at least
   * ADAPTIVE_DEBOUNCE_THRESHOLD_MS); a fast one is answered at once. `fixed`: always wait.
   */
  debounce: 'adaptive' | 'fixed';
  /**
   * Base URI of the rule catalogue, for links on diagnostics, without its fragment (empty: the
   * bundled docs). Only `https:` and `file:` (see `rulesDocumentationBase`).
   */
  rulesDocumentation: string;
  /** Unit prices for previews, by act id or name, instead of the catalogue's typical prices. */
  typicalPrices: Record<string, number>;
}

export const DEFAULT_SETTINGS: Settings = {
  previews: { enabled: true, style: 'full' },
  explainLenses: 'examples',
  severity: {},
  language: 'fr',
  debounceMs: 150,
  debounce: 'adaptive',
  rulesDocumentation: '',
  typicalPrices: {},
};

/**
 * An analysis at least this long (ms) makes the adaptive debounce wait `debounceMs` before the
 * document's next diagnostics; a shorter one answers them at once. Below it, analysing every
 * keystroke costs less than the wait would, and the findings show without delay.
 */
export const ADAPTIVE_DEBOUNCE_THRESHOLD_MS = 30;

/** How long a diagnostics pull waits, given the document's last analysis time (undefined: none yet). */
export function debounceWait(settings: Pick<Settings, 'debounce' | 'debounceMs'>, lastAnalysisMs: number | undefined): number {
  if (settings.debounce === 'fixed') return settings.debounceMs;
  return lastAnalysisMs !== undefined && lastAnalysisMs >= ADAPTIVE_DEBOUNCE_THRESHOLD_MS ? settings.debounceMs : 0;
}

/** The schemes a rules-documentation link may use: a page on the web, or a file. */
export const RULES_DOCUMENTATION_SCHEMES = ['https:', 'file:'];

/**
 * The configured rules-documentation base, checked once per settings change: its value lands in the
 * link of every diagnostic, and a cloned repository's `.vscode/settings.json` can set it, so a
 * `command:` (or `javascript:`, or plain `http:`) value is refused with a warning and the bundled
 * docs are used. The fragment is dropped here, once, so each link is a concatenation.
 */
export function rulesDocumentationBase(value: unknown, warn: (message: string) => void = () => undefined): string {
  if (typeof value !== 'string' || value.trim() === '') return '';
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    warn(`grille.rulesDocumentation ignoré : « ${excerpt(value)} » n'est pas une adresse.`);
    return '';
  }
  if (!RULES_DOCUMENTATION_SCHEMES.includes(url.protocol)) {
    warn(`grille.rulesDocumentation ignoré : « ${excerpt(value)} » n'est ni une adresse https: ni une adresse file:.`);
    return '';
  }
  url.hash = '';
  return url.href;
}

/** A value as a log shows it: a crafted one can be megabytes long. */
function excerpt(value: string): string {
  return value.length > 200 ? `${value.slice(0, 200)}…` : value;
}

/**
 * Reads the `grille` section sent by the client, keeping defaults for what is missing or malformed;
 * `warn` hears of values refused for safety.
 */
export function readSettings(raw: unknown, locale: string | undefined, warn?: (message: string) => void): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const previews = (r.previews && typeof r.previews === 'object' ? r.previews : {}) as Record<string, unknown>;
  const language = r.language === 'fr' || r.language === 'en' ? r.language : locale?.toLowerCase().startsWith('en') ? 'en' : 'fr';
  const severity: Settings['severity'] = {};
  if (r.severity && typeof r.severity === 'object') {
    for (const [code, value] of Object.entries(r.severity as Record<string, unknown>)) {
      if (value === 'off' || value === 'error' || value === 'warning' || value === 'info' || value === 'hint') severity[code.toUpperCase()] = value;
    }
  }
  return {
    previews: {
      enabled: typeof previews.enabled === 'boolean' ? previews.enabled : DEFAULT_SETTINGS.previews.enabled,
      style: previews.style === 'compact' ? 'compact' : 'full',
    },
    explainLenses: r.explainLenses === 'all' || r.explainLenses === 'off' ? r.explainLenses : 'examples',
    severity,
    language,
    debounceMs: typeof r.debounceMs === 'number' && r.debounceMs >= 0 ? r.debounceMs : DEFAULT_SETTINGS.debounceMs,
    debounce: r.debounce === 'fixed' ? 'fixed' : 'adaptive',
    rulesDocumentation: rulesDocumentationBase(r.rulesDocumentation, warn),
    typicalPrices: Object.fromEntries(
      Object.entries(r.typicalPrices && typeof r.typicalPrices === 'object' ? (r.typicalPrices as Record<string, unknown>) : {}).filter(
        (e): e is [string, number] => typeof e[1] === 'number' && Number.isFinite(e[1]) && e[1] >= 0,
      ),
    ),
  };
}
