import { wordSpans, type LineSpan } from './text-units.ts';
import { isFunctionWord } from './words.ts';

// Headers of related-story blocks are made of a small vocabulary: `More on this story`, `Further
// reading`, `In other news`, `Don't miss`. At least one word must name the stories themselves.
const HEADER_WORDS = new Set(
  (
    'more further related other latest top recommended popular trending elsewhere around also next read reading keep stories ' +
    'story news headlines articles article missed miss don’t don\'t dont like web site what coverage links see might may must ' +
    'editor’s editor\'s editors picks best today week now you'
  ).split(' '),
);
const STORY_NOUNS = new Set('stories story news headlines reading read articles article miss missed web site coverage links picks'.split(' '));
const ENDS_SENTENCE_RE = /[.!?…]["'”’)\]]*$/;
// `Don't miss: Markets rally on rate hopes`: a short label, a colon, a headline.
const POINTER_RE = /^(\p{Lu}[\p{L}'’ ]{1,30}):\s+(\S.*)$/u;

/** A related-stories header: a few words, all from the header vocabulary, one naming stories. */
export function isRelatedHeader(line: string): boolean {
  const words = wordSpans(line).map((w) => w.text.toLowerCase());
  if (words.length === 0 || words.length > 6 || ENDS_SENTENCE_RE.test(line)) return false;
  return words.every((w) => HEADER_WORDS.has(w) || isFunctionWord(w)) && words.some((w) => STORY_NOUNS.has(w));
}

/**
 * A pointer to another story: a label, a colon, and a headline without a full stop. The label is a
 * related-stories header (`Read also:`), or up to four words between two prose paragraphs
 * (`'Background: Markets rally on rate hopes'`).
 */
export function isStoryPointer(lines: readonly LineSpan[], i: number): boolean {
  const [prev, line, next] = [lines[i - 1], lines[i], lines[i + 1]];
  const match = line && POINTER_RE.exec(line.text);
  if (!match || !line || i < 1 || ENDS_SENTENCE_RE.test(line.text)) return false;
  const rest = wordSpans(match[2] ?? '').length;
  // `READ ALSO: Into the deep: search goes on` names itself a pointer, wherever it stands.
  if (isRelatedHeader(match[1] ?? '')) return rest >= 3 && rest <= 20;
  if (!prev || !next || i < 2 || !isProse(prev) || !isProse(next)) return false;
  return wordSpans(match[1] ?? '').length <= 4 && rest >= 3 && rest <= 15 && !/\d/.test(match[2] ?? '');
}

function isProse(line: LineSpan): boolean {
  return ENDS_SENTENCE_RE.test(line.text) && wordSpans(line.text).length >= 8;
}
