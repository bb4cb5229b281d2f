// Everything a plan or a PR supplies is escaped here before it reaches Markdown, HTML or a terminal.
// Plan text is attacker-controlled in an agent's PR: it must not inject markup, mentions, links or escapes.
import { stripControl } from '../../policy/engine/render.js';

/** Escapes text for a Markdown table cell or paragraph in a GitHub comment. */
export function escapeMarkdown(text: string): string {
  return stripControl(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_{}[\]()#+!|~])/g, '\\$1')
    // Neutralize @mentions and #references so a plan cannot ping people or link issues.
    .replace(/@/g, '&#64;')
    // GitHub autolinks bare `scheme://…` and `www.…` in text: a zero-width space breaks both patterns, so a URL in
    // plan text stays text (it reads the same) and no link an attacker chose appears in the comment.
    .replace(/:(?=\/\/)/g, ':\u200b')
    .replace(/\b(www)\./gi, '$1\u200b.')
    .replace(/\r?\n/g, ' ');
}

/**
 * Text as a Markdown code span that nothing inside can close: the fence is one backtick longer than the longest
 * run of backticks in the text (CommonMark), padded with spaces so a leading or trailing backtick stays text.
 */
export function codeSpan(text: string): string {
  const clean = stripControl(text).replace(/\r?\n/g, ' ');
  const longest = Math.max(0, ...[...clean.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return longest > 0 ? `${fence} ${clean} ${fence}` : `${fence}${clean}${fence}`;
}

/**
 * A rule's fix sentence, whose authors mark code with backticks (`lifecycle { prevent_destroy = true }`): each
 * backtick pair becomes a code span (inert in GFM: no links, no HTML, whatever a plan put inside), the rest is
 * escaped like any text. An unpaired backtick is escaped.
 */
export function escapeWithCode(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(/`([^`\n]+)`/g)) {
    out += escapeMarkdown(text.slice(last, m.index)) + codeSpan(m[1]!);
    last = m.index + m[0].length;
  }
  return out + escapeMarkdown(text.slice(last));
}

/** A code span inside a table cell: GitHub splits cells at `|` even within code, so it is escaped there. */
export function codeCell(text: string): string {
  return codeSpan(stripControl(text).replace(/\|/g, '\\|'));
}

/** A Mermaid node label: quotes and brackets would end it. */
export function mermaidLabel(text: string): string {
  return stripControl(text).replace(/["[\](){}<>|`#;]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 120);
}

/** Terminal output: no escape sequences from the plan may reach the terminal (the one definition: engine/render.ts). */
export { stripControl } from '../../policy/engine/render.js';
