import type { ReactNode } from 'react';

/** A titled part of a page, reachable by `#id` and named for screen readers by its heading. */
export function Section({ id, title, note, children }: { id: string; title: string; note?: ReactNode; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="section">
      <h2 id={`${id}-title`}>{title}</h2>
      {note ? <p className="section__note">{note}</p> : null}
      {children}
    </section>
  );
}

/** What a reader sees where the digest has nothing yet: said plainly, never a blank space. */
export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}
