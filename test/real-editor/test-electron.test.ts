/**
 * The same API-level suite through @vscode/test-electron, where a desktop VS Code is available
 * (VSCODE_EXECUTABLE, or a cached .vscode-test/). These machines cannot download one, so here
 * this entry is skipped, loudly, and never counts as passed.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { repoRoot } from '../helpers';

function cachedExecutable(): string | undefined {
  const cache = path.join(repoRoot(), '.vscode-test');
  if (!fs.existsSync(cache)) return undefined;
  for (const dir of fs.readdirSync(cache)) {
    const candidate = path.join(cache, dir, 'code');
    if (fs.existsSync(candidate)) return candidate;
  }
  return undefined;
}

describe('@vscode/test-electron', () => {
  it('runs the API-level suite in desktop VS Code', async (t) => {
    const executable = process.env.VSCODE_EXECUTABLE ?? cachedExecutable();
    if (!executable) {
      const message =
        'SKIPPED: no desktop VS Code here (set VSCODE_EXECUTABLE); @vscode/test-electron cannot download one on this machine. The real-editor suite ran in code-server instead.';
      console.log(`\n⚠️  ${message}\n`);
      t.skip(message);
      return;
    }
    const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'grille-electron-'));
    const fixtures = path.join(repoRoot(), 'test', 'real-editor', 'fixtures');
    for (const name of fs.readdirSync(fixtures)) fs.copyFileSync(path.join(fixtures, name), path.join(workspace, name));
    const code = await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: repoRoot(),
      extensionTestsPath: path.join(repoRoot(), 'out', 'test', 'real-editor', 'suite', 'index.js'),
      launchArgs: [workspace, '--disable-extensions'],
    });
    assert.equal(code, 0);
  });
});
