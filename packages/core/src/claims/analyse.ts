import type { Quantity, Quote, SegmentedArticle, TimeExpression } from '../model/index.ts';
import { findMentions, type Mention } from './mentions.ts';
import { spinSubstitutions, type Substitution } from './normalize-text.ts';
import { tokenize, type Token } from './nlp.ts';
import { extractQuantities } from './quantities.ts';
import { extractQuotes } from './quotes.ts';
import { findQuoteSpans } from './quote-spans.ts';
import { pronounContext, type PronounContext } from './pronouns.ts';
import { speakerNameSpans } from './speaker-names.ts';
import { findSpeechCues, type SpeechCue } from './speech-cues.ts';
import { resolveTimes } from './times.ts';

/** Everything read off one article's clean text once, before claims are cut from it. */
export interface ArticleAnalysis {
  article: SegmentedArticle;
  tokens: Token[];
  quotes: Quote[];
  cues: SpeechCue[];
  quantities: Quantity[];
  times: TimeExpression[];
  mentions: Mention[];
  substitutions: Substitution[];
  /** Tokens, cues and honorifics for resolving `he said` outside quotes. */
  pronouns: PronounContext;
}

/**
 * Tokenise an article once and read its quotes, speech cues, quantities, times, names and spin
 * substitutions over the whole clean text (quotes and pronouns cross sentence boundaries).
 *
 * @example
 * analyseArticle(segmented).quotes.map((q) => q.speaker);
 */
export function analyseArticle(article: SegmentedArticle): ArticleAnalysis {
  const text = article.cleanText;
  const tokens = tokenize(text);
  const sentences = article.sentences.map(({ start, end }) => ({ start, end }));
  const cues = findSpeechCues(text, tokens, 0, tokens.length, findQuoteSpans(text));
  return {
    article,
    tokens,
    quotes: extractQuotes(text, { tokens, sentences }),
    cues,
    pronouns: pronounContext(text, tokens, cues),
    quantities: extractQuantities(text, { tokens }),
    times: resolveTimes(text, article.article.publishedAt),
    mentions: findMentions(text, tokens, { headings: article.sentences.filter((s) => s.isHeading), speakers: speakerNameSpans(cues) }).map((mention) => ({
      ...mention,
      articleId: article.article.id,
    })),
    substitutions: spinSubstitutions(article),
  };
}
