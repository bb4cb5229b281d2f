import type { Report } from '../../policy/engine/evaluate.js';

/** "2 changes would destroy or endanger data (4 findings)": resources and findings are counted apart. */
export function blockedSummary(report: Report): string {
  const blocked = report.findings.filter((f) => f.level === 'block');
  const resources = new Set(blocked.map((f) => `${f.stack}|${f.resource}`)).size;
  const what = `${resources} change${resources === 1 ? '' : 's'} would destroy or endanger data`;
  return blocked.length === resources ? what : `${what} (${blocked.length} findings)`;
}
