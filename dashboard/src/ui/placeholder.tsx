import type { ReactNode } from "react";

/** Marks a screen whose API is not built yet, so nobody mistakes it for an empty result. */
export function Placeholder(props: { title: string; children: ReactNode }) {
  return (
    <section className="placeholder" aria-labelledby="placeholder-title">
      <p className="tag" data-tone="neutral">Coming soon</p>
      <h2 id="placeholder-title">{props.title}</h2>
      {props.children}
    </section>
  );
}
