import { abbreviationKind } from './abbreviations.ts';

// `world.Today`, `1,000.That`, `said.”The`: a stop glued to a capitalised word.
const GLUED_RE = /[.!?][)"'”’\]]*(?=[("'“‘]?\p{Lu}\p{Ll})/gu;
// Cheap pre-check: most tokens have no stop before their last character.
const INNER_STOP_RE = /[.!?]./;
const LINK_RE = /[@/]|www\./u;
const STEM_RE = /[\p{L}\p{N},%]*$/u;
const SENTENCE_END_CHAR_RE = /[\p{Ll}\p{N}%]$/u;

/**
 * Offsets inside a token just after each sentence end that lacks a following space. Links, emails
 * and abbreviations (`Mr.Smith`, `U.S.Army`) are left whole.
 *
 * @example
 * gluedEnds('world.Today') // [6]
 */
export function gluedEnds(token: string): number[] {
  if (!INNER_STOP_RE.test(token) || LINK_RE.test(token)) return [];
  const cuts: number[] = [];
  let from = 0;
  for (const match of token.matchAll(GLUED_RE)) {
    const stem = STEM_RE.exec(token.slice(from, match.index))?.[0] ?? '';
    if (SENTENCE_END_CHAR_RE.test(stem) && stem.length > 1 && abbreviationKind(stem) === 'none') {
      from = match.index + match[0].length;
      cuts.push(from);
    }
  }
  return cuts;
}
