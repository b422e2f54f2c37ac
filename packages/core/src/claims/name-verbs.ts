import type { Token } from './nlp.ts';

const CAPITALISED_RE = /^\p{Lu}/u;
// Before these a capitalised verb is a headline's verb (`Kim to Meet Putin`, `Will Ask Congress`).
const VERB_CONTEXT = new Set(['AUX', 'PART']);

/**
 * Imperative-looking verbs that open a capitalised name are part of it: `Ask Jeeves said`, `the
 * charity Tell MAMA` -> `Ask`, `Tell` become proper nouns. A base-form verb written with a capital
 * mid-sentence, right before a proper noun and not after another capitalised word (a title-case
 * headline: `Analysts Warn Russia`), is no verb. Tokens are changed in place.
 *
 * @example
 * namesWithVerbs(tokenize('Ask Jeeves said profits rose.'))[0]?.pos; // 'PROPN'
 */
export function namesWithVerbs(tokens: Token[]): Token[] {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const next = tokens[i + 1];
    const previous = tokens[i - 1];
    if (!token || !next || token.pos !== 'VERB' || !CAPITALISED_RE.test(token.text)) continue;
    if (token.text.toLowerCase() !== token.lemma || next.pos !== 'PROPN' || !CAPITALISED_RE.test(next.text)) continue;
    if (next.start !== token.end + 1) continue;
    const isWord = previous !== undefined && /\p{L}/u.test(previous.text);
    if (isWord && (CAPITALISED_RE.test(previous.text) || VERB_CONTEXT.has(previous.pos))) continue;
    tokens[i] = { ...token, pos: 'PROPN' };
  }
  return tokens;
}
