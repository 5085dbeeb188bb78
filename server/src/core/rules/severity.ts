/** Severity overrides per rule code (editor settings, CLI config file), applied the same way everywhere. */
import type { Diagnostic, Severity } from '../diagnostics/diagnostic';

export type SeverityOverrides = Record<string, Severity | 'off'>;

/** The findings with their configured severity; `off` ones removed. */
export function applySeverityOverrides<D extends Diagnostic>(diagnostics: readonly D[], overrides: SeverityOverrides): D[] {
  const out: D[] = [];
  for (const d of diagnostics) {
    const configured = overrides[d.code];
    if (configured === 'off') continue;
    out.push(configured ? { ...d, severity: configured } : d);
  }
  return out;
}
