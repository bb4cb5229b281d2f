// The agents whose pre-command hooks the guard answers. Apart from run.ts so that `deploy-gate check` can list them
// as `guard --hook` choices without loading the guard (see src/cli/guard-command.ts).
export const HOOKS = ['claude-code', 'cursor', 'gemini', 'codex'] as const;
export type HookKind = (typeof HOOKS)[number];
