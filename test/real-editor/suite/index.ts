/**
 * Entry point loaded by the real VS Code extension host (`extensionTestsPath`): runs the Mocha
 * suite and writes a report where the runner asked (GRILLE_REAL_EDITOR_REPORT).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 30_000, color: false });
  mocha.addFile(path.join(__dirname, 'extension.spec.js'));
  mocha.addFile(path.join(__dirname, 'grid-preview.spec.js'));
  const results: { title: string; state: string; error?: string; duration?: number }[] = [];
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const report = process.env.GRILLE_REAL_EDITOR_REPORT;
      if (report) fs.writeFileSync(report, JSON.stringify({ failures, results }, null, 2));
      if (failures > 0) reject(new Error(`${failures} test(s) failed`));
      else resolve();
    });
    runner.on('pass', (test) => results.push({ title: test.fullTitle(), state: 'passed', duration: test.duration ?? 0 }));
    runner.on('fail', (test, error: Error) => results.push({ title: test.fullTitle(), state: 'failed', error: `${error.message}\n${error.stack ?? ''}` }));
  });
}
