/**
 * Right-to-left languages work by construction only if no style says "left" or "right". This
 * fails on physical CSS properties and on Tailwind classes that use them, anywhere in src/.
 */
import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const PHYSICAL_CSS = /\b(margin|padding|border)-(left|right)\b|(?<![-\w])(left|right)\s*:|text-align\s*:\s*(left|right)|float\s*:\s*(left|right)|\bborder-(top|bottom)-(left|right)-radius\b/;
const PHYSICAL_CLASS = /^-?(ml|mr|pl|pr|left|right|border-[lr]|rounded-(l|r|tl|tr|bl|br)|scroll-m[lr]|scroll-p[lr])(-|$)|^(text|float)-(left|right)$/;

/** The text without comments, so a comment may name what it forbids. */
const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/<!--[\s\S]*?-->/g, '');

describe('logical CSS only', () => {
  const files = globSync('src/**/*.{css,astro}').sort();

  it('finds the styles', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('recognises physical properties and classes', () => {
    expect(PHYSICAL_CSS.test('margin-left: 1rem')).toBe(true);
    expect(PHYSICAL_CSS.test('margin-inline-start: 1rem')).toBe(false);
    expect(['ml-2', 'pr-4', 'text-left', 'left-0', 'rounded-tl-lg'].every((c) => PHYSICAL_CLASS.test(c))).toBe(true);
    expect(['prose', 'ms-2', 'pe-4', 'text-start', 'print-only'].some((c) => PHYSICAL_CLASS.test(c))).toBe(false);
  });

  it.each(files)('%s uses no physical properties', (file) => {
    const text = withoutComments(readFileSync(file, 'utf8'));
    const css = text.split('\n').filter((line) => PHYSICAL_CSS.test(line));
    const classes = [...text.matchAll(/class(?::list)?=["{]([^"}]*)/g)].flatMap((m) => m[1]!.split(/[\s'",[\]]+/)).filter((name) => PHYSICAL_CLASS.test(name));
    expect([...css, ...classes]).toEqual([]);
  });
});
