/**
 * Extension activation without the real editor: the bundled client (dist/extension.js) is loaded
 * with a stand-in `vscode` module (lib/vscode-stub.ts) and `activate` is called: it forks the
 * bundled server over IPC, as the editor does, and returns at once; its `ready` resolves once
 * `initialize` is answered (checked, not timed here). Measures require + activate, each in a
 * fresh Node.js process so the bundle is loaded cold. What this does
 * not include: the editor's own extension-host start and the activation event.
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { repoRoot } from './lib/root';
import { summarize, type Summary } from './lib/stats';
import { installVscode, stub, vscodeApi } from './lib/vscode-stub';

/** In a child process: one activation, prints the milliseconds. */
async function activateOnce(): Promise<void> {
  const root = repoRoot();
  const vscode = vscodeApi({ version: '1.91.0' });
  installVscode(vscode);
  const start = performance.now();
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the built bundle, loaded at run time from dist/
  const extension = require(path.join(root, 'dist', 'extension.js')) as {
    activate(
      context: unknown,
    ): { client: { isRunning(): boolean }; ready: Promise<void> } | Promise<{ client: { isRunning(): boolean }; ready?: Promise<void> }>;
    deactivate(): Promise<void>;
  };
  const context = {
    subscriptions: [] as unknown[],
    asAbsolutePath: (p: string) => path.join(root, p),
    extensionPath: root,
    extensionUri: stub('extensionUri'),
  };
  // Activation returns without waiting for the server; `ready` resolves once it answered `initialize`.
  const api = await extension.activate(context);
  const ms = performance.now() - start;
  await api.ready;
  const readyMs = performance.now() - start;
  if (!api.client.isRunning()) throw new Error('client not running once ready');
  process.stdout.write(JSON.stringify({ ms, readyMs }));
  await Promise.race([extension.deactivate(), new Promise((resolve) => setTimeout(resolve, 2000))]);
  process.exit(0);
}

export function benchActivation(runs = 5): Summary & { error?: string } {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const run = spawnSync(process.execPath, [__filename, '--once'], { encoding: 'utf8', timeout: 30000 });
    try {
      times.push((JSON.parse(run.stdout) as { ms: number }).ms);
    } catch {
      return {
        ...summarize([]),
        error: (run.stderr || run.stdout || `exit ${run.status}`)
          .trim()
          .split('\n')
          .filter((l) => l.length < 300)
          .slice(-4)
          .join(' '),
      };
    }
  }
  return summarize(times);
}

if (require.main === module) {
  if (process.argv.includes('--once')) void activateOnce();
  else console.log(JSON.stringify(benchActivation()));
}
