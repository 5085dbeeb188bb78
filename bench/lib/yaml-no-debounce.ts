/**
 * Preloaded into yaml-language-server (`node -r out/bench/lib/yaml-no-debounce.js …`): its
 * validation waits a fixed 200 ms after each change (SettingsState.validationDelayMs, no setting
 * for it in 1.25), so the benchmark sets it to 0, as Grille's `grille.debounceMs` is set to 0.
 * Nothing else changes: the server's own code validates and publishes.
 */
import * as path from 'node:path';

const main = require.resolve('yaml-language-server', { paths: [process.cwd(), path.join(__dirname, '..', '..', '..')] });
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a module of the installed server, found at run time
const settingsModule = require(path.join(path.dirname(main), 'yamlSettings.js')) as { SettingsState: new () => { validationDelayMs: number } };
const Original = settingsModule.SettingsState;
settingsModule.SettingsState = class extends Original {
  constructor() {
    super();
    this.validationDelayMs = 0;
  }
};
