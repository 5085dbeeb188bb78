/** Offsets ↔ LSP positions and core findings → LSP diagnostics. */
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic, type Range } from 'vscode-languageserver';
import { type Analysis, applySeverityOverrides, type Diagnostic, ruleInfo, type Severity, type SeverityOverrides, type Span } from '../core';
import { SHOW_RULE_COMMAND } from '../protocol';
import { ConfigError, loadConfig } from '../services/config';
import type { Settings } from './settings';

export function toRange(analysis: Analysis, span: Span): Range {
  return { start: analysis.lineIndex.positionAt(span.start), end: analysis.lineIndex.positionAt(span.end) };
}

export function toOffset(analysis: Analysis, position: { line: number; character: number }): number {
  return analysis.lineIndex.offsetAt(position);
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Set at initialize: the client (the Grille extension) runs `grille.showRule` for rule links. */
export const ruleLinks = { command: false };

/**
 * Where a rule's entry is. A configured base (`grille.rulesDocumentation`, an https or file URL,
 * see `rulesDocumentationBase`): `base#gr010`. Otherwise, with the Grille extension, a command
 * link that opens the bundled docs/rules.md at the rule's entry (editors do not follow `#fragment`
 * on file links); with any other client, the bundled file's URL with the anchor.
 */
export function ruleDocUri(code: string, settings: Settings): string {
  // The base was checked and its fragment dropped once, when the settings were read.
  if (settings.rulesDocumentation) return `${settings.rulesDocumentation}#${code.toLowerCase()}`;
  if (ruleLinks.command) return `command:${SHOW_RULE_COMMAND}?${encodeURIComponent(JSON.stringify([code]))}`;
  return `${pathToFileURL(path.join(__dirname, '..', 'docs', 'rules.md')).toString()}#${code.toLowerCase()}`;
}

/**
 * The severities for a document: the nearest grille.config.json up from its folder (as the CLI
 * reads it), overridden rule by rule by the `grille.severity` setting. A config file that does not
 * read is ignored here (the CLI reports it); documents that are not files get the setting only.
 */
export function severityOverridesFor(uri: string, settings: Settings, log?: (message: string) => void): SeverityOverrides {
  if (!uri.startsWith('file:')) return settings.severity;
  try {
    const config = loadConfig(undefined, path.dirname(fileURLToPath(uri)));
    return { ...config.severity, ...settings.severity };
  } catch (error) {
    if (error instanceof ConfigError) log?.(`grille.config.json ignoré : ${error.message}`);
    return settings.severity;
  }
}

export function toLspDiagnostic(analysis: Analysis, d: Diagnostic, settings: Settings, overrides: SeverityOverrides = settings.severity): LspDiagnostic | null {
  const [effective] = applySeverityOverrides([d], overrides);
  if (!effective) return null;
  const severity = SEVERITY[effective.severity];
  const english = settings.language === 'en';
  const info = ruleInfo(d.code);
  const message = english ? (d.messageEn ?? (info ? `${info.titleEn}. ${d.message}` : d.message)) : d.message;
  return {
    range: toRange(analysis, d.range),
    severity,
    code: d.code,
    codeDescription: { href: ruleDocUri(d.code, settings) },
    source: 'grille',
    message,
  };
}
