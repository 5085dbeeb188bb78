/** `npm run docs`: writes the generated reference pages (rules, parameters, catalogue) into docs/. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { renderCatalogueMarkdown } from './render-catalogue';
import { renderParametersMarkdown } from './render-parameters';
import { renderRulesMarkdown } from './render-rules';

export const GENERATED_DOCS: Record<string, () => string> = {
  'rules.md': renderRulesMarkdown,
  'parameters.md': renderParametersMarkdown,
  'catalogue.md': renderCatalogueMarkdown,
};

function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
}

if (require.main === module) {
  for (const [name, render] of Object.entries(GENERATED_DOCS)) {
    fs.writeFileSync(path.join(repoRoot(), 'docs', name), render() + '\n');
    console.log(`docs/${name}`);
  }
}
