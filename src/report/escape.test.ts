import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { evaluate } from '../../policy/engine/evaluate.js';
import { rules } from '../../policy/rules/index.js';
import { parsePlanText } from '../readers/read-plan.js';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { codeCell, codeSpan, escapeMarkdown, escapeWithCode } from './escape.js';
import { renderMarkdown } from './markdown.js';

/** The backtick runs of a code span's content must all differ in length from its fence (CommonMark 6.1). */
function closesEarly(span: string): boolean {
  const fence = /^`+/.exec(span)?.[0] ?? '';
  const inner = span.slice(fence.length, span.length - fence.length);
  return [...inner.matchAll(/`+/g)].some((m) => m[0].length === fence.length);
}

/** Markdown with every code span removed, as CommonMark pairs them: what is left is what renders as markup. */
function outsideCode(markdown: string): string {
  let out = '';
  let i = 0;
  while (i < markdown.length) {
    const run = /^`+/.exec(markdown.slice(i))?.[0];
    if (!run) {
      out += markdown[i];
      i += 1;
      continue;
    }
    const close = new RegExp(`(?<!\`)${run}(?!\`)`, 'g');
    close.lastIndex = i + run.length;
    const match = close.exec(markdown);
    if (!match) {
      out += run;
      i += run.length;
    } else {
      i = match.index + run.length;
    }
  }
  return out;
}

/** Cell separators of a table row: pipes not escaped by a backslash. */
function separators(row: string): number {
  return [...row.matchAll(/(?<!\\)\|/g)].length;
}

describe('escaping what plans and PRs supply', () => {
  test('no text can close its code span early', () => {
    fc.assert(fc.property(fc.string(), (text) => {
      const span = codeSpan(text);
      expect(closesEarly(span)).toBe(false);
      expect(span.endsWith('`')).toBe(true);
    }));
  });

  test('a table cell never gains a column, whatever the text', () => {
    fc.assert(fc.property(fc.string(), (text) => {
      expect(separators(`| ${codeCell(text)} | ${escapeMarkdown(text)} |`)).toBe(3);
    }));
  });

  test('a fix sentence renders its authored `code` as code spans, and nothing in it renders as markup', () => {
    expect(escapeWithCode('Either add `lifecycle { prevent_destroy = true }`, or set `deletion_protection = true`.'))
      .toBe('Either add `lifecycle { prevent_destroy = true }`, or set `deletion_protection = true`.');
    expect(escapeWithCode('an odd ` backtick and *stars*')).toBe(`${escapeMarkdown('an odd ` backtick and *stars*')}`);
    // Whatever a plan put in the sentence or in its code, a GFM renderer (micromark, as GitHub reads it) makes only
    // paragraphs, code and text of it: no emphasis, link, image or HTML.
    fc.assert(fc.property(fc.string(), fc.string(), (text, data) => {
      // In its place in the report: after the rule's name (markdown.ts), never at the start of a line.
      const html = micromark(`**rule**: ${escapeWithCode(`${text} \`${data}\` ${text}`)}`, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
      const tags = new Set([...html.matchAll(/<\/?([a-z][a-z0-9]*)/g)].map((m) => m[1]));
      expect([...tags].filter((t) => t !== 'p' && t !== 'code' && t !== 'strong')).toEqual([]);
      expect(html.match(/<strong>/g)).toHaveLength(1);
    }), { numRuns: 2000 });
  });

  test('plain text cannot carry HTML, mentions or links', () => {
    const out = escapeMarkdown('<img src=x onerror=alert(1)> @org/admins [click](https://evil.example) #1');
    expect(out).not.toMatch(/<img|@org|\]\(/);
  });

  test('bare URLs in plan text are not autolinked: no `scheme://` or `www.` survives, and the text reads the same', () => {
    const out = escapeMarkdown('see https://evil.example/x, HTTP://a.b and WWW.evil.example or ftp://c');
    expect(out).not.toMatch(/[a-z]:\/\/|www\./i);
    expect(out.replace(/\u200b/g, '')).toBe('see https://evil.example/x, HTTP://a.b and WWW.evil.example or ftp://c');
  });

  test('a resource name crafted to break out of the comment table stays in its cell', () => {
    // A for_each key is chosen by whoever writes the PR.
    const key = 'x|<img src=https://evil.example/p.png> **APPROVED** |``<b>hi</b>``';
    const plan = parsePlanText(JSON.stringify({
      format_version: '1.2',
      resource_changes: [{
        address: `aws_ebs_volume.data["${key}"]`, mode: 'managed', type: 'aws_ebs_volume', name: 'data', index: key,
        change: { actions: ['delete'], before: { id: 'vol-1', size: 10 }, after: null },
      }],
    }), 'evil.json');
    const markdown = renderMarkdown(evaluate([plan], { rules }));
    // One line per resource: the crafted key neither starts a new line nor closes its code span.
    const rows = markdown.split('\n').filter((line) => line.startsWith('- ⛔ **delete**'));
    expect(rows).toHaveLength(1);
    expect(outsideCode(rows[0]!)).toBe('- ⛔ **delete** : ');
    expect(outsideCode(markdown)).not.toMatch(/<img|<b>/);
    expect(markdown).toContain('<img');
  });
});
