import type { Attribution, Claim, Entity, EntityMention, Quote, Sentence, Span } from '../model/index.ts';
import type { ArticleAnalysis } from './analyse.ts';
import { attributionKind, toAttribution } from './attribution.ts';
import { scoreCheckworthiness } from './checkworthiness.ts';
import { plainStatement } from './claim-text.ts';
import { splitClauses } from './clauses.ts';
import { readModality } from './modality.ts';
import { normalizeClaimText } from './normalize-text.ts';
import { resolveSpeaker } from './pronouns.ts';
import type { Token } from './nlp.ts';
import { lookupKey, type EntityIndex } from './resolve-entities.ts';
import { SPEECH_VERBS } from './speech-cues.ts';

const MIN_WORDS = 3;
const VERB_POS = new Set(['VERB', 'AUX']);
// `Kim Jong Un to meet Putin`, `Kim heads to Russia`: a headline is a claim when it has a verb.
const HEADLINE_INFINITIVE_RE = /\bto\s+\p{Ll}+/u;

/**
 * Cut an analysed article into claims: one per sentence, two where a sentence joins two independent
 * clauses. Headings become claims only when they state something, and score low.
 *
 * @example
 * buildClaims(analyseArticle(article), resolveEntities(mentions)).map((c) => c.text);
 */
export function buildClaims(analysis: ArticleAnalysis, index: EntityIndex): Claim[] {
  const { article, tokens, quotes } = analysis;
  const text = article.cleanText;
  const quoteSpans = quotes.map((q) => ({ start: q.start, end: q.end }));
  const claims: Claim[] = [];
  for (const sentence of article.sentences) {
    const sentenceTokens = tokens.filter((t) => t.start >= sentence.start && t.end <= sentence.end);
    if (!isStatement(sentence, sentenceTokens)) continue;
    const clauses = sentence.isHeading ? [sentence] : splitClauses(text, tokens, sentence, quoteSpans);
    clauses.forEach((clause, n) => {
      claims.push(buildClaim(analysis, index, sentence, clause, n, sentenceTokens));
    });
  }
  return claims;
}

function isStatement(sentence: Sentence, tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => /\p{L}/u.test(t.text));
  if (words.length < MIN_WORDS) return false;
  const hasVerb = tokens.some((t) => VERB_POS.has(t.pos));
  return hasVerb || (sentence.isHeading && HEADLINE_INFINITIVE_RE.test(sentence.text));
}

function buildClaim(
  analysis: ArticleAnalysis,
  index: EntityIndex,
  sentence: Sentence,
  clause: Span,
  n: number,
  sentenceTokens: readonly Token[],
): Claim {
  const { article, tokens } = analysis;
  const text = article.cleanText;
  const inClause = <T extends Span>(items: readonly T[]): T[] =>
    items.filter((item) => item.start >= clause.start && item.end <= clause.end);
  const clauseText = text.slice(clause.start, clause.end);
  const quote = quoteOf(analysis.quotes, clause, index);
  const attribution = attributionOf(analysis, sentence, clause, n, quote, index);
  const { modality, cues } = readModality(clauseText, attribution !== null);
  const entities = mentionsOf(analysis, clause, index);
  const quantities = inClause(analysis.quantities);
  const times = inClause(analysis.times);
  const clauseTokens = sentenceTokens.filter((t) => t.start >= clause.start && t.end <= clause.end);
  const outsideQuote = clauseTokens.filter((t) => !quote || t.start < quote.start || t.end > quote.end);
  const claim: Claim = {
    id: `${sentence.id}#c${n}`,
    articleId: article.article.id,
    outletId: article.article.outletId,
    sentenceId: sentence.id,
    text: plainStatement(clauseText),
    start: clause.start,
    end: clause.end,
    entities,
    quantities,
    times,
    quote,
    attribution,
    modality,
    modalityCues: cues,
    checkworthiness: scoreCheckworthiness({
      wordCount: clauseTokens.filter((t) => /\p{L}/u.test(t.text)).length,
      quantityCount: quantities.length,
      resolvedTimeCount: times.filter((t) => t.resolved !== undefined).length,
      entityCount: new Set(entities.map((e) => e.entityId)).size,
      isAttributed: attribution !== null,
      hasQuote: quote !== null,
      modality,
      isHeading: sentence.isHeading,
    }),
    normalizedText: normalizeClaimText(tokens, clause.start, clause.end, analysis.substitutions),
  };
  const predicate = predicateOf(outsideQuote);
  if (predicate) claim.predicate = predicate.lemma;
  const subject = entities.find((e) => !predicate || e.start < predicate.start);
  if (subject) claim.subjectEntityId = subject.entityId;
  return claim;
}

