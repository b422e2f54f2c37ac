import { describe, expect, it } from 'vitest';
import { articleHref, clusterHref, routeParam, sentenceAnchor } from './anchors.ts';

describe('anchors and links', () => {
  it('makes URL-safe sentence anchors', () => {
    expect(sentenceAnchor('001_9f#s4')).toBe('s-001_9f_s4');
    expect(sentenceAnchor('my story.txt#s0')).toBe('s-my_story_txt_s0');
  });

  it('encodes ids in paths and points at sentences', () => {
    expect(clusterHref('c 1/2')).toBe('/clusters/c%201%2F2');
    expect(articleHref('a b', 'a b#s2')).toBe('/articles/a%20b#s-a_b_s2');
  });

  it('decodes route parameters and keeps malformed ones', () => {
    expect(routeParam('c%201')).toBe('c 1');
    expect(routeParam('50%')).toBe('50%');
  });
});
