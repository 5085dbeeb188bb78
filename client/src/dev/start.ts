/**
 * `npm start`: packages the extension, installs the VSIX into a real VS Code (code-server, state
 * in a temporary folder), opens a working copy of samples/ (so a quick fix never edits the tracked
 * files) and prints the address to open. Says what it is doing at each step (the first run installs
 * code-server: minutes). Port: `PORT` if set (an error names it when it is taken), else 8080, else
 * any free port. Ctrl-C stops everything; the temporary folder is removed on every exit.
 */
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { codeServerBin, ensureCodeServer, freePort, installVsix, packageVsix, repoRoot, startCodeServer } from './code-server';

const step = (message: string) => console.log(`grille start : ${message}`);

/** Whether 127.0.0.1:port can be listened on now. */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

async function choosePort(): Promise<number> {
  if (process.env.PORT) {
    const port = Number(process.env.PORT);
    if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`PORT=${process.env.PORT} n'est pas un numéro de port.`);
    if (!(await portIsFree(port))) throw new Error(`le port ${port} (PORT) est déjà pris : choisissez-en un autre, par exemple PORT=8090 npm start.`);
    return port;
  }
  if (await portIsFree(8080)) return 8080;
  const port = await freePort();
  step(`le port 8080 est pris, VS Code écoutera sur le port ${port} (PORT=… npm start pour en choisir un).`);
  return port;
}

async function main(): Promise<void> {
  const root = repoRoot();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'grille-start-'));
  // Removed on every exit: Ctrl-C, code-server stopping, an error.
  process.on('exit', () => fs.rmSync(dataDir, { recursive: true, force: true }));
  if (!fs.existsSync(codeServerBin())) step('première exécution : installation de code-server et de Chromium (quelques minutes)…');
  ensureCodeServer(true);
  step("construction de l'extension (VSIX)…");
  const vsix = path.join(root, 'dist', 'grille.vsix');
  packageVsix(vsix);
  step('installation dans VS Code (code-server 4.99.4)…');
  const extensionsDir = path.join(dataDir, 'extensions');
  installVsix(vsix, dataDir, extensionsDir);
  // A working copy of the samples: what is edited there never touches the repository.
  const folder = path.join(dataDir, 'samples');
  fs.cpSync(path.join(root, 'samples'), folder, { recursive: true });
  const port = await choosePort();
  step('démarrage de VS Code…');
  const server = await startCodeServer({
    folder,
    dataDir,
    extensionsDir,
    port,
    // No Auto Save: a quick fix or an edit stays unsaved until you save it.
    settings: { 'grille.debounceMs': 150, 'files.autoSave': 'off' },
  });
  const url = `${server.url}?folder=${encodeURIComponent(folder)}`;
  console.log(
    `\nGrille est installé dans VS Code (code-server 4.99.4).\nOuvrez : ${url}\n\nLes exemples ouverts sont une copie de samples/ (${folder}), supprimée à l'arrêt.\nVSIX : ${vsix}  (VS Code de bureau : code --install-extension ${path.relative(process.cwd(), vsix)})\nCtrl-C pour tout arrêter.\n`,
  );
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  server.process.on('exit', () => void stop());
}

main().catch((error: unknown) => {
  console.error(`grille start : ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
