import { render } from 'ink-testing-library';
import { describe, expect, it, vi } from 'vitest';
import { failingClient, fixtureClient } from '../test/fixtures/client.ts';
import { bareDigest, fullDigest } from '../test/fixtures/digest.ts';
import { ENTER, ESCAPE, press, settle, SHIFT_TAB, TAB, waitForFrame } from '../test/fixtures/ink.tsx';
import { App, type Outcome } from './app.tsx';

const isReady = (frame: string) => frame.includes('Most corroborated');

describe('App', () => {
  it('shows loading, then the overview of the digest it fetched through the router', async () => {
    const { lastFrame, frames } = render(<App client={fixtureClient(fullDigest())} corpusLabel="the fixture" />);
    const frame = await waitForFrame(lastFrame, isReady);
    expect(frames[0]).toContain('Reading and analysing the fixture…');
    expect(frame).toContain('The Riverside bridge closure, March 2024');
    expect(frame).toContain('3 outlets, 2 independent');
    expect(frame).toContain('⚠ skipped: cannot read article \'broken.txt\'');
    expect(frame).toMatch(/1 Overview\s+2 Clusters 4\s+3 Conflicts 3/);
  });

  it('switches screens with number keys and tab, and returns from a detail with esc', async () => {
    const { lastFrame, stdin } = render(<App client={fixtureClient(fullDigest())} corpusLabel="the fixture" />);
    await waitForFrame(lastFrame, isReady);
    await press(stdin, '2');
    expect(lastFrame()).toContain('Clusters · 4');
    await press(stdin, ENTER);
    await waitForFrame(lastFrame, (frame) => frame.includes('Receipts'));
    await press(stdin, ESCAPE);
    expect(lastFrame()).toContain('Clusters · 4');
    await press(stdin, TAB);
    expect(lastFrame()).toContain('Conflicts · 3');
    await press(stdin, SHIFT_TAB, SHIFT_TAB);
    expect(lastFrame()).toContain('Most corroborated');
  });

  it('opens the receipts of the selected summary line from the overview, and comes back with esc', async () => {
    const { lastFrame, stdin } = render(<App client={fixtureClient(fullDigest())} corpusLabel="the fixture" />);
    await waitForFrame(lastFrame, isReady);
    expect(lastFrame()).toContain('enter receipts');
    // The overview mounts with the digest: let its key handler attach before typing.
    await settle();
    await press(stdin, 'j', ENTER);
    expect(lastFrame()).toContain('States a conflict · 2 source sentences from 2 outlets');
    expect(lastFrame()).toContain('│ About 15,000 vehicles use the bridge daily.');
    await press(stdin, ESCAPE);
    expect(lastFrame()).toMatch(/› • Daily traffic is given/);
  });

  it('keeps a detail open in its tab while the user looks at another tab', async () => {
    const { lastFrame, stdin } = render(<App client={fixtureClient(fullDigest())} corpusLabel="the fixture" />);
    await waitForFrame(lastFrame, isReady);
    await press(stdin, '3', ENTER);
    expect(lastFrame()).toContain('Positions');
    await press(stdin, '1', '3');
    expect(lastFrame()).toContain('Positions');
  });

  it('opens and closes the help drawn from the keymap', async () => {
    const { lastFrame, stdin } = render(<App client={fixtureClient(fullDigest())} corpusLabel="the fixture" />);
    await waitForFrame(lastFrame, isReady);
    await press(stdin, '?');
    expect(lastFrame()).toContain('Keys');
    expect(lastFrame()).toContain('go to Overview, Clusters, Conflicts, Outlets, Quotes, Timeline');
    await press(stdin, '?');
    expect(lastFrame()).toContain('Most corroborated');
  });

  it('shows empty states when the digest has no cross-source fields yet', async () => {
    const { lastFrame, stdin } = render(<App client={fixtureClient(bareDigest())} corpusLabel="the fixture" />);
    const frame = await waitForFrame(lastFrame, isReady);
    expect(frame).toContain('No cross-source summary yet.');
    expect(frame).toContain('No clusters found.');
    expect(frame).toContain('No conflicts found.');
    await press(stdin, '5');
    expect(lastFrame()).toContain('No quotes found.');
    await press(stdin, '6');
    expect(lastFrame()).toContain('No dated events found.');
  });

  it('shows a corpus that cannot be loaded as an error naming it, not a stack', async () => {
    const onOutcome = vi.fn<(outcome: Outcome) => void>();
    const message = "cannot load corpus '/no/such/story': no such folder";
    const { lastFrame } = render(<App client={failingClient(message)} corpusLabel="'/no/such/story'" onOutcome={onOutcome} />);
    const frame = await waitForFrame(lastFrame, (text) => text.includes('Could not load the corpus'));
    expect(frame).toContain(message);
    expect(frame).not.toMatch(/\n\s+at /);
    await settle();
    expect(onOutcome).toHaveBeenLastCalledWith({ error: message, skipped: [] });
  });

  it('reports skipped files to the caller once the digest is in', async () => {
    const onOutcome = vi.fn<(outcome: Outcome) => void>();
    const { lastFrame } = render(<App client={fixtureClient(fullDigest())} corpusLabel="the fixture" onOutcome={onOutcome} />);
    await waitForFrame(lastFrame, isReady);
    await settle();
    expect(onOutcome).toHaveBeenLastCalledWith({ skipped: ["cannot read article 'broken.txt': not valid UTF-8 (byte 0xFF at offset 3)"] });
  });

  it('quits on q', async () => {
    const { lastFrame, stdin, frames } = render(<App client={fixtureClient(fullDigest())} corpusLabel="the fixture" />);
    await waitForFrame(lastFrame, isReady);
    const framesBeforeQuit = frames.length;
    await press(stdin, 'q', '2');
    // After exit the app no longer reacts to keys; Ink may or may not blank the last frame as it unmounts.
    expect(frames.slice(framesBeforeQuit).some((frame) => frame.includes('Clusters · 4'))).toBe(false);
    expect(frames.filter((frame) => frame.trim() !== '').at(-1)).toContain('Most corroborated');
  });
});
