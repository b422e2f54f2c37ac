import type { Digest } from '@parallax/core';
import { createContext, useContext } from 'react';
import { useClient } from './client-context.ts';
import { useQuery, type QueryState } from './use-query.ts';

/** The whole digest through the router, fetched once per app. */
export function useDigest(): QueryState<Digest> {
  const client = useClient();
  return useQuery('digest', () => client.digest.get.query());
}

export const DigestContext = createContext<Digest | null>(null);

/** The loaded digest, for screens drawn once it is in. */
export function useLoadedDigest(): Digest {
  const digest = useContext(DigestContext);
  if (!digest) throw new Error('useLoadedDigest needs a loaded digest');
  return digest;
}
