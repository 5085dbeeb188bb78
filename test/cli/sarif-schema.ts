/**
 * SARIF 2.1.0 validation against the JSON schema, with ajv (and ajv-formats for `uri`,
 * `uri-reference`, `date-time`, `uuid`). The schema in fixtures/sarif-2.1.0.json is the copy that
 * Microsoft's SARIF multitool (@microsoft/sarif-multitool-linux 5.7.0, SARIF SDK) ships and
 * validates with; cli.test.ts checks it is still byte-identical to that copy.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { repoRoot } from '../helpers';

export const SARIF_SCHEMA_FILE = path.join(repoRoot(), 'test', 'cli', 'fixtures', 'sarif-2.1.0.json');

let validate: ReturnType<Ajv2020['compile']> | undefined;

/** The schema errors of a SARIF log, as `instancePath message` lines; [] when valid. */
export function sarifErrors(log: unknown): string[] {
  if (!validate) {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    validate = ajv.compile(JSON.parse(fs.readFileSync(SARIF_SCHEMA_FILE, 'utf8')));
  }
  if (validate(log)) return [];
  return (validate.errors ?? []).map(
    (e) =>
      `${e.instancePath || '/'} ${e.message ?? e.keyword}${e.keyword === 'additionalProperties' ? ` (${(e.params as { additionalProperty: string }).additionalProperty})` : ''}`,
  );
}
