import type { Attribution, Claim, Entity, EntityMention, Quote, Sentence, Span } from '../model/index.ts';
import type { ArticleAnalysis } from './analyse.ts';
import { attributionKind, toAttribution } from './attribution.ts';
import { scoreCheckworthiness } from './checkworthiness.ts';
import { atomText, tokenRuns } from './atom-text.ts';
import { splitAtoms, type Atom } from './atoms.ts';
import { splitClauses } from './clauses.ts';
import { readModality } from './modality.ts';
import { normalizeClaimText } from './normalize-text.ts';
import { resolveSpeaker } from './pronouns.ts';
import type { Token } from './nlp.ts';
import { lookupKey, type EntityIndex } from './resolve-entities.ts';
import { sentenceWords, type SentenceWords } from './sentence-words.ts';
import { SPEECH_VERBS } from './speech-cues.ts';
import { range } from './subordinates.ts';

const MIN_WORDS = 3;
const VERB_POS = new Set(['VERB', 'AUX']);
// `Kim Jong Un to meet Putin`, `Kim heads to Russia`: a headline is a claim when it has a verb.
const HEADLINE_INFINITIVE_RE = /\bto\s+\p{Ll}+/u;

/**
 * Cut an analysed article into atomic claims: each independent clause of a sentence, and inside it
 * reported complements, subordinate clauses, asides and coordinated predicates (`atoms.ts`), each
 * with its own span, quantities, times, entities, quote, attribution and modality. Headings become
 * claims only when they state something, and score low.
 *
 * @example
 * buildClaims(analyseArticle(article), resolveEntities(mentions)).map((c) => c.text);
 */
export function buildClaims(analysis: ArticleAnalysis, index: EntityIndex): Claim[] {
  const { article, tokens, quotes } = analysis;
  const text = article.cleanText;
  const quoteSpans = quotes.map((q) => ({ start: q.start, end: q.end }));
  const cueSpans = analysis.cues.map((c) => ({ start: c.start, end: c.end }));
  const claims: Claim[] = [];
  for (const sentence of article.sentences) {
    const sentenceTokens = tokensWithin(tokens, sentence);
    if (!isStatement(sentence, sentenceTokens)) continue;
    const clauses = sentence.isHeading ? [sentence] : splitClauses(text, sentenceTokens, sentence, quoteSpans);
    const { words, atoms } = sentence.isHeading
      ? { words: sentenceWords(text, sentenceTokens, quoteSpans), atoms: [wholeAtom(sentenceTokens.length)] }
      : splitAtoms(text, sentenceTokens, clauses, quoteSpans, cueSpans);
    // Each claim looks only at what its sentence holds (quotes may run on past it).
    const local = {
      ...analysis,
      quotes: analysis.quotes.filter((q) => q.start < sentence.end && q.end > sentence.start),
      quantities: within(analysis.quantities, sentence),
      times: within(analysis.times, sentence),
      mentions: within(analysis.mentions, sentence),
    };
    atoms.forEach((atom, n) => {
      claims.push(buildClaim(local, index, { sentence, clauses, words, atom }, n));
    });
  }
  return claims;
}

function within<T extends Span>(items: readonly T[], span: Span): T[] {
  return items.filter((item) => item.start >= span.start && item.end <= span.end);
}

/** The tokens inside a span: tokens are sorted by offset, so a binary search finds the first. */
function tokensWithin(tokens: readonly Token[], span: Span): Token[] {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((tokens[mid]?.start ?? 0) < span.start) low = mid + 1;
    else high = mid;
  }
  const within: Token[] = [];
  for (let i = low; i < tokens.length && (tokens[i]?.start ?? Infinity) < span.end; i++) {
    const token = tokens[i];
    if (token && token.end <= span.end) within.push(token);
  }
  return within;
}

function isStatement(sentence: Sentence, tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => /\p{L}/u.test(t.text));
  if (words.length < MIN_WORDS) return false;
  const hasVerb = tokens.some((t) => VERB_POS.has(t.pos));
  return hasVerb || (sentence.isHeading && HEADLINE_INFINITIVE_RE.test(sentence.text));
}

function wholeAtom(length: number): Atom {
  return { kind: 'clause', clause: 0, words: range(0, length), lead: [], tail: [], marker: [], link: 'none', joiner: '', governing: [] };
}

/** One atom and where it sits. */
interface AtomFrame {
  sentence: Sentence;
  clauses: readonly Span[];
  words: SentenceWords;
  atom: Atom;
}

