import type { Claim } from '../model/index.ts';
import { claimSourceText, type DigestContext } from './context.ts';
import { compareStrings } from './order.ts';
import { isTraceableFolded } from './provenance.ts';

const WORD_RE = /\S+/g;
// The first two words, to tell a claim that opens on its own source words from a restated one.
const OPENING_RE = /^\p{L}+\s+\p{L}+/u;
const QUOTE_OPEN_RE = /^[“"‘']\s*/;
const LOWERCASE_START_RE = /^\p{Ll}/u;
const UNBALANCED_RE = /[“”"]/g;
// A claim opening on a pronoun leans on a sentence before it: `It will be …`, `He said …`.
const ANAPHOR_START_RE = /^(?:it|he|she|they|this|that|these|those|its|his|her|their)\b/i;

/**
 * The clearest wording among a cluster's claims: from the article with the least noise and spin,
 * without flags inside it, of a readable length. Ties go to the lowest claim id.
 *
 * @example
 * chooseLabel(context, clusterClaims); // { claim, text: 'Kim left Pyongyang on his armoured train.' }
 */
export function chooseLabel(context: DigestContext, claims: readonly Claim[]): { claim: Claim; text: string } {
  const ranked = [...claims].sort((a, b) => unclarity(context, a) - unclarity(context, b) || compareStrings(a.id, b.id));
  const claim = ranked[0];
  if (!claim) throw new Error('chooseLabel needs at least one claim');
  return { claim, text: traceableText(context, claim) };
}

/** The claim's wording if its numbers and quotes trace to a source, else the source sentence itself. */
export function traceableText(context: DigestContext, claim: Claim): string {
  const own = context.folded.get(claim.articleId);
  // Its own article nearly always holds the words; only then search every source.
  if (own !== undefined && isTraceableFolded(claim.text, [own])) return claim.text;
  return isTraceableFolded(claim.text, [...context.folded.values()]) ? claim.text : claimSourceText(context, claim);
}

/** Lower is clearer. */
export function unclarity(context: DigestContext, claim: Claim): number {
  const article = context.articleById.get(claim.articleId);
  const noise = context.noise.get(claim.articleId) ?? 0;
  const spin = article?.spin.score ?? 0;
  const flags = article?.flags.filter((flag) => flag.start < claim.end && flag.end > claim.start).length ?? 0;
  const words = claim.text.match(WORD_RE)?.length ?? 0;
  const length = words < 6 ? (6 - words) / 6 : words > 35 ? (words - 35) / 35 : 0;
  const marks = (claim.text.match(UNBALANCED_RE)?.length ?? 0) % 2;
  const hedge = claim.modality === 'hedged' || claim.modality === 'question' ? 0.2 : 0;
  const start = (LOWERCASE_START_RE.test(claim.text) ? 0.3 : 0) + (ANAPHOR_START_RE.test(claim.text) ? 0.4 : 0);
  const restated = isRestated(context, claim) ? 0.3 : 0;
  return 3 * noise + 3 * spin + 0.5 * flags + length + 0.3 * marks + hedge + start + restated;
}

/**
 * A claim whose wording does not open with its own source words: a subject or antecedent put back
 * (`The 1.6-mile bridge carries …` cut from `… opened in 1977 and carries …`). The source's own
 * wording reads better where the cluster has it.
 */
function isRestated(context: DigestContext, claim: Claim): boolean {
  const source = claimSourceText(context, claim);
  const opening = (text: string) => (text.match(OPENING_RE)?.[0] ?? '').toLowerCase();
  return opening(claim.text) !== opening(source.replace(QUOTE_OPEN_RE, ''));
}
