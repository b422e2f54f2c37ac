import type { Digest } from '@parallax/core';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { fullDigest, renderedOrder, reversedLists } from '../../test/fixtures/digest.ts';
import { renderScreen } from '../../test/fixtures/ink.tsx';
import { ClustersScreen } from './clusters.tsx';
import { ConflictsScreen } from './conflicts.tsx';
import { OverviewScreen } from './overview.tsx';
import { TimelineScreen } from './timeline.tsx';

// Core decides the order of every list (DigestSchema's doc comments); the screens render it as given.
const PREFIX = 24;
const clusterTexts = (digest: Digest) => digest.clusters.map((cluster) => cluster.label.slice(0, PREFIX));
const conflictTexts = (digest: Digest) => digest.conflicts.map((conflict) => conflict.summary.slice(0, PREFIX));
const timelineTexts = (digest: Digest) => digest.timeline.map((entry) => entry.text.slice(0, PREFIX));
/** The overview after its summary, whose lines may share words with the cluster labels. */
const pastSummary = (frame: string) => frame.slice(frame.indexOf('Most corroborated'));

const cases: Array<[string, () => ReactNode, (digest: Digest) => string[], (frame: string) => string]> = [
  ['clusters screen', () => <ClustersScreen onOpen={vi.fn()} />, clusterTexts, (frame) => frame],
  ['conflicts screen', () => <ConflictsScreen onOpen={vi.fn()} />, conflictTexts, (frame) => frame],
  ['timeline screen', () => <TimelineScreen onOpen={vi.fn()} />, timelineTexts, (frame) => frame],
  ['overview clusters', () => <OverviewScreen onOpen={vi.fn()} />, clusterTexts, pastSummary],
  ['overview conflicts', () => <OverviewScreen onOpen={vi.fn()} />, conflictTexts, pastSummary],
];

describe.each(cases)('the %s', (_name, screen, textsOf, part) => {
  it.each([
    ['in the digest’s order', fullDigest()],
    ['reversed when the digest gives them reversed', reversedLists(fullDigest())],
  ])('lists its entries %s', (_order, digest) => {
    const frame = part(renderScreen(screen(), digest, { width: 100, height: 60 }).lastFrame() ?? '');
    expect(renderedOrder(frame, textsOf(digest))).toEqual(textsOf(digest));
  });
});
