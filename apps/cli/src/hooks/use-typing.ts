import { createContext, useContext, useEffect } from 'react';

/** Whether some widget is taking typed text (a filter): then single-key shortcuts are off. */
export interface TypingState {
  isTyping: boolean;
  setTyping(isTyping: boolean): void;
}

export const TypingContext = createContext<TypingState>({ isTyping: false, setTyping: () => undefined });

export function useIsTyping(): boolean {
  return useContext(TypingContext).isTyping;
}

/** Tell the app while this widget takes typed text; released when it unmounts. */
export function useTypingWhile(isTyping: boolean): void {
  const { setTyping } = useContext(TypingContext);
  useEffect(() => {
    setTyping(isTyping);
    return () => setTyping(false);
  }, [isTyping, setTyping]);
}
