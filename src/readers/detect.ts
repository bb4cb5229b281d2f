import { isRecord } from '../../policy/adapters/input-error.js';

export type InputFormat = 'pulumi-preview' | 'pulumi-events' | 'pulumi-state' | 'terraform-plan' | 'cdktf-synth';
export const INPUT_FORMATS: readonly InputFormat[] = ['pulumi-preview', 'pulumi-events', 'pulumi-state', 'terraform-plan', 'cdktf-synth'];

/** Which tool wrote a JSON document, from the keys only that tool writes; undefined when none fits. */
export function detectJsonFormat(document: unknown): InputFormat | undefined {
  if (!isRecord(document)) return undefined;
  if (typeof document.format_version === 'string') return 'terraform-plan';
  if (isRecord(document.deployment) && 'version' in document) return 'pulumi-state';
  if (Array.isArray(document.steps) || isRecord(document.changeSummary) || (Array.isArray(document.diagnostics) && 'duration' in document)) return 'pulumi-preview';
  if (isRecord(document.resource) || isRecord(document.data)) return 'cdktf-synth';
  return undefined;
}

/** An engine event log: one JSON object per line, each with a sequence number and an event key. */
export function looksLikeEventLog(text: string): boolean {
  const first = text.split('\n').find((line) => line.trim())?.trim() ?? '';
  return first.startsWith('{') && /"sequence"\s*:/.test(first) && /Event"\s*:/.test(first) && text.trim().includes('\n');
}
