import type { Report } from '../../policy/engine/evaluate.js';

/** 0 allow, 1 block, 2 unreadable input or usage error. Pure, so every front end agrees. */
export const EXIT = { allow: 0, block: 1, error: 2 } as const;

export function getExitCode(report: Pick<Report, 'verdict' | 'findings'>, failOn: 'block' | 'warn' = 'block'): number {
  if (report.verdict === 'block') return EXIT.block;
  if (failOn === 'warn' && report.findings.some((f) => f.level === 'warn')) return EXIT.block;
  return EXIT.allow;
}
