import { useMutation } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import { graphql } from "../../gql";
import { Alert, ErrorSummary } from "../../ui/alert";
import { Button } from "../../ui/button";
import { Field } from "../../ui/field";
import { announce } from "../../lib/announce";
import { useFormProblems, type FieldProblem } from "../../lib/form-problems";

const RecordActivityExpenseDocument = graphql(`
  mutation RecordActivityExpenseForm($input: RecordActivityExpenseInput!) {
    recordActivityExpense(input: $input) {
      id
      miles
      amountPence
      note
    }
  }
`);

export type Expense = { miles: number; amountPence: number; note?: string | null };

const pounds = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP" });

/** "12.5 miles · £4.50": what an activity's claim is. */
export function expenseSummary(e: Expense): string {
  const parts = [];
  if (e.miles) parts.push(`${e.miles} miles`);
  if (e.amountPence) parts.push(pounds.format(e.amountPence / 100));
  return parts.join(" · ");
}

/** Pounds as typed ("4.50", "£4", "") in whole pence, or null when it is not an amount. */
function pence(typed: string): number | null {
  const t = typed.trim().replace(/^£/, "");
  if (!t) return 0;
  if (!/^\d+(\.\d{1,2})?$/.test(t)) return null;
  return Math.round(Number(t) * 100);
}

/**
 * Mileage and expenses on one activity [003], by whoever did it or a manager (decision 047). The
 * browser checks the figures are numbers; the server's limits come back at the field they concern.
 */
export function ActivityExpenseForm(props: { activityId: string; expense: Expense | null }) {
  const id = props.activityId;
  const f = { miles: `expense-miles-${id}`, amount: `expense-amount-${id}`, note: `expense-note-${id}` };
  const [miles, setMiles] = useState(props.expense?.miles ? String(props.expense.miles) : "");
  const [amount, setAmount] = useState(props.expense?.amountPence ? (props.expense.amountPence / 100).toFixed(2) : "");
  const [note, setNote] = useState(props.expense?.note ?? "");
  const [done, setDone] = useState<string | null>(null);
  const form = useFormProblems({ fields: { miles: f.miles, amountPence: f.amount, note: f.note, activityId: f.miles } });
  const [record, { loading }] = useMutation(RecordActivityExpenseDocument, { refetchQueries: ["Case"], awaitRefetchQueries: true });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const found: FieldProblem[] = [];
    const m = miles.trim() ? Number(miles.trim()) : 0;
    const p = pence(amount);
    if (!Number.isFinite(m) || !/^\d*(\.\d+)?$/.test(miles.trim()))
      found.push({ field: f.miles, message: "Enter the miles as a number, e.g. 12.5" });
    if (p === null) found.push({ field: f.amount, message: "Enter an amount in pounds, e.g. 4.50" });
    if (!form.check(found) || p === null) return;
    try {
      const res = await record({ variables: { input: { activityId: id, miles: m, amountPence: p, note: note.trim() || null } } });
      const saved = res.data?.recordActivityExpense;
      const message = `Expenses saved${saved ? `: ${expenseSummary(saved)}` : ""}.`;
      setDone(message);
      announce(message);
    } catch (e) {
      form.fromServer(e);
    }
  };

  return (
    <form onSubmit={submit} noValidate className="stack-tight" aria-label="Mileage and expenses">
      <ErrorSummary {...form.summary} />
      {form.failure ? (
        <Alert tone="error" live="alert" title="Not saved">
          <p>{form.failure.message}</p>
        </Alert>
      ) : null}
      {done ? (
        <Alert tone="success" live="status" title="Saved">
          <p>{done}</p>
        </Alert>
      ) : null}
      <Field id={f.miles} label="Miles" hint="Return journey, to one decimal place." error={form.errorFor(f.miles)}>
        {(c) => <input {...c} className="input" inputMode="decimal" value={miles} onChange={(e) => setMiles(e.currentTarget.value)} />}
      </Field>
      <Field id={f.amount} label="Other expenses (£)" hint="Parking, fares, refreshments." error={form.errorFor(f.amount)}>
        {(c) => <input {...c} className="input" inputMode="decimal" value={amount} onChange={(e) => setAmount(e.currentTarget.value)} />}
      </Field>
      <Field id={f.note} label="Note (optional)" error={form.errorFor(f.note)}>
        {(c) => <input {...c} className="input" value={note} onChange={(e) => setNote(e.currentTarget.value)} />}
      </Field>
      <Button type="submit" disabled={loading}>
        {loading ? "Saving…" : "Save expenses"}
      </Button>
    </form>
  );
}
