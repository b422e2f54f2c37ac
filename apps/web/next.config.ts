import type { NextConfig } from 'next';

const config: NextConfig = {
  // @parallax/core reads its embedded corpus relative to its own module file, so it must run from
  // node_modules, not from a bundle. Turbopack still bundles workspace packages listed here
  // (vercel/next.js#84388), so src/server/api.ts also imports the router at run time; the list
  // keeps the intent and covers @trpc/server, which the route handler and the router must share.
  serverExternalPackages: ['@parallax/core', '@parallax/api', '@trpc/server'],
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    // TypeScript 7 ships no JavaScript compiler API: `next build` type-checks through the project's
    // own `tsc` (the default since Next 16.3; stated here because the build depends on it).
    useTypeScriptCli: true,
  },
};

export default config;
