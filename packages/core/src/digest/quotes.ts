import type { Claim, QuoteEntry } from '../model/index.ts';
import { groupVectors } from './cluster.ts';
import type { DigestContext } from './context.ts';
import { unclarity } from './label.ts';
import { compareStrings, sortedUnique } from './order.ts';
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
  const quoted = context.claims.filter((claim) => claim.quote && claim.quote.text.trim() !== '');
  if (quoted.length === 0) return [];
  const stems = quoted.map((claim) => contentStems(claim.quote?.text ?? ''));
  const weights = context.stemIdf;
  const vectors: Vector[] = stems.map((list) => new Map(list.map((stem) => [stem, weights.get(stem) ?? 1])));
  const verify = (a: number, b: number) => {
    const [x, y] = [quoted[a], quoted[b]];
    if (!x || !y || !speakersAgree(x, y)) return false;
    const named = speakerKey(x) !== null && speakerKey(x) === speakerKey(y);
    return overlap(vectors[a] ?? new Map(), vectors[b] ?? new Map()) >= (named ? MIN_OVERLAP_SAME_SPEAKER : MIN_OVERLAP);
  };
  const groups = groupVectors(vectors, quoted.map((claim) => claim.articleId), SAME_QUOTE, verify);
  const entries = groups.map((group) => entryOf(context, group.map((i) => quoted[i]).filter((c): c is Claim => !!c)));
  entries.sort((a, b) => b.outletIds.length - a.outletIds.length || compareStrings(a.claimIds[0] ?? '', b.claimIds[0] ?? ''));
  const width = Math.max(3, String(entries.length).length);
  return entries.map((entry, index) => ({ ...entry, id: `quote-${String(index + 1).padStart(width, '0')}` }));
}

function entryOf(context: DigestContext, claims: readonly Claim[]): QuoteEntry {
  const ranked = [...claims].sort((a, b) => unclarity(context, a) - unclarity(context, b) || compareStrings(a.id, b.id));
  const main = ranked[0];
  if (!main) throw new Error('a quote entry needs at least one claim');
  const text = main.quote?.text ?? '';
  const speakerClaim = mostNamed(claims);
  const variants = ranked.slice(1).map((claim) => ({
    outletId: claim.outletId,
    claimId: claim.id,
    text: claim.quote?.text ?? '',
    differences: wordDifferences(text, claim.quote?.text ?? ''),
  }));
  const entry: QuoteEntry = {
    id: '',
    speaker: speakerClaim?.quote?.speaker ?? null,
    text,
    outletIds: sortedUnique(claims.map((claim) => claim.outletId)),
    claimIds: claims.map((claim) => claim.id).sort(compareStrings),
    variants,
    integrity: integrityOf(main, ranked.slice(1)),
  };
  if (speakerClaim?.quote?.speakerEntityId) entry.speakerEntityId = speakerClaim.quote.speakerEntityId;
  return entry;
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

/** The claim whose quote names the speaker most outlets name; ties to the lowest claim id. */
function mostNamed(claims: readonly Claim[]): Claim | undefined {
  const counts = new Map<string, number>();
  for (const claim of claims) {
    const key = speakerKey(claim);
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]))[0]?.[0];
  return [...claims].sort((a, b) => compareStrings(a.id, b.id)).find((claim) => speakerKey(claim) === best);
}

function speakersAgree(a: Claim | undefined, b: Claim | undefined): boolean {
  const [ka, kb] = [a && speakerKey(a), b && speakerKey(b)];
  return !ka || !kb || ka === kb;
}

/** The last word of the speaker's name (or entity id): `Rear Adm. John Mauger` -> `mauger`. */
function speakerKey(claim: Claim): string | null {
  const quote = claim.quote;
  if (!quote) return null;
  const name = quote.speaker ?? quote.speakerEntityId?.replace(/-/g, ' ') ?? '';
  return name.toLowerCase().match(/\p{L}+/gu)?.at(-1) ?? null;
}
