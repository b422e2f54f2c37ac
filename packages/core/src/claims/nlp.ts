import winkNLP, { type ItemToken, type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { namesWithVerbs } from './name-verbs.ts';

/** One word or punctuation mark with its place in the text and wink-nlp's tags. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Universal part of speech: `PROPN`, `NOUN`, `VERB`, `AUX`, `NUM`, `PUNCT`… */
  pos: string;
  /** Lower-case lemma: `said` -> `say`, `shells` -> `shell`. */
  lemma: string;
  /** wink-nlp marks words in the scope of a negation (`did not verify` -> `verify`). */
  negated: boolean;
  /** A function word (`the`, `of`, `would`) by wink-nlp's stop-word list. */
  isStopWord: boolean;
}

type Nlp = ReturnType<typeof winkNLP>;
let cached: Nlp | undefined;

// Loading the model takes ~100 ms: do it once, on first use.
function nlp(): Nlp {
  cached ??= winkNLP(model);
  return cached;
}

/**
 * Tokens of `text` with offsets, part of speech, lemma and negation scope.
 *
 * @example
 * tokenize('He did not go.').map((t) => t.pos); // ['PRON', 'AUX', 'PART', 'VERB', 'PUNCT']
 */
export function tokenize(text: string): Token[] {
  const engine = nlp();
  const its = engine.its;
  const tokens: Token[] = [];
  let cursor = 0;
  engine
    .readDoc(text)
    .tokens()
    .each((token: ItemToken) => {
      const value = token.out();
      // wink reports the spaces before each token; fall back to a search when they disagree.
      const guess = cursor + token.out(its.precedingSpaces).length;
      const start = text.startsWith(value, guess) ? guess : text.indexOf(value, cursor);
      if (start < 0) return;
      cursor = start + value.length;
      tokens.push({
        text: value,
        start,
        end: cursor,
        pos: token.out(its.pos) ?? 'X',
        // wink types `its.lemma` with an add-on parameter that `out` does not declare, and gives
        // no lemma for some rare tokens.
        lemma: (token.out(its.lemma as unknown as ItsFunction<string>) ?? value).toLowerCase(),
        negated: token.out(its.negationFlag) === true,
        isStopWord: token.out(its.stopWordFlag) === true,
      });
    });
  // wink tags `Ask` in `Ask Jeeves` as a verb: it would read as a speech cue.
  return namesWithVerbs(tokens);
}

/** Tokens whose span lies inside `[start, end)`. Tokens are sorted by offset. */
export function tokensIn(tokens: readonly Token[], start: number, end: number): Token[] {
  return tokens.filter((token) => token.start >= start && token.end <= end);
}
