import { describe, expect, it } from 'vitest';
import { mdxTextBlocks } from '../../src/lib/mdx-text';
import { checkB1, fleschDouma, isPassive, splitSentences, syllables, words } from '../../src/lib/readability';

describe('Dutch syllables', () => {
  it.each([
    ['huisarts', 2],
    ['ziekenhuis', 3],
    ['verblijfsvergunning', 5],
    ['ideeën', 3],
    ['reageren', 4],
    ['eeuw', 1],
    ['materiaal', 4],
    ['CAK', 3],
    ['politie', 3],
  ])('%s has %i syllables', (word, count) => {
    expect(syllables(word)).toBe(count);
  });
});

describe('sentences and words', () => {
  it('does not split after abbreviations', () => {
    expect(splitSentences('Er zijn o.a. dokters. Bel ons.')).toEqual(['Er zijn o.a. dokters.', 'Bel ons.']);
  });
  it('splits after "u." like any sentence end', () => {
    expect(splitSentences('Wij helpen u. Kom langs.')).toHaveLength(2);
  });
  it('ignores web addresses and plain numbers', () => {
    expect(words('Kijk op www.example.nl voor 3 tips.')).toEqual(['Kijk', 'op', 'voor', 'tips']);
  });
});

describe('the B1 check', () => {
  it('computes Flesch-Douma', () => {
    expect(fleschDouma(150, 100, 10)).toBeCloseTo(206.84 - 0.77 * 150 - 0.93 * 10);
  });

  it('fails a sentence of more than 20 words and names it', () => {
    const long = 'Als u geen verzekering heeft en ook geen papieren dan kunt u toch naar de huisarts gaan want die helpt u altijd graag verder.';
    const report = checkB1([{ kind: 'paragraph', text: long, line: 7 }]);
    const error = report.findings.find((f) => f.rule === 'sentence-length');
    expect(error).toMatchObject({ level: 'error', line: 7, sentence: long });
  });

  it('fails a long text with a low Flesch-Douma score', () => {
    const dense = 'De gemeentelijke verantwoordelijkheid betreffende ongedocumenteerdenvoorzieningen vereist interdepartementale afstemming. '.repeat(15);
    const report = checkB1([{ kind: 'paragraph', text: dense }]);
    expect(report.findings.some((f) => f.rule === 'flesch-douma' && f.level === 'error')).toBe(true);
  });

  it('reports passive sentences and long paragraphs as warnings only', () => {
    expect(isPassive('De rekening wordt betaald door het CAK.')).toBe(true);
    expect(isPassive('Het CAK betaalt de rekening.')).toBe(false);
    const paragraph = 'Dit is een korte zin. '.repeat(20);
    const report = checkB1([{ kind: 'paragraph', text: `${paragraph} De rekening wordt betaald.` }]);
    expect(report.findings.map((f) => [f.rule, f.level])).toEqual(
      expect.arrayContaining([
        ['paragraph-length', 'warning'],
        ['passive', 'warning'],
      ]),
    );
    expect(report.findings.every((f) => f.level === 'warning')).toBe(true);
  });

  it('passes plain B1 text', () => {
    const text = 'U kunt naar de huisarts. De huisarts helpt u als u ziek bent. Het CAK betaalt de rekening. U hoeft niets mee te nemen.';
    expect(checkB1([{ kind: 'paragraph', text }]).findings).toEqual([]);
  });
});

describe('text of an MDX page', () => {
  it('reads title, summary, headings, paragraphs and step titles, but not code', () => {
    const blocks = mdxTextBlocks(`---\ntitle: Titel\nsummary: Samenvatting hier.\n---\n\n## Kop\n\nTekst met <Org id="x" /> erin.\n\n<Steps>\n\n<Step title="Stap een">\n\nDoe dit.\n\n</Step>\n\n</Steps>\n\n\`\`\`\ncode\n\`\`\`\n`);
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['title', 'Titel'],
      ['summary', 'Samenvatting hier.'],
      ['heading', 'Kop'],
      ['paragraph', 'Tekst met erin.'],
      ['heading', 'Stap een'],
      ['paragraph', 'Doe dit.'],
    ]);
  });
});
