/**
 * `npm start`: packages the extension, installs the VSIX into a real VS Code (code-server, state
 * in a temporary folder), opens samples/ and prints the address to open. Ctrl-C stops everything.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureCodeServer, installVsix, packageVsix, repoRoot, startCodeServer } from './code-server';

async function main(): Promise<void> {
  ensureCodeServer();
  const root = repoRoot();
  const vsix = path.join(root, 'dist', 'grille.vsix');
  packageVsix(vsix);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'grille-start-'));
  const extensionsDir = path.join(dataDir, 'extensions');
  installVsix(vsix, dataDir, extensionsDir);
  const port = process.env.PORT ? Number(process.env.PORT) : 8080;
  const server = await startCodeServer({ folder: path.join(root, 'samples'), dataDir, extensionsDir, port, settings: { 'grille.debounceMs': 150 } });
  const url = `${server.url}?folder=${encodeURIComponent(path.join(root, 'samples'))}`;
  console.log(
    `\nGrille est installé dans VS Code (code-server ${'4.99.4'}).\nOuvrez : ${url}\n\nVSIX : ${vsix}  (VS Code de bureau : code --install-extension ${path.relative(process.cwd(), vsix)})\nCtrl-C pour tout arrêter.\n`,
  );
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  server.process.on('exit', () => void stop());
}

main().catch((error) => {
  console.error(`grille start : ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
