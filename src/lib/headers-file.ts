/**
 * The `_headers` file format that Netlify, Cloudflare Pages and similar static hosts read:
 * a path pattern on its own line, then indented `Name: value` lines. `*` matches any rest of a
 * path. Our own test server reads the same file, so tests see what production sends.
 */
export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon === -1) throw new Error(`_headers: "${line.trim()}" is not under a path, or has no "Name: value".`);
    rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

export function serialiseHeadersFile(rules: readonly HeaderRule[], comment: string): string {
  const lines = comment.split('\n').map((l) => `# ${l}`.trimEnd());
  for (const rule of rules) {
    lines.push(rule.pattern, ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`));
  }
  return `${lines.join('\n')}\n`;
}

export function patternMatches(pattern: string, path: string): boolean {
  const regex = new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return regex.test(path);
}

/**
 * Headers for a path: every matching rule applies, in file order. The file we generate never
 * sets the same header in two rules that match one path, because hosts differ in how they merge.
 */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const rule of rules) if (patternMatches(rule.pattern, path)) Object.assign(result, rule.headers);
  return result;
}
