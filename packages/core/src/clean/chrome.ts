import type { Article } from '../model/index.ts';
import { chromeCue } from './chrome-cues.ts';
import type { CleanContext } from './context.ts';
import type { Repair } from './edits.ts';
import { lineKey, pairKey, SHORT_LINE_WORDS } from './line-index.ts';
import { readerFurniture } from './reader-address.ts';
import { isRelatedHeader, isStoryPointer } from './related-links.ts';
import { contentLines, lineRemovalSpan, wordCount, wordSpans, type LineSpan } from './text-units.ts';
import { isFunctionWord } from './words.ts';

const ENDS_SENTENCE_RE = /[.!?…]["'”’)\]]*$/;
const URL_LINE_RE = /^(?:https?:\/\/|www\.)\S+$/i;
const EMPTY_LABEL_RE = /^\p{L}[\p{L} ]{1,24}:$/u;
const FINITE_VERB_RE = /^(?:is|are|was|were|has|have|had|will|would|can|could|said|says|do|does|did|may|might|must|should)$/i;

interface Finding {
  rule: string;
  confidence: number;
  evidence: string;
}

/**
 * Site furniture found by line structure and by repetition across the corpus: furniture cues on
 * short lines, the block after the article's end (footers, related links, empty `Source:` labels),
 * image captions between paragraphs, and boilerplate lines the outlet repeats in most articles.
 *
 * @example
 * repairChrome('Title\n\nStory text here.\n\nLeave a Comment', article, context)[0]?.rule; // 'comment-form'
 */
export function repairChrome(text: string, article: Article, context: CleanContext): Repair[] {
  const lines = contentLines(text);
  const found = new Map<number, Finding>();
  const publishers = publisherNames(article);
  for (const [i, line] of lines.entries()) {
    if (i === 0) continue; // the headline is headline.ts's to judge
    const finding = cueFinding(line) ?? repeatedFinding(line, article, context) ?? captionFinding(lines, i, text) ?? pointerFinding(lines, i);
    if (finding) found.set(i, finding);
  }
  for (const [i, finding] of tailBlock(lines, publishers)) if (!found.has(i)) found.set(i, finding);
  return [...found]
    .sort((a, b) => a[0] - b[0])
    .flatMap(([i, finding]) => {
      const line = lines[i];
      if (!line) return [];
      return [{ kind: 'chrome' as const, ...lineRemovalSpan(text, line), after: '', ...finding }];
    });
}

function cueFinding(line: LineSpan): Finding | undefined {
  const cue = chromeCue(line.text, wordCount(line.text));
  if (cue) return { rule: cue.rule, confidence: 0.9, evidence: `web furniture wording on a short line` };
  const rule = readerFurniture(line.text);
  return rule ? { rule, confidence: 0.85, evidence: 'a short line that speaks to the reader about the page' } : undefined;
}

function pointerFinding(lines: LineSpan[], i: number): Finding | undefined {
  if (!isStoryPointer(lines, i)) return undefined;
  return { rule: 'related-links', confidence: 0.75, evidence: 'a label and a headline without a full stop between two paragraphs' };
}

/** Boilerplate: a short line that most of this outlet's articles (not copies of this one) carry. */
function repeatedFinding(line: LineSpan, article: Article, context: CleanContext): Finding | undefined {
  if (wordCount(line.text) > SHORT_LINE_WORDS) return undefined;
  const holders = (context.lines.articlesByLine.get(lineKey(line.text)) ?? []).filter(
    (id) => id !== article.id && !context.lines.copies.has(pairKey(id, article.id)),
  );
  if (holders.length === 0) return undefined;
  const sameOutlet = holders.filter((id) => context.lines.outletOf.get(id) === article.outletId).length + 1;
  const outletSize = context.outletSizes.get(article.outletId) ?? 1;
  if (sameOutlet >= 2 && sameOutlet * 2 >= outletSize) {
    return { rule: 'repeated-boilerplate', confidence: 0.85, evidence: `the same line is in ${sameOutlet} of ${outletSize} articles from this outlet` };
  }
  const total = holders.length + 1;
  if (total >= 3 && total * 3 >= context.articleCount && !ENDS_SENTENCE_RE.test(line.text)) {
    return { rule: 'repeated-boilerplate', confidence: 0.8, evidence: `the same line is in ${total} of ${context.articleCount} articles` };
  }
  return undefined;
}

/** A caption: a few words naming the story's subject, alone between two prose paragraphs. */
function captionFinding(lines: LineSpan[], i: number, text: string): Finding | undefined {
  const [prev, line, next] = [lines[i - 1], lines[i], lines[i + 1]];
  if (!prev || !line || !next || i < 2) return undefined;
  if (!isProse(prev) || !isProse(next) || ENDS_SENTENCE_RE.test(line.text) || /[:;,"“”]$/.test(line.text)) return undefined;
  const words = wordSpans(line.text);
  const [head] = words;
  if (!head || words.length < 2 || words.length > 8 || !/^\p{Lu}/u.test(head.text) || isFunctionWord(head.text)) return undefined;
  if (words.some((w) => FINITE_VERB_RE.test(w.text))) return undefined;
  if (words.filter((w) => /^\p{Lu}/u.test(w.text)).length * 2 > words.length) return undefined; // Title Case is a subhead
  const mentions = wordSpans(text).filter((w) => w.text === head.text).length;
  if (mentions < 3) return undefined;
  return { rule: 'image-caption', confidence: 0.7, evidence: `a ${words.length}-word line without a full stop between paragraphs, naming '${head.text}'` };
}

/**
 * The block after the article's end: from the topmost strong marker (a furniture cue, a publisher
 * line, a bare address, an empty label) down to the last line, with short link-like lines between.
 */
function tailBlock(lines: LineSpan[], publishers: string[]): Map<number, Finding> {
  const block = new Map<number, Finding>();
  let top = -1;
  for (let i = lines.length - 1; i > 0; i--) {
    const line = lines[i];
    if (!line) break;
    const strong = strongTailFinding(line, publishers);
    if (strong) {
      block.set(i, strong);
      top = i;
    } else if (wordCount(line.text) <= 15 && !ENDS_SENTENCE_RE.test(line.text)) {
      block.set(i, { rule: 'related-links', confidence: 0.75, evidence: 'a short link-like line after the end of the article' });
    } else {
      break;
    }
  }
  // The block's own header sits just above its first marker: `Reader reactions` over `Show all responses`.
  const header = lines[top - 1];
  const from = header && top > 1 && block.has(top - 1) && wordCount(header.text) <= 4 ? top - 1 : top;
  return new Map([...block].filter(([i]) => top !== -1 && i >= from));
}

function strongTailFinding(line: LineSpan, publishers: string[]): Finding | undefined {
  const words = wordCount(line.text);
  const cue = chromeCue(line.text, words);
  if (cue) return { rule: cue.rule, confidence: 0.9, evidence: 'web furniture wording after the end of the article' };
  const rule = readerFurniture(line.text);
  if (rule) return { rule, confidence: 0.85, evidence: 'a line that speaks to the reader after the end of the article' };
  if (isRelatedHeader(line.text)) return { rule: 'related-links', confidence: 0.85, evidence: 'a related-stories header after the end of the article' };
  if (isStoryPointer([line], 0) || isStoryPointer([line, line], 1)) return { rule: 'related-links', confidence: 0.8, evidence: 'a pointer to another story after the end of the article' };
  if (URL_LINE_RE.test(line.text)) return { rule: 'self-link', confidence: 0.85, evidence: 'a bare web address after the end of the article' };
  if (EMPTY_LABEL_RE.test(line.text)) return { rule: 'empty-label', confidence: 0.9, evidence: `'${line.text}' labels nothing` };
  const lower = line.text.toLowerCase();
  const publisher = publishers.find((name) => lower.startsWith(name) && lower.length > name.length);
  if (publisher && words <= 60) return { rule: 'site-description', confidence: 0.85, evidence: `a line about the publisher '${publisher}' after the end of the article` };
  return undefined;
}

function publisherNames(article: Article): string[] {
  const names = article.credits.filter((c) => c.kind === 'publisher').map((c) => c.name.toLowerCase());
  return [...new Set(names)].filter((name) => name.length >= 3);
}

function isProse(line: LineSpan): boolean {
  return ENDS_SENTENCE_RE.test(line.text) && wordCount(line.text) >= 8;
}
