/**
 * Dutch B1 checks for the source texts. Formulas only screen: the Klankbordgroep decides what is
 * clear. Rules (from the B1 guidance in docs/content-guide.md):
 * - error: a sentence of more than 20 words;
 * - error: a text of 100 words or more with a Flesch-Douma score under 60;
 * - warning: a sentence of 16-20 words, a passive sentence, a paragraph of more than 70 words.
 */

export const B1_RULES = {
  maxWordsPerSentence: 20,
  warnWordsPerSentence: 15,
  minFleschDouma: 60,
  minWordsForScore: 100,
  maxWordsPerParagraph: 70,
} as const;

export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'table-cell' | 'title' | 'summary';

export interface TextBlock {
  kind: BlockKind;
  text: string;
  /** 1-based line in the source file, for the report. */
  line?: number;
}

export interface Finding {
  level: 'error' | 'warning';
  rule: 'sentence-length' | 'flesch-douma' | 'passive' | 'paragraph-length' | 'long-sentence-warning';
  message: string;
  sentence?: string;
  line?: number;
}

export interface ReadabilityReport {
  words: number;
  sentences: number;
  syllables: number;
  averageSentenceLength: number;
  fleschDouma: number | undefined;
  passiveSentences: number;
  findings: Finding[];
}

const ABBREVIATIONS = ['bijv.', 'bv.', 'o.a.', 'd.w.z.', 'nr.', 'ca.', 'enz.', 'mr.', 'dr.', 'm.b.t.', 'i.p.v.', 't/m', 'incl.', 'excl.', 'jl.', 'z.s.m.'];

/** Sentences of one block. Intl.Segmenter splits after "o.a."; known abbreviations are glued back. */
export function splitSentences(text: string): string[] {
  const segments = [...new Intl.Segmenter('nl', { granularity: 'sentence' }).segment(text)].map((s) => s.segment);
  const sentences: string[] = [];
  for (const segment of segments) {
    const previousLastWord = sentences.at(-1)?.trim().split(/\s+/).at(-1)?.toLowerCase();
    if (previousLastWord && ABBREVIATIONS.includes(previousLastWord)) sentences[sentences.length - 1] += segment;
    else sentences.push(segment);
  }
  return sentences.map((s) => s.trim()).filter((s) => /\p{L}/u.test(s));
}

/** Words: tokens with a letter. URLs, e-mail addresses and plain numbers do not count. */
export function words(sentence: string): string[] {
  return (
    sentence
      .replace(/\b(?:https?:\/\/|www\.)\S+/gu, ' ')
      .replace(/\S+@\S+\.\S+/gu, ' ')
      .match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)
      ?.filter((w) => /\p{L}/u.test(w)) ?? []
  );
}

// Dutch vowel units, longest first: a run of vowels is split greedily into these, and each unit
// is one syllable. "ij" is written as one letter first. A vowel with a diaeresis (ë, ï) always
// starts a new unit, which the letter list does naturally because ë is not in any longer unit.
const VOWEL_UNITS = ['aai', 'ooi', 'oei', 'eeu', 'ieu', 'aa', 'ee', 'oo', 'uu', 'ie', 'oe', 'eu', 'ei', 'ĳ', 'ui', 'ou', 'au', 'a', 'e', 'i', 'o', 'u', 'y', 'é', 'è', 'ë', 'ï', 'ö', 'ü', 'á', 'à', 'ó', 'ê'];
const VOWEL_LETTERS = new Set(VOWEL_UNITS.filter((u) => u.length === 1));

export function syllables(word: string): number {
  // Acronyms (CAK, IND, GGD) are read letter by letter.
  if (word.length <= 5 && word === word.toUpperCase() && /^\p{Lu}+$/u.test(word)) return word.length;
  const lower = word.toLowerCase().replace(/ij/g, 'ĳ');
  let count = 0;
  let i = 0;
  while (i < lower.length) {
    if (!VOWEL_LETTERS.has(lower[i]!)) {
      i += 1;
      continue;
    }
    const unit = VOWEL_UNITS.find((u) => lower.startsWith(u, i))!;
    count += 1;
    i += unit.length;
  }
  return Math.max(1, count);
}

/** Flesch-Douma: 206.84 − 0.77 × syllables per 100 words − 0.93 × words per sentence. */
export function fleschDouma(syllableCount: number, wordCount: number, sentenceCount: number): number {
  return 206.84 - 0.77 * ((syllableCount / wordCount) * 100) - 0.93 * (wordCount / sentenceCount);
}

const WORDEN = /(?<![\p{L}])(word|wordt|worden|werd|werden)(?![\p{L}])/iu;
const PARTICIPLE = /(?<![\p{L}])(ge\p{L}{2,}(?:d|t|en)|(?:be|ver|ont|her|er)\p{L}{2,}(?:d|t))(?![\p{L}])/iu;

/** Heuristic: a form of "worden" plus a past participle. A warning only, never an error. */
export function isPassive(sentence: string): boolean {
  return WORDEN.test(sentence) && PARTICIPLE.test(sentence);
}

export function checkB1(blocks: readonly TextBlock[], rules = B1_RULES): ReadabilityReport {
  const findings: Finding[] = [];
  let wordCount = 0;
  let sentenceCount = 0;
  let syllableCount = 0;
  let passiveSentences = 0;

  for (const block of blocks) {
    const blockWords = words(block.text).length;
    if (block.kind === 'paragraph' && blockWords > rules.maxWordsPerParagraph) {
      findings.push({
        level: 'warning',
        rule: 'paragraph-length',
        message: `Paragraph of ${blockWords} words (more than ${rules.maxWordsPerParagraph}). Split it into shorter paragraphs or a list.`,
        sentence: `${block.text.slice(0, 80)}…`,
        ...(block.line ? { line: block.line } : {}),
      });
    }
    for (const sentence of splitSentences(block.text)) {
      const list = words(sentence);
      if (list.length === 0) continue;
      wordCount += list.length;
      sentenceCount += 1;
      syllableCount += list.reduce((sum, w) => sum + syllables(w), 0);
      const at = block.line ? { line: block.line } : {};
      if (list.length > rules.maxWordsPerSentence) {
        findings.push({
          level: 'error',
          rule: 'sentence-length',
          message: `Sentence of ${list.length} words (the maximum is ${rules.maxWordsPerSentence}). Split it into two sentences.`,
          sentence,
          ...at,
        });
      } else if (list.length > rules.warnWordsPerSentence) {
        findings.push({
          level: 'warning',
          rule: 'long-sentence-warning',
          message: `Sentence of ${list.length} words. Aim for 10 to 15.`,
          sentence,
          ...at,
        });
      }
      if (isPassive(sentence)) {
        passiveSentences += 1;
        findings.push({ level: 'warning', rule: 'passive', message: 'Passive sentence. Say who does it.', sentence, ...at });
      }
    }
  }

  const score = wordCount >= rules.minWordsForScore ? fleschDouma(syllableCount, wordCount, sentenceCount) : undefined;
  if (score !== undefined && score < rules.minFleschDouma) {
    findings.push({
      level: 'error',
      rule: 'flesch-douma',
      message: `Flesch-Douma score ${score.toFixed(1)} is under ${rules.minFleschDouma}. Use shorter words and sentences.`,
    });
  }
  return {
    words: wordCount,
    sentences: sentenceCount,
    syllables: syllableCount,
    averageSentenceLength: sentenceCount ? wordCount / sentenceCount : 0,
    fleschDouma: score,
    passiveSentences,
    findings,
  };
}
