import { Text } from 'ink';
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { ErrorBoundary } from './error-boundary.tsx';

function Broken(): never {
  throw new Error('cluster cl-9 has no claims');
}

describe('ErrorBoundary', () => {
  it('shows what failed in place of the view', () => {
    const frame = render(
      <ErrorBoundary height={5}>
        <Broken />
      </ErrorBoundary>,
    ).lastFrame();
    expect(frame).toContain('This view failed to draw');
    expect(frame).toContain('cluster cl-9 has no claims');
    expect(frame).toContain('esc goes back, q quits.');
  });

  it('draws its children when they work', () => {
    expect(render(<ErrorBoundary height={5}><Text>fine</Text></ErrorBoundary>).lastFrame()).toBe('fine');
  });
});
