import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { routerForRequests } from '../../../../server/api.ts';

async function handler(req: Request): Promise<Response> {
  const { router, createContext } = await routerForRequests();
  return fetchRequestHandler({ endpoint: '/api/trpc', req, router, createContext });
}

export { handler as GET, handler as POST };
