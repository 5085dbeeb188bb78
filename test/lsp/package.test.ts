/**
 * Packaging: @vscode/vsce builds an installable VSIX offline from the esbuild bundles; it holds the
 * client and the server bundles, the grammar and the language files, and nothing from test/ or
 * samples/.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot } from '../helpers';

const VSCE = path.join(repoRoot(), 'node_modules', '@vscode', 'vsce', 'vsce');
// The README's screenshots are packaged (docs/screenshots) and linked relative to the extension's
// folder, where VS Code shows them; the marketplace needs them as https links, which the
// repository's URL gives once it is published (docs/contributing.md, « Publishing »).
const ARGS = ['--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--readme-path', 'client/README.md'];

function vsce(args: string[]): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, [VSCE, ...args], { cwd: repoRoot(), encoding: 'utf8', timeout: 120_000 });
}

describe('the VSIX', () => {
  it('lists exactly the bundles, the grammar and the language files', () => {
    const run = vsce(['ls', ...ARGS.filter((a) => a !== '--allow-missing-repository' && a !== '--no-rewrite-relative-links')]);
    assert.equal(run.status, 0, run.stderr);
    const files = run.stdout
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .sort();
    assert.ok(files.includes('dist/extension.js') && files.includes('dist/server.js'), files.join('\n'));
    assert.ok(files.includes('syntaxes/grille.tmLanguage.json') && files.includes('client/language-configuration.json'));
    // The screenshots the extension's README shows.
    for (const shot of ['previews', 'hover', 'problems', 'grid-preview']) assert.ok(files.includes(`docs/screenshots/${shot}.png`), files.join('\n'));
    assert.ok(
      !files.some((f) => f.startsWith('test/') || f.startsWith('samples/') || f.startsWith('out/') || f.startsWith('server/src') || f.endsWith('.map')),
      files.join('\n'),
    );
  });

  it('is produced offline by vsce package', () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'grille-vsix-')), 'grille.vsix');
    const run = vsce(['package', ...ARGS, '--out', out]);
    assert.equal(run.status, 0, run.stderr + run.stdout);
    const size = fs.statSync(out).size;
    assert.ok(size > 50_000 && size < 2_000_000, `VSIX size ${size}`);
    // A VSIX is a zip: it starts with the local file header signature.
    assert.equal(fs.readFileSync(out).subarray(0, 4).toString('hex'), '504b0304');
  });
});

describe('the settings', () => {
  it('every setting the server reads is declared in contributes.configuration, described in English and French', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot(), 'package.json'), 'utf8')) as {
      contributes: { configuration: { properties: Record<string, { description: string }> } };
    };
    const nls = JSON.parse(fs.readFileSync(path.join(repoRoot(), 'package.nls.json'), 'utf8')) as Record<string, string>;
    const nlsFr = JSON.parse(fs.readFileSync(path.join(repoRoot(), 'package.nls.fr.json'), 'utf8')) as Record<string, string>;
    const declared = pkg.contributes.configuration.properties;
    for (const key of ['previews.enabled', 'previews.style', 'typicalPrices', 'severity', 'language', 'debounceMs', 'debounce', 'rulesDocumentation']) {
      const property = declared[`grille.${key}`];
      assert.ok(property, `grille.${key} not declared`);
      const id = /^%(.+)%$/.exec(property.description)![1]!;
      assert.ok(nls[id] && nlsFr[id], `no description for ${id}`);
    }
  });
});

describe('workspace trust', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot(), 'package.json'), 'utf8')) as {
    capabilities: { untrustedWorkspaces: { supported: boolean | string; description?: string; restrictedConfigurations?: string[] } };
    contributes: { configuration: { properties: Record<string, { default?: unknown; pattern?: string; format?: string; patternErrorMessage?: string }> } };
  };

  it('a workspace cannot set the rules-documentation link in Restricted Mode (it lands in every diagnostic)', () => {
    const trust = pkg.capabilities.untrustedWorkspaces;
    assert.equal(trust.supported, 'limited');
    assert.deepEqual(trust.restrictedConfigurations, ['grille.rulesDocumentation']);
    const nls = JSON.parse(fs.readFileSync(path.join(repoRoot(), 'package.nls.json'), 'utf8')) as Record<string, string>;
    const nlsFr = JSON.parse(fs.readFileSync(path.join(repoRoot(), 'package.nls.fr.json'), 'utf8')) as Record<string, string>;
    const id = /^%(.+)%$/.exec(trust.description ?? '')![1]!;
    assert.ok(nls[id] && nlsFr[id], `no description for ${id}`);
  });

  it('the rules-documentation schema accepts its empty default and https or file addresses only', () => {
    const property = pkg.contributes.configuration.properties['grille.rulesDocumentation']!;
    assert.equal(property.format, undefined, 'format "uri" marks the empty default as invalid in Settings');
    const pattern = new RegExp(property.pattern!);
    assert.ok(pattern.test(property.default as string), 'the default is valid');
    for (const valid of ['https://example.org/grille/rules.html', 'file:///home/me/rules.md']) assert.ok(pattern.test(valid), valid);
    for (const invalid of ['command:workbench.action.terminal.new', 'javascript:alert(1)', 'http://example.org/rules.html'])
      assert.ok(!pattern.test(invalid), invalid);
  });
});
