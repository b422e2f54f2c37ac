export { appRouter, createCaller } from './root.ts';
export type { AppRouter } from './root.ts';
export { createContextInner } from './context.ts';
export type { Context } from './context.ts';
export { createDigestSource } from './digest-source.ts';
export type { DigestSource, LoadedDigest } from './digest-source.ts';
export type { SentenceReceipt } from './router/lookup.ts';
