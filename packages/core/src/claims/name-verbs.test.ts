import { describe, expect, it } from 'vitest';
import { tokenize } from './nlp.ts';

describe('namesWithVerbs (through tokenize)', () => {
  const cases: Array<[text: string, word: string, pos: string]> = [
    ['Ask Jeeves has added a feature.', 'Ask', 'PROPN'],
    ['Shares in Ask Jeeves rose.', 'Ask', 'PROPN'],
    ['The charity Tell MAMA said so.', 'Tell', 'PROPN'],
    ['Kim to Meet Putin', 'Meet', 'VERB'],
    ['Analysts Warn Russia Could Run Out', 'Warn', 'VERB'],
    ['Ask any farmer about it.', 'Ask', 'VERB'],
  ];
  it.each(cases)('%s: %s is %s', (text, word, pos) => {
    expect(tokenize(text).find((token) => token.text === word)?.pos).toBe(pos);
  });
});
