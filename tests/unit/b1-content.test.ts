/**
 * The Dutch B1 check over every Dutch page. Errors fail (a sentence over 20 words; a text of 100+
 * words with Flesch-Douma under 60); warnings (passive voice, long paragraphs, sentences of 16-20
 * words) are printed with file, line, rule and sentence, so editors can improve them.
 */
import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mdxTextBlocks } from '../../src/lib/mdx-text';
import { checkB1 } from '../../src/lib/readability';

const files = globSync('content/nl/**/*.mdx').sort();

describe('Dutch pages are written at B1', () => {
  it('finds the Dutch pages', () => {
    expect(files.length).toBeGreaterThan(40);
  });

  it.each(files)('%s', (file) => {
    const report = checkB1(mdxTextBlocks(readFileSync(file, 'utf8')));
    const format = (f: (typeof report.findings)[number]) =>
      `${file}${f.line ? `:${f.line}` : ''} [${f.rule}] ${f.message}${f.sentence ? `\n    "${f.sentence}"` : ''}`;
    const warnings = report.findings.filter((f) => f.level === 'warning');
    if (warnings.length > 0) console.warn(warnings.map(format).join('\n'));
    expect(report.findings.filter((f) => f.level === 'error').map(format)).toEqual([]);
  });
});
