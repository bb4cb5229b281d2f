// Everything a plan or a PR supplies is escaped here before it reaches Markdown, HTML or a terminal.
// Plan text is attacker-controlled in an agent's PR: it must not inject markup, mentions, links or escapes.

/** Escapes text for a Markdown table cell or paragraph in a GitHub comment. */
export function escapeMarkdown(text: string): string {
  return stripControl(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_{}[\]()#+!|~])/g, '\\$1')
    // Neutralize @mentions and #references so a plan cannot ping people or link issues.
    .replace(/@/g, '&#64;')
    .replace(/\r?\n/g, ' ');
}

/** Text for inside a Markdown code span: backticks cannot close it early. */
export function codeSpan(text: string): string {
  const clean = stripControl(text).replace(/\r?\n/g, ' ');
  const fence = clean.includes('`') ? '``' : '`';
  return `${fence}${fence === '``' ? ' ' : ''}${clean}${fence === '``' ? ' ' : ''}${fence}`;
}

/** A Mermaid node label: quotes and brackets would end it. */
export function mermaidLabel(text: string): string {
  return stripControl(text).replace(/["[\](){}<>|`#;]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 120);
}

/** Terminal output: no escape sequences from the plan may reach the terminal. */
export function stripControl(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '');
}
