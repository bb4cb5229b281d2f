// The PR comment as a reviewer sees it: a real plan with a chosen number of findings, gated by the CLI
// (`--output markdown`, the text the Action posts), turned into HTML by a GFM renderer (micromark with its GFM
// extension, the CommonMark/GFM reference implementation in JavaScript) and laid out in headless Chromium with
// GitHub's Markdown stylesheet (github-markdown-css) in a column as wide as a PR comment's. Used by
// `npm run screenshots` (docs/screenshots/) and by test/comment.browser.test.ts, which measures the layout.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = basename(dirname(HERE)) === 'build' ? join(HERE, '..', '..') : join(HERE, '..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The width of a PR comment's body on github.com at a common window size: the "900 px GitHub column". */
export const COLUMN_PX = 900;

type Change = { address: string; type: string; name: string; actions: string[]; before: Record<string, unknown> | null; after: Record<string, unknown> | null };

/** The i-th resource of the mix: deletes of stores, protection turned off, unprotected creates in prod. */
function change(i: number): Change {
  const tags = { env: 'prod', team: `team-${i % 7}` };
  switch (i % 4) {
    case 0:
      return { address: `aws_ebs_volume.orders_${i}`, type: 'aws_ebs_volume', name: `orders_${i}`, actions: ['delete'],
        before: { id: `vol-0${(1e9 + i).toString(16)}`, availability_zone: 'eu-west-1a', size: 200, type: 'gp3', encrypted: true, tags, tags_all: tags }, after: null };
    case 1: {
      const db = { id: `db-${i}`, identifier: `payments-${i}`, engine: 'postgres', allocated_storage: 100, backup_retention_period: 7, skip_final_snapshot: false, tags, tags_all: tags };
      return { address: `aws_db_instance.payments_${i}`, type: 'aws_db_instance', name: `payments_${i}`, actions: ['update'],
        before: { ...db, deletion_protection: true }, after: { ...db, deletion_protection: false } };
    }
    case 2:
      return { address: `module.storage.aws_s3_bucket.exports["customer-exports-${i}"]`, type: 'aws_s3_bucket', name: 'exports', actions: ['delete'],
        before: { id: `customer-exports-${i}`, bucket: `customer-exports-${i}`, force_destroy: true, tags, tags_all: tags }, after: null };
    default:
      return { address: `aws_dynamodb_table.sessions_${i}`, type: 'aws_dynamodb_table', name: `sessions_${i}`, actions: ['create'], before: null,
        after: { name: `sessions-${i}`, billing_mode: 'PAY_PER_REQUEST', hash_key: 'id', deletion_protection_enabled: false, point_in_time_recovery: [{ enabled: false }], tags, tags_all: tags } };
  }
}

/** `terraform show -json` of a plan with `resources` changes of the mix above. */
export function planWith(resources: number): string {
  const changes = Array.from({ length: resources }, (_, i) => change(i));
  const mode = (c: Change) => ({ address: c.address, mode: 'managed', type: c.type, name: c.name, provider_name: 'registry.terraform.io/hashicorp/aws' });
  return JSON.stringify({
    format_version: '1.2',
    terraform_version: '1.11.4',
    planned_values: { root_module: { resources: changes.filter((c) => c.after).map((c) => ({ ...mode(c), schema_version: 0, values: c.after, sensitive_values: {} })) } },
    resource_changes: changes.map((c) => ({ ...mode(c), change: { actions: c.actions, before: c.before, after: c.after, after_unknown: {}, before_sensitive: c.before ? {} : false, after_sensitive: c.after ? {} : false } })),
    prior_state: { format_version: '1.0', terraform_version: '1.11.4', values: { root_module: { resources: changes.filter((c) => c.before).map((c) => ({ ...mode(c), schema_version: 0, values: c.before, sensitive_values: {} })) } } },
    applyable: true,
    complete: true,
    errored: false,
  });
}

/**
 * The PR comment's body for a plan: the gate's report rendered exactly as src/action/run.ts renders the comment
 * (renderMarkdown with the comment's limits; no approvals were claimed, so no approvals section), and how many
 * findings the report holds. The plan is gated from a file named as the ready workflows name it.
 */
