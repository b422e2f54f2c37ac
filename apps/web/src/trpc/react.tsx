'use client';

import type { AppRouter } from '@parallax/api';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import { useState, type ReactNode } from 'react';

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

/** The endpoint the route handler serves; the browser resolves it against the page's origin. */
export const TRPC_ENDPOINT = '/api/trpc';

function makeQueryClient(): QueryClient {
  // A digest does not change while the server runs: never refetch what we already have.
  return new QueryClient({ defaultOptions: { queries: { staleTime: Number.POSITIVE_INFINITY, retry: 1 } } });
}

/** Gives client components the tRPC react-query client (`useTRPC()`), batched over HTTP. */
export function TRPCReactProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(makeQueryClient);
  const [trpcClient] = useState(() => createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: TRPC_ENDPOINT })] }));
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
