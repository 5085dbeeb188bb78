/**
 * The one registry of finding codes. Every diagnostic Grille produces, from the parser to the
 * example checks, carries one of these codes; severity and category come from here, so the
 * editor, the CLI and the docs agree.
 */
import type { Severity } from '../diagnostics/diagnostic';

export type RuleCategory = 'syntaxe' | 'sens' | 'contrat-responsable' | '100-sante' | 'exemples' | 'style';

export interface RuleInfo {
  code: string;
  severity: Severity;
  category: RuleCategory;
  /** Runs on every keystroke (true) or only on save / in the CLI (false). */
  fast: boolean;
  title: string;
  titleEn: string;
}

export const RULES: RuleInfo[] = [
  { code: 'GR000', severity: 'error', category: 'syntaxe', fast: true, title: 'Erreur interne de l\'analyseur', titleEn: 'Internal parser error' },
  { code: 'GR001', severity: 'error', category: 'syntaxe', fast: true, title: 'Caractère inattendu', titleEn: 'Unexpected character' },
  { code: 'GR002', severity: 'error', category: 'syntaxe', fast: true, title: 'Chaîne non fermée', titleEn: 'Unterminated string' },
  { code: 'GR003', severity: 'error', category: 'syntaxe', fast: true, title: 'Nombre mal formé', titleEn: 'Malformed number' },
  { code: 'GR004', severity: 'error', category: 'syntaxe', fast: true, title: 'Date inexistante', titleEn: 'Invalid date' },
  { code: 'GR005', severity: 'error', category: 'syntaxe', fast: true, title: 'Élément inattendu', titleEn: 'Unexpected token' },
  { code: 'GR006', severity: 'error', category: 'syntaxe', fast: true, title: 'Valeur attendue manquante', titleEn: 'Missing value' },
  { code: 'GR007', severity: 'error', category: 'syntaxe', fast: true, title: 'Ligne de suite sans ligne de garantie', titleEn: 'Continuation line without a guarantee line' },
  { code: 'GR008', severity: 'error', category: 'syntaxe', fast: true, title: 'En-tête ou étape mal placé', titleEn: 'Misplaced header or step' },
  { code: 'GR009', severity: 'error', category: 'syntaxe', fast: true, title: 'Mot-clé inconnu', titleEn: 'Unknown keyword' },
  { code: 'GR010', severity: 'error', category: 'syntaxe', fast: true, title: 'Unité inconnue', titleEn: 'Unknown unit' },

  { code: 'GR101', severity: 'error', category: 'sens', fast: true, title: 'Acte inconnu', titleEn: 'Unknown act' },
  { code: 'GR102', severity: 'error', category: 'sens', fast: true, title: 'En-tête du contrat incomplet', titleEn: 'Incomplete contract header' },
  { code: 'GR103', severity: 'warning', category: 'sens', fast: true, title: 'Attribut répété', titleEn: 'Repeated attribute' },
  { code: 'GR104', severity: 'error', category: 'sens', fast: true, title: 'Base « % BR » ambiguë (RO inclus ou en sus)', titleEn: 'Ambiguous "% BR" basis' },
  { code: 'GR105', severity: 'error', category: 'sens', fast: true, title: 'Colonne de secteur répétée', titleEn: 'Repeated sector column' },
  { code: 'GR106', severity: 'error', category: 'sens', fast: true, title: 'Mode d\'empilement de l\'option manquant', titleEn: 'Option stacking mode missing' },
  { code: 'GR107', severity: 'error', category: 'sens', fast: true, title: 'Option inconnue', titleEn: 'Unknown option' },
  { code: 'GR108', severity: 'warning', category: 'sens', fast: true, title: 'Acte d\'exemple sans ligne de garantie', titleEn: 'Example act without a guarantee line' },
  { code: 'GR109', severity: 'error', category: 'sens', fast: true, title: 'Montant attendu sans acte', titleEn: 'Expected amounts without an act' },
  { code: 'GR110', severity: 'error', category: 'sens', fast: true, title: 'Paramètre non défini à cette date', titleEn: 'Parameter undefined at this date' },
  { code: 'GR111', severity: 'error', category: 'sens', fast: true, title: 'Valeur hors limites', titleEn: 'Value out of range' },
  { code: 'GR112', severity: 'warning', category: 'sens', fast: true, title: 'Acte déclaré hors nomenclature à tort', titleEn: 'Act wrongly declared outside the nomenclature' },

  { code: 'GR401', severity: 'error', category: 'exemples', fast: true, title: 'Montant attendu différent du calcul', titleEn: 'Expected amount differs from the computation' },
  { code: 'GR402', severity: 'error', category: 'exemples', fast: true, title: 'Exemple incalculable', titleEn: 'Example cannot be computed' },
];

const BY_CODE = new Map(RULES.map((r) => [r.code, r]));

export function ruleInfo(code: string): RuleInfo | undefined {
  return BY_CODE.get(code);
}

export function severityOf(code: string): Severity {
  return BY_CODE.get(code)?.severity ?? 'error';
}
