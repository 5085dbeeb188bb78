// ESLint: typescript-eslint's type-aware recommended rules over the TypeScript sources.
// Layout is Prettier's: eslint-config-prettier, last, turns off every rule that would disagree with it.
// Why each rule below is off or configured: docs/contributing.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  { ignores: ['out/', 'dist/', 'client/dev/code-server/', '.tmp*/', '.vscode-test/'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // node:test's describe() and it() return promises that the runner itself awaits.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            { from: 'package', package: 'node:test', name: ['describe', 'it', 'test', 'suite', 'before', 'after', 'beforeEach', 'afterEach'] },
          ],
        },
      ],
      // The parser's recovery throws ParseFailure, a plain class on purpose (no stack to capture per bad line).
      '@typescript-eslint/only-throw-error': ['error', { allow: [{ from: 'file', name: 'ParseFailure', path: 'server/src/core/syntax/parser.ts' }] }],
      // Test regexes match aligned output verbatim: two literal spaces read better than ' {2}'.
      'no-regex-spaces': 'off',
      // An unused binding named _x is deliberate (a property left out of a rest spread, a parameter kept for its position).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests read the CLI's JSON and SARIF output untyped: a wrong shape fails the assertion that reads it.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
    },
  },
  {
    // Plain JavaScript (bin/grille.js is CommonJS; esbuild.mjs, eslint.config.mjs): no type information.
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { process: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly', console: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
