import { useEffect, useRef, type ReactNode } from "react";
import { navigateToField } from "./focus";

export function Alert(props: {
  tone: "info" | "error" | "success";
  title?: ReactNode;
  children?: ReactNode;
  /** `alert` interrupts a screen reader; use it only for something the user just caused. */
  live?: "alert" | "status";
}) {
  return (
    <div className="alert" data-tone={props.tone} role={props.live}>
      {props.title ? <p className="alert-title">{props.title}</p> : null}
      {props.children}
    </div>
  );
}

/** The list of problems at the top of a form; takes focus so keyboard users land on it. */
export function ErrorSummary(props: { errors: { field: string; message: string }[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const count = props.errors.length;
  useEffect(() => {
    if (count > 0) ref.current?.focus();
  }, [count, props.errors]);
  if (count === 0) return null;
  return (
    <div ref={ref} className="alert error-summary" data-tone="error" tabIndex={-1} aria-labelledby="error-summary-title" role="alert">
      <p className="alert-title" id="error-summary-title">
        There is a problem
      </p>
      <ul>
        {props.errors.map((e) => (
          <li key={e.field}>
            <a
              href={`#${e.field}`}
              onClick={(event) => {
                event.preventDefault();
                navigateToField(e.field);
              }}
            >
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