export async function gateMarkdown(plan: string): Promise<{ markdown: string; findings: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'comment-render-'));
  const cwd = process.cwd();
  try {
    mkdirSync(join(dir, 'deploy-gate-plans'));
    writeFileSync(join(dir, 'deploy-gate-plans', 'prod.plan.json'), plan);
    process.chdir(dir);
    const { runGate } = await import('../src/gate.js');
    const { renderMarkdown } = await import('../src/report/markdown.js');
    const { MAX_COMMENT_CHARS } = await import('../src/action/comment.js');
    const { report } = await runGate(['deploy-gate-plans/prod.plan.json']);
    if (report.verdict !== 'block') throw new Error(`the plan was not blocked (${report.verdict})`);
    const markdown = renderMarkdown(report, { maxChars: MAX_COMMENT_CHARS - 2_000, fullReport: 'the job summary of this workflow run' });
    return { markdown, findings: report.findings.length };
  } finally {
    process.chdir(cwd);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The plan of the mix with at least `findings` findings (resources are added until the report holds that many). */
export async function planWithFindings(findings: number): Promise<{ plan: string; markdown: string; findings: number }> {
  let resources = Math.max(1, Math.floor(findings * 0.75));
  for (;;) {
    const plan = planWith(resources);
    const gated = await gateMarkdown(plan);
    if (gated.findings >= findings) return { plan, ...gated };
    resources += Math.max(1, Math.ceil((findings - gated.findings) / 2));
  }
}

/** The comment's HTML as GitHub lays it out: GFM with raw HTML (<details>) allowed, GitHub's stylesheet. */
export async function commentHtml(markdown: string): Promise<string> {
  const { micromark } = await import('micromark');
  const { gfm, gfmHtml } = await import('micromark-extension-gfm');
  const body = micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
  const require = createRequire(import.meta.url);
  const css = readFileSync(require.resolve('github-markdown-css/github-markdown-light.css'), 'utf8');
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css}
body { margin: 0; background: #fff; }
.markdown-body { box-sizing: border-box; width: ${COLUMN_PX}px; padding: 16px; border: 1px solid #d0d7de; border-radius: 6px; }
</style></head><body><article class="markdown-body">${body}</article></body></html>`;
}

export interface Layout {
  /** Widest scroll width inside the comment, in CSS pixels (> its client width means a horizontal scroll bar). */
  scrollWidth: number;
  clientWidth: number;
  /** Elements whose right edge passes the comment's right edge, as tag names with the start of their text. */
  overflowing: string[];
  height: number;
  detailsOpen: number;
  detailsClosed: number;
}

/** Lays the HTML out in headless Chromium; measures it and, when asked, writes a PNG of the whole comment. */
export async function layout(html: string, screenshot?: { path: string }, options: { openDetails?: boolean } = {}): Promise<Layout> {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: COLUMN_PX + 2, height: 800 }, deviceScaleFactor: 1 });
    await page.setContent(html, { waitUntil: 'load' });
    if (options.openDetails) await page.evaluate(() => { for (const d of document.querySelectorAll('details')) d.open = true; });
    const measured = await page.evaluate(() => {
      const article = document.querySelector('article')!;
      const right = article.getBoundingClientRect().right;
      const overflowing: string[] = [];
      // A mermaid block is drawn as a diagram on github.com (scaled to the column); here it is its source.
      const mermaid = (el: Element) => el.closest('pre')?.querySelector('code.language-mermaid') !== null && el.closest('pre') !== null;
      for (const el of article.querySelectorAll('*')) {
        if (mermaid(el)) continue;
        const box = el.getBoundingClientRect();
        if (box.width > 0 && box.right > right + 0.5 && overflowing.length < 20) overflowing.push(`${el.tagName.toLowerCase()}: ${(el.textContent ?? '').slice(0, 60)}`);
      }
      let scrollWidth = article.clientWidth;
      for (const el of [...article.querySelectorAll('pre, table, code')].filter((e) => !mermaid(e))) scrollWidth = Math.max(scrollWidth, (el as HTMLElement).scrollWidth - (el as HTMLElement).clientWidth + article.clientWidth);
      const details = [...document.querySelectorAll('details')];
      return { scrollWidth, clientWidth: article.clientWidth, overflowing, height: article.getBoundingClientRect().height, detailsOpen: details.filter((d) => d.open).length, detailsClosed: details.filter((d) => !d.open).length };
    });
    if (screenshot) await page.locator('article').screenshot({ path: screenshot.path });
    return measured;
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const out = join(ROOT, 'docs', 'screenshots');
  mkdirSync(out, { recursive: true });
  for (const findings of [4, 20, 200]) {
    const gated = await planWithFindings(findings);
    const html = await commentHtml(gated.markdown);
    const shot = join(out, `pr-comment-${findings}-findings.png`);
    const measured = await layout(html, { path: shot });
    console.log(`${findings} findings (${gated.findings} reported): ${gated.markdown.length} characters, ${Math.round(measured.height)} px tall, widest ${measured.scrollWidth}/${measured.clientWidth} px → ${shot}`);
    if (findings === 4) {
      const open = join(out, `pr-comment-${findings}-findings-open.png`);
      await layout(html, { path: open }, { openDetails: true });
      console.log(`  with its <details> open → ${open}`);
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
