import { describe, expect, it } from 'vitest';
import { parseEnv } from './env.ts';

describe('parseEnv', () => {
  const cases = [
    [{}, undefined],
    [{ PARALLAX_CORPUS: '' }, undefined],
    [{ PARALLAX_CORPUS: '  ' }, undefined],
    [{ PARALLAX_CORPUS: '/data/story' }, '/data/story'],
    [{ PARALLAX_CORPUS: 'story' }, '/srv/app/story'],
    [{ PARALLAX_CORPUS: 'story', INIT_CWD: '/home/me' }, '/home/me/story'],
  ] as const;
  it.each(cases)('%j', (raw, corpusDir) => {
    expect(parseEnv(raw, '/srv/app').corpusDir).toBe(corpusDir);
  });
});
