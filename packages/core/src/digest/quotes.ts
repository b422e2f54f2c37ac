import type { Claim, QuoteEntry } from '../model/index.ts';
import { groupVectors } from './cluster.ts';
import type { DigestContext } from './context.ts';
import { unclarity } from './label.ts';
import { compareStrings, sortedUnique } from './order.ts';
import { quoteText, speakerOf, type QuoteSpeaker } from './quote-speakers.ts';
import { contentStems } from './text.ts';
import { overlap, type Vector } from './vectors.ts';
import { diffTokens, lcsLength, sequenceSimilarity, wordDifferences } from './word-diff.ts';

const SAME_QUOTE = { pairThreshold: 0.3, linkThreshold: 0.25, maxPosting: 60, topK: 16 };
// Below this share of words in order, a "quote" is a different wording, not an edited one.
const PARAPHRASE_SIMILARITY = 0.5;
// Quotes share this much of their words to be one quote; less when both name the same speaker.
const MIN_OVERLAP = 0.45;
const MIN_OVERLAP_SAME_SPEAKER = 0.3;

/**
 * Quotes by speaker, aligned across outlets: each entry keeps the clearest outlet's wording, every other
 * outlet's variant with word-level differences, and an integrity verdict (`verbatim`, `altered`,
 * `paraphrase-as-quote` when an outlet's "quote" shares less than half its words in order with the
 * others', or `single-source`).
 *
 * @example
 * alignQuotes(context)[0]; // { speaker: 'Dmitry Peskov', integrity: 'altered', variants: [{ differences: ['-scale'] }] }
 */
export function alignQuotes(context: DigestContext): QuoteEntry[] {
  // A quote running over two sentences is held by both claims: one quote, not two entries.
  const holders = new Map<string, Claim[]>();
  for (const claim of context.claims) {
    if (!claim.quote || claim.quote.text.trim() === '') continue;
    const key = `${claim.articleId}|${claim.quote.start}|${claim.quote.end}`;
    holders.set(key, [...(holders.get(key) ?? []), claim]);
  }
  const quoted = [...holders.values()].flatMap((claims) => claims.slice(0, 1));
  if (quoted.length === 0) return [];
  const alsoHolding = new Map([...holders.values()].map((claims) => [claims[0]?.id ?? '', claims.slice(1)]));
  const speakers = new Map(quoted.map((claim) => [claim.id, speakerOf(claim, context.entities)]));
  const keyOf = (claim: Claim) => speakerKey(speakers.get(claim.id) ?? null);
  const stems = quoted.map((claim) => contentStems(claim.quote?.text ?? ''));
  const weights = context.stemIdf;
  const vectors: Vector[] = stems.map((list) => new Map(list.map((stem) => [stem, weights.get(stem) ?? 1])));
  const verify = (a: number, b: number) => {
    const [x, y] = [quoted[a], quoted[b]];
    if (!x || !y) return false;
    const [kx, ky] = [keyOf(x), keyOf(y)];
    if (kx && ky && kx !== ky) return false;
    const named = kx !== null && kx === ky;
    return overlap(vectors[a] ?? new Map(), vectors[b] ?? new Map()) >= (named ? MIN_OVERLAP_SAME_SPEAKER : MIN_OVERLAP);
  };
  const groups = groupVectors(vectors, quoted.map((claim) => claim.articleId), SAME_QUOTE, verify);
  const entries = groups.map((group) => {
    const claims = group.map((i) => quoted[i]).filter((c): c is Claim => !!c);
    const extra = claims.flatMap((claim) => alsoHolding.get(claim.id) ?? []).map((claim) => claim.id);
    const entry = entryOf(context, claims, speakers, keyOf);
    return { ...entry, claimIds: [...entry.claimIds, ...extra].sort(compareStrings) };
  });
  entries.sort((a, b) => b.outletIds.length - a.outletIds.length || compareStrings(a.claimIds[0] ?? '', b.claimIds[0] ?? ''));
  const width = Math.max(3, String(entries.length).length);
  return entries.map((entry, index) => ({ ...entry, id: `quote-${String(index + 1).padStart(width, '0')}` }));
}

