import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { TRPCReactProvider } from '../trpc/react.tsx';
import './styles/base.css';
import './styles/claims.css';
import './styles/sections.css';
import './styles/pages.css';
import './styles/theme.css';

// Pages read the corpus named at start-up (PARALLAX_CORPUS), so none is frozen at build time.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: { default: 'Parallax', template: '%s · Parallax' },
  description: 'One news story through many outlets: what is corroborated, what conflicts, and the receipts.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-head">
          <a href="/" className="brand">
            Parallax
          </a>
          <span className="tagline">one story, many outlets, every claim with its receipts</span>
        </header>
        <main id="main" tabIndex={-1}>
          <TRPCReactProvider>{children}</TRPCReactProvider>
        </main>
      </body>
    </html>
  );
}
