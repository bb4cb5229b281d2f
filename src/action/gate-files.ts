// Files that steer the gate itself. A PR that edits them can weaken the gate it is judged by (an agent that
// cannot pass the gate can edit the workflow in its own PR), so the comment warns a reviewer to read them.
import type { PullFile } from './github-api.js';

const GATE_FILES: ReadonlyArray<{ test: (path: string) => boolean; what: string }> = [
  { test: (p) => p.startsWith('.github/'), what: 'workflows and repository settings (.github/)' },
  { test: (p) => /(^|\/)deploy-gate\.ya?ml$/.test(p), what: 'the gate configuration (deploy-gate.yml)' },
  { test: (p) => /(^|\/)action\.ya?ml$/.test(p), what: 'an action definition (action.yml)' },
  { test: (p) => p.startsWith('policy/'), what: "deploy-gate's policy code (policy/)" },
  { test: (p) => /(^|\/)CODEOWNERS$/.test(p), what: 'code owners (CODEOWNERS)' },
  { test: (p) => /(^|\/)[^/]*approvals?[^/]*\.(ya?ml|json)$/i.test(p), what: 'an approvals file' },
];

const SHOWN = 10;

/** One warning naming the gate-controlling files a PR changes (renames count by both names); none when it changes none. */
export function gateFileWarnings(files: readonly PullFile[]): string[] {
  const touched = new Set<string>();
  const kinds = new Set<string>();
  for (const file of files) {
    for (const path of [file.filename, file.previous_filename]) {
      if (!path) continue;
      const hit = GATE_FILES.find((g) => g.test(path));
      if (!hit) continue;
      touched.add(path);
      kinds.add(hit.what);
    }
  }
  if (touched.size === 0) return [];
  const names = [...touched].sort();
  const listed = names.slice(0, SHOWN).join(', ') + (names.length > SHOWN ? ` and ${names.length - SHOWN} more` : '');
  return [
    `This PR changes files that control the gate itself: ${[...kinds].join('; ')}. Files: ${listed}. ` +
    'A change to them can weaken the check that judged this PR; have a code owner review them before merging.',
  ];
}
