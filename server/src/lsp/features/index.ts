/** The one table of LSP features: each module brings its capabilities and its handlers. */
import type { Feature } from '../feature';
import { codeActionsFeature } from './code-actions';
import { codeLensFeature } from './code-lens';
import { completionFeature } from './completion';
import { diagnosticsFeature } from './diagnostics';
import { formattingFeature } from './formatting';
import { gridPreviewFeature } from './grid-preview';
import { hoverFeature } from './hover';
import { inlayHintsFeature } from './inlay-hints';
import { navigationFeature } from './navigation';
import { semanticTokensFeature } from './semantic-tokens';
import { symbolsFeature } from './symbols';

export const FEATURES: Feature[] = [
  diagnosticsFeature,
  hoverFeature,
  inlayHintsFeature,
  codeLensFeature,
  codeActionsFeature,
  completionFeature,
  symbolsFeature,
  semanticTokensFeature,
  formattingFeature,
  navigationFeature,
  gridPreviewFeature,
];
