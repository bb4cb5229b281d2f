// The YAML parser, loaded on first use rather than at start: most plans hold no YAML (a CloudFormation template, a
// Helm release's rendered manifest), and every run of the CLI would pay for loading it. Synchronous, because rules
// are. Inside a bundle (the CLI's, the pack's, the Action's) `require` exists and esbuild bundles `yaml` behind this
// call, evaluated only when it runs; in the tsc output (ESM, no `require`) it is required from node_modules.
import { createRequire } from 'node:module';

let loaded: typeof import('yaml') | undefined;

export function yaml(): typeof import('yaml') {
  loaded ??= (typeof require === 'function' ? require('yaml') : createRequire(import.meta.url)('yaml')) as typeof import('yaml');
  return loaded;
}
