import { useStdout } from 'ink';
import { useEffect, useState } from 'react';

const FALLBACK = { columns: 100, rows: 30 };

/** The terminal's size, following resizes. Streams without a size (tests) get 100×30. */
export function useTerminalSize(): { columns: number; rows: number } {
  const { stdout } = useStdout();
  const read = () => ({ columns: stdout.columns || FALLBACK.columns, rows: stdout.rows || FALLBACK.rows });
  const [size, setSize] = useState(read);
  useEffect(() => {
    const onResize = () => setSize(read());
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
    // `read` reads the same stream each time: only a new stream means new listeners.
  }, [stdout]);
  return size;
}