function entryOf(
  context: DigestContext,
  claims: readonly Claim[],
  speakers: ReadonlyMap<string, QuoteSpeaker | null>,
  keyOf: (claim: Claim) => string | null,
): QuoteEntry {
  const byClarity = [...claims].sort((a, b) => unclarity(context, a) - unclarity(context, b) || compareStrings(a.id, b.id));
  const clearest = byClarity[0];
  if (!clearest) throw new Error('a quote entry needs at least one claim');
  // The clearest outlet's wording leads, or a fuller one holding all of it (`in the coming days` over `coming days`).
  const main = fullest(clearest, byClarity);
  const ranked = [main, ...byClarity.filter((claim) => claim !== main)];
  const text = main.quote ? quoteText(main.quote) : '';
  const speakerClaim = mostNamed(claims, speakers, keyOf);
  const speaker = speakerClaim ? speakers.get(speakerClaim.id) : null;
  const variants = ranked.slice(1).map((claim) => ({
    outletId: claim.outletId,
    claimId: claim.id,
    text: claim.quote ? quoteText(claim.quote) : '',
    differences: wordDifferences(text, claim.quote ? quoteText(claim.quote) : ''),
  }));
  const entry: QuoteEntry = {
    id: '',
    speaker: speaker?.name ?? null,
    text,
    outletIds: sortedUnique(claims.map((claim) => claim.outletId)),
    claimIds: claims.map((claim) => claim.id).sort(compareStrings),
    variants,
    integrity: integrityOf(main, ranked.slice(1)),
  };
  if (speaker?.entityId) entry.speakerEntityId = speaker.entityId;
  return entry;
}

function fullest(main: Claim, claims: readonly Claim[]): Claim {
  const tokensOf = (claim: Claim) => diffTokens(claim.quote ? quoteText(claim.quote) : '');
  const base = tokensOf(main);
  let best = main;
  for (const claim of claims) {
    const tokens = tokensOf(claim);
    if (tokens.length > tokensOf(best).length && containsRun(tokens, base)) best = claim;
  }
  return best;
}

function containsRun(tokens: readonly string[], run: readonly string[]): boolean {
  if (run.length === 0) return false;
  for (let i = 0; i + run.length <= tokens.length; i++) if (run.every((token, k) => tokens[i + k] === token)) return true;
  return false;
}

function integrityOf(main: Claim, others: readonly Claim[]): QuoteEntry['integrity'] {
  const base = diffTokens(main.quote?.text ?? '');
  const foreign = others.filter((claim) => claim.outletId !== main.outletId);
  if (foreign.length === 0) return 'single-source';
  let altered = false;
  for (const claim of foreign) {
    const tokens = diffTokens(claim.quote?.text ?? '');
    const shared = lcsLength(base, tokens);
    const shorter = Math.min(tokens.length, base.length);
    // Equal, or a partial quote that is a run of the full one: faithful, however short.
    if (shared === shorter) continue;
    if (sequenceSimilarity(base, tokens) < PARAPHRASE_SIMILARITY && shared < 0.9 * shorter) return 'paraphrase-as-quote';
    altered = true;
  }
  return altered ? 'altered' : 'verbatim';
}

/**
 * The claim whose quote names the speaker most outlets name, a speaker the story resolves to an entity
 * before a bare description; ties to the lowest claim id.
 */
function mostNamed(
  claims: readonly Claim[],
  speakers: ReadonlyMap<string, QuoteSpeaker | null>,
  keyOf: (claim: Claim) => string | null,
): Claim | undefined {
  const counts = new Map<string, number>();
  for (const claim of claims) {
    const key = keyOf(claim);
    if (key) counts.set(key, (counts.get(key) ?? 0) + (speakers.get(claim.id)?.entityId ? 1.5 : 1));
  }
  const best = [...counts].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]))[0]?.[0];
  return [...claims].sort((a, b) => compareStrings(a.id, b.id)).find((claim) => keyOf(claim) === best);
}

/** The entity, else the last word of the speaker's name: `Rear Adm. John Mauger` -> `mauger`. */
function speakerKey(speaker: QuoteSpeaker | null): string | null {
  if (!speaker) return null;
  if (speaker.entityId) return `entity:${speaker.entityId}`;
  return speaker.name.toLowerCase().match(/\p{L}+/gu)?.at(-1) ?? null;
}
