import { appRouter, createContextInner, type AppRouter, type DigestSource } from '@parallax/api';
import { createTRPCClient, unstable_localLink, type TRPCClient } from '@trpc/client';

export type ParallaxClient = TRPCClient<AppRouter>;

/**
 * A tRPC client that calls the router in this process: no server, same procedures as the web app.
 * The context is built once, so the corpus is read and analysed once per run.
 *
 * @example
 * const digest = await createParallaxClient({ corpusDir: './my-story' }).digest.get.query();
 */
export function createParallaxClient(options: { corpusDir?: string; source?: DigestSource } = {}): ParallaxClient {
  const context = createContextInner(options);
  return createTRPCClient<AppRouter>({
    links: [unstable_localLink({ router: appRouter, createContext: async () => context })],
  });
}
