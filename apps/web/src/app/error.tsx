'use client';

/** Shown when the digest cannot be built or read; the server log has the cause. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="page-head" role="alert">
      <p className="eyebrow">Error</p>
      <h1>The digest could not be shown</h1>
      <p>
        The corpus may be missing or unreadable. Check the folder named by PARALLAX_CORPUS and the server log
        {error.digest ? ` (reference ${error.digest})` : ''}.
      </p>
      <button type="button" onClick={reset}>
        Try again
      </button>
    </div>
  );
}
