import { describe, expect, it } from 'vitest';
import { readerFurniture } from './reader-address.ts';

describe('readerFurniture', () => {
  const furniture = [
    ['Enter your email address to receive our daily briefing', 'reader-prompt'],
    ['Accept all cookies', 'reader-prompt'],
    ['Tell us what you think in the comments', 'reader-prompt'],
    ['Email *', 'form-field'],
    ['Like it | Save it | Send it', 'share-prompt'],
    ['Sign up to the Evening Digest', 'reader-prompt'],
  ] as const;
  it.each(furniture)('marks %j', (line, rule) => expect(readerFurniture(line)).toBe(rule));

  const prose = [
    'He told reporters the site would close in March.',
    'Listen again to the interview on the Radio Five Live website.',
    'The odds are that when you fire up your browser, you go straight to your favourite search engine, rather than type in a web address.',
    'US subscribers lost access to the service on Monday.',
    'Get your hands off the Clangers!',
    '"Send us your comments," she said.',
  ];
  it.each(prose)('leaves %j', (line) => expect(readerFurniture(line)).toBeUndefined());
});
