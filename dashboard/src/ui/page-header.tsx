import type { ReactNode } from "react";

/** A screen's title. `compact` for dense screens (the queue), where every line of height counts. */
export function PageHeader(props: { title: string; description?: ReactNode; actions?: ReactNode; compact?: boolean }) {
  return (
    <div className="page-header" data-compact={props.compact ? "true" : undefined}>
      <div>
        <h1>{props.title}</h1>
        {props.description ? <p>{props.description}</p> : null}
      </div>
      {props.actions}
    </div>
  );
}
