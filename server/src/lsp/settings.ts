/** The extension's settings (contributes.configuration), with their defaults. */
import type { Severity } from '../core/diagnostics/diagnostic';

export interface Settings {
  previews: { enabled: boolean; style: 'full' | 'compact' };
  /** Per rule code: a severity, or `off`. */
  severity: Record<string, Severity | 'off'>;
  /** Language of messages and hovers; `auto` follows the editor. */
  language: 'fr' | 'en';
  /** Milliseconds to wait after an edit before computing diagnostics (0 in tests). */
  debounceMs: number;
  /** Base URI of the rule catalogue, for links on diagnostics (defaults to the bundled docs). */
  rulesDocumentation: string;
  /** Unit prices for previews, by act id or name, instead of the catalogue's typical prices. */
  typicalPrices: Record<string, number>;
}

export const DEFAULT_SETTINGS: Settings = {
  previews: { enabled: true, style: 'full' },
  severity: {},
  language: 'fr',
  debounceMs: 150,
  rulesDocumentation: '',
  typicalPrices: {},
};

/** Reads the `grille` section sent by the client, keeping defaults for what is missing or malformed. */
export function readSettings(raw: unknown, locale: string | undefined): Settings {
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
    severity,
    language,
    debounceMs: typeof r.debounceMs === 'number' && r.debounceMs >= 0 ? r.debounceMs : DEFAULT_SETTINGS.debounceMs,
    rulesDocumentation: typeof r.rulesDocumentation === 'string' ? r.rulesDocumentation : '',
    typicalPrices: Object.fromEntries(
      Object.entries(r.typicalPrices && typeof r.typicalPrices === 'object' ? (r.typicalPrices as Record<string, unknown>) : {}).filter((e): e is [string, number] => typeof e[1] === 'number' && Number.isFinite(e[1]) && e[1] >= 0),
    ),
  };
}
