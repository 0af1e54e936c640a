import { useEffect, useRef, useState } from "react";
import { navigateToField } from "../ui/focus";
import { serverProblems, type ServerProblem } from "./errors";

/** A problem shown at one field; `field` is the id of its control, or of the fieldset that groups its choices. */
export type FieldProblem = { field: string; message: string };

/** A refusal no field holds, shown as one alert above the form. `code` is the server's `extensions.code`, or `NETWORK`. */
export type Failure = { code: string | null; message: string; title?: string };

/**
 * A form's own words for a refusal its field map does not place: a message (or title and message) for
 * the alert, a problem at one of its fields, or `undefined` to show the server's message as it is.
 */
export type DescribeRefusal = (problem: ServerProblem) => string | { title?: string; message: string } | FieldProblem | undefined;

/**
 * The one way a form reports problems. The browser's checks go through `check`, a refused mutation
 * through `fromServer`: every error whose `extensions.field` (without `input.`) is in `fields` is shown
 * at that field id; otherwise the first error becomes a general failure, in the form's words when
 * `describe` has some. When problems appear, focus goes to the error summary if the form renders one
 * (`<ErrorSummary {...form.summary} />`), else to the first field with a problem.
 */
export function useFormProblems(options: { fields?: Record<string, string> } = {}) {
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [failure, setFailure] = useState<Failure | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const first = problems[0];
    if (!first) return;
    if (summaryRef.current) summaryRef.current.focus();
    else navigateToField(first.field);
  }, [problems]);

  const fields = options.fields ?? {};
  return {
    problems,
    failure,
    /** Props for `ErrorSummary`; a form without one gets focus moved to its first problem field instead. */
    summary: { errors: problems, ref: summaryRef },
    errorFor: (field: string): string | undefined => problems.find((p) => p.field === field)?.message,
    /** Shows what the browser's checks found (clearing any failure); true when there is nothing to fix. */
    check(found: FieldProblem[]): boolean {
      setProblems(found);
      setFailure(null);
      return found.length === 0;
    },
    fromServer(error: unknown, describe?: DescribeRefusal): void {
      const all = serverProblems(error);
      const placed = all.flatMap((p) => {
        const field = p.field ? fields[p.field] : undefined;
        return field ? [{ field, message: p.message }] : [];
      });
      const first = all[0] ?? { code: null, field: null, message: "The server refused this." };
      const said = placed.length ? undefined : describe?.(first);
      if (typeof said === "object" && "field" in said) placed.push(said);
      setProblems(placed);
      if (placed.length) setFailure(null);
      else if (typeof said === "string") setFailure({ code: first.code, message: said });
      else setFailure({ code: first.code, message: first.message, ...said });
    },
    reset(): void {
      setProblems([]);
      setFailure(null);
    },
  };
}
