/**
 * Every page of the built site is valid HTML (html-validate, recommended rules). The rules turned
 * off in .htmlvalidate.json are about code style, not validity: boolean attribute and void element
 * style (Astro's output), trailing whitespace, title length, subresource integrity (all files are
 * our own), and tel-non-breaking (our one tel: link is a sentence, "Emergency? Call 112"). Ids
 * follow HTML5 (valid-id relaxed): the strict default rejects Arabic letters with vowel marks.
 */
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate/node';
import { describe, expect, it } from 'vitest';
import { htmlFiles, read } from './built-site';

const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('valid HTML', () => {
  const files = htmlFiles();

  it('checks the whole site', () => {
    expect(files.length).toBeGreaterThan(1000);
  });

  it('every page', async () => {
    const problems: string[] = [];
    // One representative of every identical template output would miss content errors: check all.
    for (const file of files) {
      const report = await validator.validateString(read(file), file);
      for (const result of report.results) {
        for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    // Show the first problems of each rule, not thousands of repeats.
    const byRule = new Map<string, string[]>();
    for (const p of problems) {
      const rule = p.split(' ')[1]!;
      byRule.set(rule, [...(byRule.get(rule) ?? []), p]);
    }
    expect([...byRule.values()].flatMap((list) => [...list.slice(0, 3), ...(list.length > 3 ? [`… and ${list.length - 3} more`] : [])])).toEqual([]);
  });
});
