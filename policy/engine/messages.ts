/** Fills `{placeholder}`s of a rule message from a finding's data. The one place messages become text. */
export function formatMessage(template: string, data: Record<string, string | number | boolean | undefined>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (data[key] !== undefined ? String(data[key]) : whole));
}

/** Placeholders a template uses: the registry test checks every one is filled. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
}
