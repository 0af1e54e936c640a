import { useState, type FormEvent } from "react";
import { announce } from "../../lib/announce";
import { useFormProblems, type FieldProblem } from "../../lib/form-problems";
import { Alert, ErrorSummary } from "../../ui/alert";
import { Button } from "../../ui/button";
import { Field } from "../../ui/field";

/** One field a correction may change: blank leaves it as it is. */
export type CorrectionField = {
  name: string;
  label: string;
  type?: "text" | "date" | "datetime-local" | "number" | "tel" | "email";
  options?: Readonly<Record<string, string>>;
  /** What the record says now, shown as the field's starting value. */
  current?: string | number | null;
  /** The value sent for what was typed or chosen (e.g. a local time as an instant, "true" as true). */
  toValue?: (typed: string) => unknown;
};

/**
 * A correction (decision 043): the fields that change and why. Only fields whose value differs from
 * what the record says are sent; the server validates them like the original entry, and its refusals
 * are shown at the field they name. `idPrefix` keeps ids unique when several forms are on one page.
 */
export function CorrectionForm(props: {
  idPrefix: string;
  title: string;
  openLabel: string;
  openAriaLabel?: string;
  fields: CorrectionField[];
  onSubmit: (changes: Record<string, unknown>, reason: string) => Promise<unknown>;
  onDone: () => void;
}) {
  const initial = () => Object.fromEntries(props.fields.map((f) => [f.name, f.current == null ? "" : String(f.current)]));
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<Record<string, string>>(initial);
  const [reason, setReason] = useState("");
  const [saving, setSaving] = useState(false);
  const id = (name: string) => `${props.idPrefix}-${name}`;
  const form = useFormProblems({
    fields: Object.fromEntries([...props.fields.map((f) => [f.name, id(f.name)]), ["reason", id("reason")]]),
  });
  if (!open)
    return (
      <Button
        variant="quiet"
        aria-label={props.openAriaLabel}
        onClick={() => {
          setValues(initial());
          setOpen(true);
        }}
      >
        {props.openLabel}
      </Button>
    );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const changes: Record<string, unknown> = {};
    for (const f of props.fields) {
      const v = (values[f.name] ?? "").trim();
      if (v === "" || v === (f.current == null ? "" : String(f.current))) continue;
      changes[f.name] = f.toValue ? f.toValue(v) : f.type === "number" ? Number(v) : v;
    }
    const found: FieldProblem[] = [];
    const first = props.fields[0];
    if (Object.keys(changes).length === 0 && first) found.push({ field: id(first.name), message: "Change at least one detail" });
    if (!reason.trim()) found.push({ field: id("reason"), message: "Say why it is being corrected" });
    if (!form.check(found)) return;
    setSaving(true);
    try {
      await props.onSubmit(changes, reason.trim());
      announce("Corrected; the previous values are kept in the history.");
      setOpen(false);
      setReason("");
      props.onDone();
    } catch (error) {
      form.fromServer(error);
    } finally {
      setSaving(false);
    }
  };
  return (
    <form onSubmit={submit} noValidate className="stack-tight" aria-label={props.title}>
      <ErrorSummary {...form.summary} />
      {form.failure ? (
        <Alert tone="error" live="alert" title="Not corrected">
          <p>{form.failure.message}</p>
        </Alert>
      ) : null}
      {props.fields.map((f) => (
        <Field key={f.name} id={id(f.name)} label={f.label} error={form.errorFor(id(f.name))}>
          {(c) =>
            f.options ? (
              <select
                {...c}
                className="input"
                value={values[f.name] ?? ""}
                onChange={(e) => {
                  const next = e.currentTarget.value;
                  setValues((v) => ({ ...v, [f.name]: next }));
                }}
              >
                {Object.entries(f.options).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            ) : (
              <input
                {...c}
                className="input"
                type={f.type ?? "text"}
                value={values[f.name] ?? ""}
                onChange={(e) => {
                  const next = e.currentTarget.value;
                  setValues((v) => ({ ...v, [f.name]: next }));
                }}
              />
            )
          }
        </Field>
      ))}
      <Field id={id("reason")} label="Why is it being corrected?" error={form.errorFor(id("reason"))}>
        {(c) => <input {...c} className="input" value={reason} onChange={(e) => setReason(e.currentTarget.value)} />}
      </Field>
      <div className="button-row">
        <Button type="submit" disabled={saving}>
          {saving ? "Saving…" : "Save correction"}
        </Button>
        <Button variant="quiet" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
