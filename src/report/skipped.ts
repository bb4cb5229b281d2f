// Files a directory held that are plainly not plans (package.json, tsconfig.json, a README): every report format
// lists them, so a plan saved where the gate did not recognise it is seen by a person, never silently passed over.
import type { Report } from '../../policy/engine/evaluate.js';
import { plural } from '../../policy/engine/plural.js';
import type { SkippedFile } from '../readers/read-plan.js';

/** The engine's report plus what the readers passed over. */
export type GateReport = Report & { skipped?: readonly SkippedFile[] };

export type { SkippedFile };

export function skippedOf(report: Report): readonly SkippedFile[] {
  return (report as GateReport).skipped ?? [];
}

export function skippedHeadline(skipped: readonly SkippedFile[]): string {
  return `Skipped ${plural(skipped.length, 'file that is not a plan', 'files that are not plans')}`;
}
