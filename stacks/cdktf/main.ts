// Entry point for `cdktf synth` / `cdktf plan` (run in this directory; see cdktf.json).
//
// App command chosen: esbuild (already a devDependency) bundles this file and ./app.ts, leaving packages external,
// into ../../build/cdktf-main.mjs, and node runs that. No tsx or ts-node is needed. The cdktf CLI sets
// CDKTF_OUTDIR (default ./cdktf.out here), which App picks up.
//
// Both stacks are synthesized: `staging` and `prod`. The variant comes from DEPLOY_GATE_VARIANT (incident | fixed,
// default fixed), e.g. `DEPLOY_GATE_VARIANT=incident cdktf synth`.
import { App } from 'cdktf';
import { ENVS, isVariant } from '../example.js';
import { ExampleStack } from './app.js';

const variant = process.env.DEPLOY_GATE_VARIANT ?? 'fixed';
if (!isVariant(variant)) throw new Error(`DEPLOY_GATE_VARIANT must be "incident" or "fixed", got "${variant}"`);

const app = new App();
for (const env of ENVS) new ExampleStack(app, variant, env);
app.synth();
