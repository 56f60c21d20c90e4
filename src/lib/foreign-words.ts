/**
 * Dutch words inside text in another script: "المأوى (opvang)", "виплати CAK". Translations keep
 * Dutch system words and names on purpose (people see them on letters and doors), and a screen
 * reader must read them with a Dutch voice, and right-to-left text must keep them in one piece.
 * These functions find runs of Latin-script words in text whose language is written in another
 * script, and mark each run as Dutch. On this site such runs are Dutch system words, Dutch names
 * and a few loanwords that Dutch uses too; key names like "Shift" are the exception.
 */
import { Parser } from 'htmlparser2';

const WORD = String.raw`[\p{Script=Latin}\p{M}\d]+(?:[-'’][\p{Script=Latin}\p{M}\d]+)*-?`;
const RUN = new RegExp(`${WORD}(?:[ \\u00a0]${WORD})*`, 'gu');
const HAS_LETTER = /\p{Script=Latin}/u;
/** A letter of any script but Latin. */
const OTHER_LETTER = /[^\P{L}\p{Script=Latin}]/u;
const ENTITY = /(&#?[a-zA-Z0-9]+;)/;

export interface TextPart {
  text: string;
  latin: boolean;
}

/** Splits text into Latin-script runs and the rest. A run starts and ends with a word that has a letter. */
export function splitLatinRuns(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(RUN)) {
    const words = match[0].split(/([ \u00a0])/);
    // Digits alone ("112", "18") are not Dutch: trim them off both ends of the run.
    while (words.length && !HAS_LETTER.test(words[0]!)) words.splice(0, 2);
    while (words.length && !HAS_LETTER.test(words[words.length - 1]!)) words.splice(-2, 2);
    if (!words.length) continue;
    const run = words.join('');
    const start = match.index + match[0].indexOf(run);
    if (start > last) parts.push({ text: text.slice(last, start), latin: false });
    parts.push({ text: run, latin: true });
    last = start + run.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), latin: false });
  return parts;
}

export interface MarkOptions {
  /** `lang` values whose text is in another script than Latin, with their direction. */
  otherScripts: ReadonlyMap<string, 'ltr' | 'rtl'>;
  /** The language of the Latin runs: the site's source language. */
  runLang: string;
}

/** Elements whose text must stay plain text, or is not shown as running text. */
const SKIP = new Set(['head', 'title', 'script', 'style', 'textarea', 'option', 'code', 'pre', 'svg', 'noscript']);

/**
 * Marks every Latin run in the body text of an HTML page whose nearest `lang` is in another
 * script: `<span lang="nl">CAK</span>`, with `dir="ltr"` inside right-to-left text. The rest of
 * the file is left byte for byte as it was.
 */
export function markLatinRuns(html: string, options: MarkOptions): string {
  const stack: { lang: string | undefined; skip: boolean }[] = [{ lang: undefined, skip: false }];
  const edits: { start: number; end: number; text: string }[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const parent = stack[stack.length - 1]!;
        stack.push({ lang: attributes['lang'] ?? parent.lang, skip: parent.skip || SKIP.has(name) });
      },
      onclosetag() {
        stack.pop();
      },
      ontext() {
        const { lang, skip } = stack[stack.length - 1]!;
        const dir = lang === undefined ? undefined : options.otherScripts.get(lang);
        if (skip || !dir) return;
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        // The raw text, with character references such as &amp; kept as they are.
        const raw = html.slice(start, end);
        const letters = raw.split(ENTITY).filter((_, i) => i % 2 === 0).join(' ');
        let parts: TextPart[];
        if (!OTHER_LETTER.test(letters)) {
          // Only Latin letters (a URL, an address, a name with punctuation): one run, whole.
          if (!HAS_LETTER.test(letters)) return;
          const [, before, run, after] = /^(\s*)([\s\S]*?)(\s*)$/.exec(raw)!;
          parts = [{ text: before!, latin: false }, { text: run!, latin: true }, { text: after!, latin: false }];
        } else {
          const pieces = raw.split(ENTITY);
          parts = pieces.flatMap((piece, i) => (i % 2 ? [{ text: piece, latin: false }] : splitLatinRuns(piece)));
          if (!parts.some((p) => p.latin)) return;
        }
        const open = dir === 'rtl' ? `<span lang="${options.runLang}" dir="ltr">` : `<span lang="${options.runLang}">`;
        edits.push({ start, end, text: parts.map((p) => (p.latin ? `${open}${p.text}</span>` : p.text)).join('') });
      },
    },
    { decodeEntities: false },
  );
  parser.end(html);
  let out = '';
  let last = 0;
  for (const edit of edits) {
    out += html.slice(last, edit.start) + edit.text;
    last = edit.end;
  }
  return out + html.slice(last);
}
