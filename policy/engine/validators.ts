// The JSON Schema validators of deploy-gate.yml and of approvals, compiled at build time by ajv's standalone code
// generator (scripts/gen-validators.ts → validators.generated.ts, committed; test/validators.test.ts fails when it is
// stale). No schema compiler runs, and none is loaded, when the gate starts: ajv and its compile cost about 80 ms.
import { approvals, config } from './validators.generated.js';

/** The fields of ajv's ErrorObject the messages use. */
export interface SchemaError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

type Generated = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };

function run(validate: Generated, data: unknown): SchemaError[] {
  return validate(data) ? [] : [...(validate.errors ?? [{ instancePath: '', keyword: 'invalid', params: {}, message: 'is invalid' }])];
}

/** Problems of a deploy-gate.yml document against `openConfigSchema()` (config.ts), every one of them. */
export function validateConfigDocument(document: unknown): SchemaError[] {
  return run(config as Generated, document);
}

/** Problems of an approvals list against `approvalsSchema` (approvals.ts), every one of them. */
export function validateApprovalsDocument(document: unknown): SchemaError[] {
  return run(approvals as Generated, document);
}
