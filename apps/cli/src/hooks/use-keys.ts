import { useInput, useStdin, type Key } from 'ink';

/**
 * `useInput` that is off without a terminal. Without a TTY (CI, pipes) Ink reports
 * `isRawModeSupported` as undefined, not false, and reading keys would crash.
 */
export function useKeys(handler: (input: string, key: Key) => void, isActive: boolean): void {
  const { isRawModeSupported } = useStdin();
  useInput(handler, { isActive: isActive && isRawModeSupported === true });
}
