/**
 * B1 report for Dutch pages: `npm run check:b1` (all pages) or `npm run check:b1 -- content/nl/zorg/huisarts.mdx`.
 * Prints every finding with file, line, rule and sentence. Exits with 1 when there is an error.
 */
import { readFileSync } from 'node:fs';
import { globSync } from 'node:fs';
import { mdxTextBlocks } from '../src/lib/mdx-text';
import { checkB1 } from '../src/lib/readability';

const files = process.argv.slice(2).filter((a) => a.endsWith('.mdx'));
const targets = files.length > 0 ? files : globSync('content/nl/**/*.mdx').sort();
let errors = 0;
for (const file of targets) {
  const report = checkB1(mdxTextBlocks(readFileSync(file, 'utf8')));
  const score = report.fleschDouma === undefined ? 'n/a (under 100 words)' : report.fleschDouma.toFixed(1);
  console.log(`\n${file}: ${report.words} words, ${report.sentences} sentences, average ${report.averageSentenceLength.toFixed(1)}, Flesch-Douma ${score}`);
  for (const f of report.findings) {
    if (f.level === 'error') errors += 1;
    console.log(`  ${f.level.toUpperCase()} [${f.rule}]${f.line ? ` line ${f.line}` : ''}: ${f.message}${f.sentence ? `\n    "${f.sentence}"` : ''}`);
  }
}
console.log(`\n${targets.length} file(s), ${errors} error(s).`);
process.exitCode = errors > 0 ? 1 : 0;
