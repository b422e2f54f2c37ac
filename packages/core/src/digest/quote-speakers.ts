import type { Claim, Entity } from '../model/index.ts';

/** Who a quote entry names as its speaker. */
export interface QuoteSpeaker {
  name: string;
  entityId?: string;
}

// `Kremlin’s online page`, `the ministry's website`: a description owned by a name stands for the name.
const POSSESSIVE_DESCRIPTION_RE = /^(?:the\s+)?(\p{Lu}[\p{L}\p{M}.\- ]*?)['’]s\s+\p{Ll}[\p{L}\s-]*$/u;
// A speaker given as a bare description (`two countries`, from `they said`) reads as `the two countries`.
const DESCRIPTION_RE = /^(?!(?:the|a|an|his|her|their|its|some|many|several)\s)\p{Ll}/u;
// A partial quote keeps the sentence's full stop inside the marks (`in “coming days.”`): not its words.
const TRAILING_PUNCTUATION_RE = /[\s.,;:]+$/u;

/**
 * The speaker a quote entry shows: the claim's resolved speaker; a description owned by a name
 * (`Kremlin’s online page`) becomes that name, resolved to an entity where the story has one.
 *
 * @example
 * speakerOf(claim, entities); // { name: 'Kremlin', entityId: 'kremlin' }
 */
export function speakerOf(claim: Claim, entities: readonly Entity[]): QuoteSpeaker | null {
  const quote = claim.quote;
  if (!quote?.speaker) return null;
  // One name per speaker across outlets: `Mr Kirby`, `Kirby` -> `John Kirby`.
  if (quote.speakerEntityId) {
    const entity = entities.find((e) => e.id === quote.speakerEntityId);
    return { name: entity?.name ?? quote.speaker, entityId: quote.speakerEntityId };
  }
  const owner = POSSESSIVE_DESCRIPTION_RE.exec(quote.speaker)?.[1]?.trim();
  if (!owner) return { name: DESCRIPTION_RE.test(quote.speaker) ? `the ${quote.speaker}` : quote.speaker };
  const entity = entityNamed(owner, entities);
  return entity ? { name: entity.name, entityId: entity.id } : { name: owner };
}

/**
 * A quote's words as an entry shows them: a partial quote loses the sentence punctuation the marks
 * took in (`coming days.` -> `coming days`); a full quote keeps its own.
 *
 * @example
 * quoteText({ text: 'coming days.', partial: true }); // 'coming days'
 */
export function quoteText(quote: Pick<NonNullable<Claim['quote']>, 'text' | 'partial'>): string {
  const text = quote.text.trim();
  return quote.partial ? text.replace(TRAILING_PUNCTUATION_RE, '') : text;
}

function entityNamed(name: string, entities: readonly Entity[]): Entity | undefined {
  const key = name.toLowerCase();
  return entities.find((entity) => entity.name.toLowerCase() === key || entity.aliases.some((alias) => alias.toLowerCase() === key));
}
