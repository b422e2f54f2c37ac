import 'server-only';
import type { DigestSource } from '@parallax/api';
import { notFound } from 'next/navigation';
import { env } from '../env.ts';
import type { Caller } from './page-data.ts';

type ApiModule = typeof import('@parallax/api');

// Turbopack bundles workspace packages even when serverExternalPackages lists them
// (vercel/next.js#84388), and a bundled core cannot find its embedded corpus, which it reads
// relative to its own module file. So the router (and core under it) is imported by Node itself,
// at run time, from node_modules.
let apiModule: Promise<ApiModule> | undefined;
function loadApi(): Promise<ApiModule> {
  apiModule ??= import(/* turbopackIgnore: true */ /* webpackIgnore: true */ '@parallax/api');
  return apiModule;
}

// Next may load this module once per bundle layer (pages, route handlers); the digest is built once
// per process all the same.
const SOURCE_KEY = Symbol.for('parallax.web.digest-source');
type SourceHolder = typeof globalThis & { [SOURCE_KEY]?: DigestSource };

/** The process's one digest source: the corpus is read and analysed on first use, then kept. */
export async function digestSource(): Promise<DigestSource> {
  const holder = globalThis as SourceHolder;
  const existing = holder[SOURCE_KEY];
  if (existing) return existing;
  const { createDigestSource } = await loadApi();
  const source = holder[SOURCE_KEY] ?? createDigestSource(env.corpusDir);
  holder[SOURCE_KEY] = source;
  return source;
}

/**
 * The router, called in process by server components.
 *
 * @example
 * const digest = await (await api()).digest.get();
 */
export async function api(): Promise<Caller> {
  const [{ createCaller, createContextInner }, source] = await Promise.all([loadApi(), digestSource()]);
  return createCaller(createContextInner({ source }));
}

/** What the `/api/trpc` route handler needs: the router and a context on the shared source. */
export async function routerForRequests(): Promise<{ router: ApiModule['appRouter']; createContext: () => ReturnType<ApiModule['createContextInner']> }> {
  const [{ appRouter, createContextInner }, source] = await Promise.all([loadApi(), digestSource()]);
  return { router: appRouter, createContext: () => createContextInner({ source }) };
}

/**
 * Await a lookup by id and answer Next's 404 page when the router says NOT_FOUND. The corpus is
 * loaded first, so a folder that cannot be read is an error, not a 404.
 *
 * @example
 * const { cluster } = await orNotFound((caller) => caller.clusters.get({ id }));
 */
export async function orNotFound<T>(lookup: (caller: Caller) => Promise<T>): Promise<T> {
  await (await digestSource()).load();
  const caller = await api();
  try {
    return await lookup(caller);
  } catch (error) {
    if (isNotFoundError(error)) notFound();
    throw error;
  }
}

function isNotFoundError(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'NOT_FOUND';
}
