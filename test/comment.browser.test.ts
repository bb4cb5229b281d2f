// The PR comment laid out in a real browser (headless Chromium from Debian, GitHub's Markdown stylesheet, a GFM
// renderer: scripts/comment-render.ts) at 4, 20 and 200 findings: it fits a 900 px comment column without a
// horizontal scroll bar, its details start folded, and it stays under GitHub's comment limit. `npm run screenshots`
// writes the same layouts to docs/screenshots/. Skipped, with a message, where Chromium is not installed; where CI
// installed it (DEPLOY_GATE_REQUIRE_BROWSER=1, set by .ci/run and ci.yml) a missing browser fails instead.
import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CHROMIUM, commentHtml, layout, planWithFindings } from '../scripts/comment-render.js';

const GITHUB_COMMENT_LIMIT = 65_536;
const haveBrowser = existsSync(CHROMIUM);
if (!haveBrowser) console.warn(`test/comment.browser.test.ts: skipped, no Chromium at ${CHROMIUM} (apt-get install chromium)`);

// Where CI installed the browser it must be found: a skip there would hide a layout regression.
test.runIf(process.env.DEPLOY_GATE_REQUIRE_BROWSER === '1')('the browser CI installed is found', () => {
  expect(haveBrowser, `DEPLOY_GATE_REQUIRE_BROWSER is set but there is no Chromium at ${CHROMIUM}`).toBe(true);
});

describe.skipIf(!haveBrowser)('the PR comment in a browser', () => {
  test('the measurement sees what overflows: the old six-column table of 20 rows', { timeout: 60_000 }, async () => {
    const row = (i: number) => `| ⛔ BLOCK | \`no-stateful-delete\` | \`module.storage.aws_s3_bucket.exports["customer-exports-${i}"]\` | delete | \`prod\` | Keep the resource (restore its code), or have a maintainer approve this exact plan. |`;
    const table = ['| level | rule | resource | action | environment | how to fix |', '|---|---|---|---|---|---|', ...Array.from({ length: 20 }, (_, i) => row(i))].join('\n');
    const measured = await layout(await commentHtml(table));
    expect(measured.overflowing.length + Math.max(0, measured.scrollWidth - measured.clientWidth)).toBeGreaterThan(0);
  });

  test.for([4, 20, 200])('%i findings fit the column, folded, under the limit', { timeout: 120_000 }, async (findings) => {
    const gated = await planWithFindings(findings);
    expect(gated.findings).toBeGreaterThanOrEqual(findings);
    expect(gated.markdown.length).toBeLessThan(GITHUB_COMMENT_LIMIT);
    const html = await commentHtml(gated.markdown);
    // The GFM renderer saw what GitHub would: sections as headings, the details as HTML, no raw Markdown left.
    expect(html).toContain('<h3>💥 Destroys data');
    expect(html).toContain('<details><summary>Why, and how to fix</summary>');
    expect(html).not.toMatch(/\\`|`[^<]*`/);
    const folded = await layout(html);
    expect(folded.overflowing).toEqual([]);
    expect(folded.scrollWidth).toBeLessThanOrEqual(folded.clientWidth);
    expect(folded.detailsOpen).toBe(0);
    expect(folded.detailsClosed).toBeGreaterThanOrEqual(3);
    // Opened, the reasons and fixes still fit: long addresses wrap instead of widening the column.
    const open = await layout(html, undefined, { openDetails: true });
    expect(open.overflowing).toEqual([]);
    expect(open.detailsOpen).toBe(folded.detailsClosed);
    expect(open.height).toBeGreaterThan(folded.height);
  });
});
