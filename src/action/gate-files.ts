// Files that steer the gate itself. A PR that edits them can weaken the gate it is judged by (an agent that
// cannot pass the gate can edit the workflow in its own PR), so the comment warns a reviewer to read them.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { PullFile } from './github-api.js';

export interface GateFileOptions {
  /** The `config` input as given: relative to the workspace, or absolute. */
  config?: string;
  /** The workspace, which is the root of the repository whose paths the PR's file list holds. */
  workspace?: string;
}

type Kind = { what: string; test: (path: string, config: string | undefined) => boolean };

// In the order the warning names them: what loosens the verdict directly comes first, so a long list never hides it.
const KINDS: readonly Kind[] = [
  // A workflow named deploy-gate.yml is a workflow (next group), not the gate's configuration.
  { what: 'The gate configuration', test: (p, config) => p === config || (!p.startsWith('.github/') && /(^|\/)deploy-gate\.ya?ml$/.test(p)) },
  // An approvals file, or any YAML/JSON file in an approvals folder.
  { what: 'Approvals', test: (p) => /(^|\/)[^/]*approvals?[^/]*(\/[^/]+)*\.(ya?ml|json)$/i.test(p) },
  { what: 'Workflows and repository settings (.github/)', test: (p) => p.startsWith('.github/') },
  { what: 'Code owners (CODEOWNERS)', test: (p) => /(^|\/)CODEOWNERS$/.test(p) },
  { what: 'An action definition (action.yml)', test: (p) => /(^|\/)action\.ya?ml$/.test(p) },
  { what: "deploy-gate's policy code (policy/)", test: (p) => p.startsWith('policy/') },
];

const SHOWN = 10;

/**
 * The repository path of `path` (a `config` input), as the PR's file list spells it: normalized, `/`-separated,
 * relative to the workspace. Undefined outside the workspace (e.g. a base-branch copy in RUNNER_TEMP).
 */
export function repositoryPath(path: string, workspace: string): string | undefined {
  const inside = relative(workspace, resolve(workspace, path));
  if (!inside || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return undefined;
  return inside.split(sep).join('/');
}

/**
 * One warning naming each gate-controlling file a PR changes (renames count by both names), grouped by what it
 * controls; none when it changes none. The file the `config` input names counts whatever it is called.
 */
export function gateFileWarnings(files: readonly PullFile[], options: GateFileOptions = {}): string[] {
  const config = options.config === undefined ? undefined : repositoryPath(options.config, options.workspace ?? process.cwd());
  const byKind = new Map<Kind, Set<string>>();
  for (const file of files) {
    for (const path of [file.filename, file.previous_filename]) {
      if (!path) continue;
      const kind = KINDS.find((k) => k.test(path, config));
      if (!kind) continue;
      byKind.set(kind, (byKind.get(kind) ?? new Set()).add(path));
    }
  }
  if (byKind.size === 0) return [];
  let room = SHOWN;
  let hidden = 0;
  const parts: string[] = [];
  for (const kind of KINDS) {
    const names = [...(byKind.get(kind) ?? [])].sort();
    if (names.length === 0) continue;
    const shown = names.slice(0, Math.max(room, 0));
    room -= shown.length;
    hidden += names.length - shown.length;
    if (shown.length > 0) parts.push(`${kind.what}: ${shown.join(', ')}.`);
  }
  return [
    `This PR changes files that control the gate itself. ${parts.join(' ')}${hidden > 0 ? ` And ${hidden} more.` : ''} ` +
    'A change to them can weaken the check that judged this PR; have a code owner review them before merging.',
  ];
}
