
export interface FingerprintItem {
  stack: string;
  rule: string;
  resource: string;
  type: string;
  action: string;
  environment?: string;
  objectId?: string;
}

/**
 * A sha256 over the canonical list of blocking changes: one line per (stack, rule, resource, type, action, environment, object id),
 * deduplicated and sorted, so key order, finding order and unrelated changes never move it, while any
 * change to what would be destroyed does. An approval names this value and clears nothing else.
 */
export function fingerprint(items: readonly FingerprintItem[]): string {
  const lines = [...new Set(items.map((i) => JSON.stringify([i.stack, i.rule, i.resource, i.type, i.action, i.environment ?? '', i.objectId ?? ''])))].sort();
  // node:crypto is loaded here, when a plan has something to approve, not at every start (docs/performance.md).
  const { createHash } = process.getBuiltinModule('node:crypto') as typeof import('node:crypto');
  return `sha256:${createHash('sha256').update(`deploy-gate/v1\n${lines.join('\n')}`).digest('hex')}`;
}

export const FINGERPRINT_PATTERN = /^sha256:[0-9a-f]{64}$/;