function quoteOf(quotes: readonly Quote[], clause: Span, index: EntityIndex): Quote | null {
  const quote = quotes.find((q) => q.start < clause.end && q.end > clause.start);
  if (!quote) return null;
  const entityId = quote.speaker ? index.byKey.get(lookupKey(quote.speaker)) : undefined;
  return entityId ? { ...quote, speakerEntityId: entityId } : { ...quote };
}

/**
 * The quote's speaker, else the speech cue in the clause, else (for a first clause) one later in
 * its sentence: `A rose, B fell, analysts said` credits analysts with both.
 */
function attributionOf(
  analysis: ArticleAnalysis,
  sentence: Span,
  clause: Span,
  n: number,
  quote: Quote | null,
  index: EntityIndex,
): Attribution | null {
  let attribution: Attribution | null = null;
  if (quote?.speaker) {
    const cue = analysis.cues.find((c) => c.text === quote.cue);
    attribution = cue
      ? toAttribution(cue, quote.speaker)
      : { source: quote.speaker, kind: attributionKind(quote.cue ?? quote.speaker), text: quote.cue ?? quote.speaker };
  } else {
    const inClause = analysis.cues.find((c) => c.start >= clause.start && c.end <= clause.end);
    const later = n === 0 ? analysis.cues.find((c) => c.start >= clause.end && c.end <= sentence.end) : undefined;
    const cue = inClause ?? later;
    // `she told Reuters`: the pronoun's person, as for a quote.
    const source = cue?.speaker.pronoun ? resolveSpeaker(analysis.pronouns, cue, cue.start, sentence.start) : undefined;
    if (cue && !cue.speaker.pronoun) attribution = toAttribution(cue);
    else if (cue && source) attribution = { source, kind: attributionKind(source), text: cue.text };
  }
  if (!attribution) return null;
  const entityId = index.byKey.get(lookupKey(attribution.source));
  const entity = entityId === undefined ? undefined : (index.byId?.get(entityId) ?? index.entities.find((e) => e.id === entityId));
  if (!entityId || !entity) return attribution;
  return { ...attribution, entityId, kind: kindOfEntity(attribution.kind, entity) };
}

/**
 * The kind of a named source, with what the corpus knows of it: `Kirby claimed` -> official (his
 * role elsewhere is `National Security Council spokesman`); `Siemens says` -> organisation.
 */
function kindOfEntity(kind: Attribution['kind'], entity: Entity): Attribution['kind'] {
  if (kind !== 'person' && kind !== 'unnamed') return kind;
  if (entity.type === 'organisation') return 'organisation';
  if (entity.type === 'country') return 'government';
  const byRole = entity.type === 'person' && entity.roles.length > 0 ? attributionKind(entity.roles.join(' ')) : kind;
  return byRole === 'unnamed' ? (entity.type === 'person' ? 'person' : kind) : byRole;
}

function mentionsOf(analysis: ArticleAnalysis, clause: Span, index: EntityIndex): EntityMention[] {
  const mentions: EntityMention[] = [];
  for (const mention of analysis.mentions) {
    if (mention.start < clause.start || mention.end > clause.end) continue;
    const entityId = index.byKey.get(lookupKey(mention.text));
    if (entityId) mentions.push({ entityId, text: mention.text, start: mention.start, end: mention.end });
  }
  return mentions;
}

/** The main verb: the first content verb outside the quote, a speech verb only when alone. */
function predicateOf(tokens: readonly Token[]): Token | undefined {
  const verbs = tokens.filter((t) => t.pos === 'VERB');
  return verbs.find((t) => !SPEECH_VERBS.has(t.lemma)) ?? verbs[0] ?? tokens.find((t) => t.pos === 'AUX');
}