function buildClaim(analysis: ArticleAnalysis, index: EntityIndex, frame: AtomFrame, n: number): Claim {
  const { article, tokens } = analysis;
  const { sentence, words, atom } = frame;
  const runs = tokenRuns(words, atom.words);
  // Figures and times belong to the atom whose own words hold them; names also to one that borrows them.
  const spans = [...runs, ...tokenRuns(words, atom.lead), ...tokenRuns(words, atom.tail)];
  const inAtom = <T extends Span>(items: readonly T[]): T[] =>
    items.filter((item) => runs.some((span) => item.start >= span.start && item.end <= span.end));
  const covered = atom.marker.length > 0 ? tokenRuns(words, [...atom.marker, ...atom.words]) : runs;
  const start = covered[0]?.start ?? sentence.start;
  const end = covered.at(-1)?.end ?? sentence.end;
  const text = atomText(words, atom);
  const quote = quoteOf(analysis.quotes, runs, index);
  const clause = frame.clauses[atom.clause] ?? sentence;
  const governingRuns = tokenRuns(words, atom.governing);
  const attribution = attributionOf(analysis, { sentence, clause, n: atom.clause, runs, governing: governingRuns }, quote, index);
  const governing = governingRuns.map((span) => article.cleanText.slice(span.start, span.end));
  const { modality, cues } = readModality([...governing, text].join(' '), attribution !== null);
  const entities = mentionsOf(analysis, spans, index);
  const quantities = inAtom(analysis.quantities);
  const times = inAtom(analysis.times);
  const atomTokens = [...atom.lead, ...atom.words, ...atom.tail].map((i) => words.tokens[i]).filter((t): t is Token => t !== undefined);
  const outsideQuote = atomTokens.filter((t) => !quote || t.start < quote.start || t.end > quote.end);
  const claim: Claim = {
    id: `${sentence.id}#c${n}`,
    articleId: article.article.id,
    outletId: article.article.outletId,
    sentenceId: sentence.id,
    text,
    start,
    end,
    entities,
    quantities,
    times,
    quote,
    attribution,
    modality,
    modalityCues: cues,
    checkworthiness: scoreCheckworthiness({
      wordCount: atomTokens.filter((t) => /\p{L}/u.test(t.text)).length,
      quantityCount: quantities.length,
      resolvedTimeCount: times.filter((t) => t.resolved !== undefined).length,
      entityCount: new Set(entities.map((e) => e.entityId)).size,
      isAttributed: attribution !== null,
      hasQuote: quote !== null,
      modality,
      isHeading: sentence.isHeading,
    }),
    // What it states, for matching: a borrowed attribution (`…, the state's governor said`) says nothing of that.
    normalizedText: [...tokenRuns(words, atom.lead), ...runs]
      .map((span) => normalizeClaimText(tokens, span.start, span.end, analysis.substitutions))
      .filter(Boolean)
      .join(' '),
  };
  const predicate = predicateOf(outsideQuote.filter((t) => !atom.lead.some((i) => words.tokens[i] === t)));
  if (predicate) claim.predicate = predicate.lemma;
  const subject = entities.find((e) => !predicate || e.start < predicate.start || !runs.some((r) => e.start >= r.start));
  if (subject) claim.subjectEntityId = subject.entityId;
  return claim;
}

function quoteOf(quotes: readonly Quote[], runs: readonly Span[], index: EntityIndex): Quote | null {
  const quote = quotes.find((q) => runs.some((run) => q.start < run.end && q.end > run.start));
  if (!quote) return null;
  const entityId = quote.speaker ? index.byKey.get(lookupKey(quote.speaker)) : undefined;
  return entityId ? { ...quote, speakerEntityId: entityId } : { ...quote };
}

/** Where an atom sits for its attribution: its sentence, its independent clause (the `n`th), its runs. */
interface AttributionFrame {
  sentence: Span;
  clause: Span;
  n: number;
  runs: readonly Span[];
  /** The words reporting the atom (`Officials said` for `… and 210 had been injured`). */
  governing: readonly Span[];
}

/**
 * The quote's speaker, else a speech cue in the atom's own words or the words reporting it, else the one in its clause, else
 * (for a first clause) one later in its sentence: `A rose, B fell, analysts said` credits analysts
 * with both, and every atom cut from a clause shares the clause's source.
 */
function attributionOf(analysis: ArticleAnalysis, frame: AttributionFrame, quote: Quote | null, index: EntityIndex): Attribution | null {
  const { sentence, clause, n, runs, governing } = frame;
  let attribution: Attribution | null = null;
  if (quote?.speaker) {
    const cue = analysis.cues.find((c) => c.text === quote.cue);
    attribution = cue
      ? toAttribution(cue, quote.speaker)
      : { source: quote.speaker, kind: attributionKind(quote.cue ?? quote.speaker), text: quote.cue ?? quote.speaker };
  } else {
    const inside = (spans: readonly Span[]) => analysis.cues.find((c) => spans.some((run) => c.start >= run.start && c.end <= run.end));
    const own = inside(runs) ?? inside(governing);
    const inClause = analysis.cues.find((c) => c.start >= clause.start && c.end <= clause.end);
    const later = n === 0 ? analysis.cues.find((c) => c.start >= clause.end && c.end <= sentence.end) : undefined;
    const cue = own ?? inClause ?? later;
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

function mentionsOf(analysis: ArticleAnalysis, spans: readonly Span[], index: EntityIndex): EntityMention[] {
  const mentions: EntityMention[] = [];
  for (const mention of analysis.mentions) {
    if (!spans.some((span) => mention.start >= span.start && mention.end <= span.end)) continue;
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
