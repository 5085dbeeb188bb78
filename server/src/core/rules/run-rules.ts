/** Runs every registered check over an analysed grid. Each check is cheap: no state, no trace. */
import type { Diagnostic } from '../diagnostics/diagnostic';
import { exampleDiagnostics } from '../engine/examples';
import { checkContratResponsable } from './checks/contrat-responsable';
import { checkNumberFormatting, checkStructure, checkWrittenInformation } from './checks/examples-and-style';
import { checkMeaning } from './checks/meaning';
import { RuleContext, type RuleInput } from './rule-context';

/** The checks, in the order their findings are produced (then sorted by position). */
const CHECKS: ((ctx: RuleContext) => void)[] = [checkMeaning, checkContratResponsable, checkWrittenInformation, checkNumberFormatting, checkStructure];

export function runRules(input: RuleInput): Diagnostic[] {
  const diagnostics: Diagnostic[] = exampleDiagnostics(input.examples);
  const ctx = new RuleContext(input, diagnostics);
  for (const check of CHECKS) check(ctx);
  for (const [id, where] of ctx.missing) {
    const definition = input.params.definition(id);
    ctx.report(
      'GR110',
      where,
      `Paramètre « ${definition?.label ?? id} » (${id}) non défini au ${ctx.date} : les montants qui en dépendent ne sont pas calculés. Les valeurs connues commencent le ${definition?.periods[0]?.start ?? '?'}.`,
      `Parameter ${id} is not defined on ${ctx.date}.`,
    );
  }
  return diagnostics;
}
