import type { ReactNode, Ref } from "react";
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

/**
 * The list of problems at the top of a form, each a link to its field. The form's problem hook moves
 * focus here when problems appear (pass its `summary`), so keyboard and screen-reader users land on it.
 */
export function ErrorSummary(props: { errors: { field: string; message: string }[]; ref?: Ref<HTMLDivElement> }) {
  if (props.errors.length === 0) return null;
  return (
    <div ref={props.ref} className="alert error-summary" data-tone="error" tabIndex={-1} aria-labelledby="error-summary-title" role="alert">
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
