// Entry point for the Pulumi CLI (Pulumi.yaml at the repo root: `main: stacks/pulumi/`).
// The stack name is the environment (staging | prod); config `deploy-gate-example:variant` picks incident | fixed.
//   pulumi stack select staging && pulumi config set variant fixed && pulumi preview
import * as pulumi from '@pulumi/pulumi';
import { isEnv, isVariant } from '../example.js';
import { exampleProgram } from './program.js';

const config = new pulumi.Config();
const variant = config.get('variant') ?? 'fixed';
const env = pulumi.getStack();
if (!isVariant(variant)) throw new Error(`config variant must be "incident" or "fixed", got "${variant}"`);
if (!isEnv(env)) throw new Error(`the stack name is the environment and must be "staging" or "prod", got "${env}"`);

exampleProgram(variant, env, {
  sharedDataVolumeId: config.get('sharedDataVolumeId'),
  sharedFileSystemId: config.get('sharedFileSystemId'),
});
