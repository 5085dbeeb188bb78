/**
 * Starts a real VS Code (code-server) on 127.0.0.1 with all its state in a temporary folder, for
 * `npm start` and the real-editor tests. Stopping kills its whole process group, extension host
 * included.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

export interface CodeServer {
  url: string;
  port: number;
  dataDir: string;
  extensionsDir: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

export function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'esbuild.mjs'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('repository root not found above ' + __dirname);
    dir = parent;
  }
  return dir;
}

export function codeServerBin(): string {
  return path.join(repoRoot(), 'client', 'dev', 'code-server', 'node_modules', '.bin', 'code-server');
}

/**
 * Runs client/dev/setup.sh (Debian packages, code-server); throws with its output when it fails.
 * `progress`: its output goes to the terminal as it runs (`npm start`), rather than only on failure.
 */
export function ensureCodeServer(progress = false): void {
  if (fs.existsSync(codeServerBin()) && fs.existsSync('/usr/bin/chromium')) return;
  const script = path.join(repoRoot(), 'client', 'dev', 'setup.sh');
  if (progress) {
    const run = spawnSync('bash', [script], { stdio: 'inherit' });
    if (run.status !== 0) throw new Error('client/dev/setup.sh a échoué (voir ci-dessus).');
    return;
  }
  const run = spawnSync('bash', [script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (run.status !== 0) throw new Error(`client/dev/setup.sh a échoué :\n${run.stdout}\n${run.stderr}`);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Builds the VSIX with vsce (offline) into `out`. */
export function packageVsix(out: string): void {
  const root = repoRoot();
  const vsce = path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
  const run = spawnSync(
    process.execPath,
    [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--readme-path', 'client/README.md', '--out', out],
    { cwd: root, encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`vsce package a échoué :\n${run.stdout}\n${run.stderr}`);
}

function environment(dataDir: string): NodeJS.ProcessEnv {
  const home = path.join(dataDir, 'home');
  fs.mkdirSync(home, { recursive: true });
  return {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: path.join(dataDir, 'config'),
    XDG_DATA_HOME: path.join(dataDir, 'data'),
    XDG_CACHE_HOME: path.join(dataDir, 'cache'),
  };
}

/** Installs a VSIX into an extensions folder with code-server's own installer. */
export function installVsix(vsix: string, dataDir: string, extensionsDir: string): void {
  const run = spawnSync(codeServerBin(), ['--extensions-dir', extensionsDir, '--user-data-dir', path.join(dataDir, 'user-data'), '--install-extension', vsix], {
    encoding: 'utf8',
    env: environment(dataDir),
  });
  if (run.status !== 0) throw new Error(`Installation du VSIX impossible :\n${run.stdout}\n${run.stderr}`);
}

export async function startCodeServer(
  options: { folder?: string; port?: number; dataDir?: string; extensionsDir?: string; settings?: Record<string, unknown>; locale?: string } = {},
): Promise<CodeServer> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'grille-code-server-'));
  const userData = path.join(dataDir, 'user-data');
  const extensionsDir = options.extensionsDir ?? path.join(dataDir, 'extensions');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.writeFileSync(
    path.join(userData, 'User', 'settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'security.workspace.trust.enabled': false,
        'telemetry.telemetryLevel': 'off',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'git.openRepositoryInParentFolders': 'never',
        'grille.debounceMs': 50,
        ...options.settings,
      },
      null,
      2,
    ),
  );
  const port = options.port ?? (await freePort());
  const args = [
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--user-data-dir',
    userData,
    '--extensions-dir',
    extensionsDir,
    '--config',
    path.join(dataDir, 'config.yaml'),
  ];
  // The workbench's display language (what `vscode.env.language` tells the extension).
  if (options.locale) args.push('--locale', options.locale);
  if (options.folder) args.push(options.folder);
  const child = spawn(codeServerBin(), args, { env: environment(dataDir), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`code-server n'a pas démarré en 30 s :\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('HTTP server listening')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`code-server s'est arrêté (code ${code}) :\n${output}`));
    });
  });
  child.removeAllListeners('exit');
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // Already gone.
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }, 3000);
    await exited;
    clearTimeout(timer);
  };
  return { url: `http://127.0.0.1:${port}/`, port, dataDir, extensionsDir, process: child, stop };
}
