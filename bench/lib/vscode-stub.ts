/**
 * A stand-in for the `vscode` module, enough for the bundled client (dist/extension.js) to
 * activate outside the editor: every property is a callable, constructible stub that returns
 * another stub; events and registrations return disposables. Used only to time activation.
 */
import * as fs from 'node:fs';
import Module from 'node:module';

type Stub = ((...args: unknown[]) => Stub) & { [key: string | symbol]: unknown };

export function stub(name = 'vscode'): Stub {
  const cache = new Map<string | symbol, unknown>();
  const target = function () {} as unknown as Stub;
  return new Proxy(target, {
    get(_, key) {
      if (key === 'then') return undefined; // not a thenable
      if (key === Symbol.toPrimitive) return () => '';
      if (key === Symbol.iterator) return function* () {};
      if (key === 'toString' || key === 'toJSON') return () => name;
      if (key === 'dispose') return () => undefined;
      if (key === 'length') return 0;
      if (!cache.has(key)) cache.set(key, stub(`${name}.${String(key)}`));
      return cache.get(key);
    },
    set(_, key, value) {
      cache.set(key, value);
      return true;
    },
    has() {
      return true;
    },
    apply() {
      return stub(`${name}()`);
    },
    construct() {
      return stub(`new ${name}`);
    },
  });
}

/**
 * The `vscode` module itself: an object whose own keys are the API's exported names (read from
 * @types/vscode, so bundlers' namespace copies see them), each a stub unless set.
 */
export function vscodeApi(values: Record<string, unknown> = {}): Record<string, unknown> {
  const types = fs.readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8');
  const names = new Set([...types.matchAll(/^\s*export (?:namespace|class|enum|const|let|function) (\w+)/gm)].map((m) => m[1]!));
  const api: Record<string, unknown> = {};
  for (const name of names) api[name] = stub(`vscode.${name}`);
  return Object.assign(api, values);
}

/** Makes `require('vscode')` return `api` until the returned function is called. */
export function installVscode(api: unknown): () => void {
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const original = loader._load;
  loader._load = function (request: string, ...rest: unknown[]) {
    if (request === 'vscode') return api;
    return original.call(this, request, ...rest);
  };
  return () => {
    loader._load = original;
  };
}
