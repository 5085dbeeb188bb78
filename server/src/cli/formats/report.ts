/** The findings of `grille check`, file by file, ready for any output format. */
import type { Analysis, Diagnostic } from '../../core';
import type { GridInput } from '../inputs';

export interface FileReport {
  input: GridInput;
  analysis: Analysis;
  diagnostics: Diagnostic[];
}

export interface Location1 {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** 1-based line and column of a finding (columns in UTF-16 units, as editors count). */
export function location(report: FileReport, d: Diagnostic): Location1 {
  const start = report.analysis.lineIndex.positionAt(d.range.start);
  const end = report.analysis.lineIndex.positionAt(d.range.end);
  return { line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}
