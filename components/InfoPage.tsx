import type { ReactNode } from "react";

/** The layout of the site's About, Privacy and Contact pages: a title, then readable paragraphs and sections. */
export function InfoPage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <article className="mx-auto max-w-2xl space-y-6 leading-relaxed">
      <h1 className="text-3xl font-bold">{title}</h1>
      {children}
    </article>
  );
}

export function InfoSection({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h2 id={id} className="text-xl font-semibold">
        {heading}
      </h2>
      {children}
    </section>
  );
}
