import { createContext, useContext } from 'react';
import type { ParallaxClient } from '../client.ts';

export const ClientContext = createContext<ParallaxClient | null>(null);

/** The tRPC client the app was started with. */
export function useClient(): ParallaxClient {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useClient needs a <ClientContext.Provider>');
  return client;
}
