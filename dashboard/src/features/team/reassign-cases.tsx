import { useMutation, useQuery } from "@apollo/client/react";
import { useEffect, useState, type FormEvent } from "react";
import { graphql } from "../../gql";
import { blockingReasonCodeLabels } from "../../gql/labels";
import { announce } from "../../lib/announce";
import { useFormProblems } from "../../lib/form-problems";
import { Link } from "../../lib/router";
import { Alert, ErrorSummary } from "../../ui/alert";
import { Button } from "../../ui/button";
import { Field } from "../../ui/field";

const PlanDocument = graphql(`
  query ReassignmentPreview($id: ID!) {
    reassignmentPlan(fromStaffId: $id) {
      fromStaffId
      fromDisplayName
      fromActive
      cases {
        caseId
        referralId
        reference
        level
        suggestedStaffId
        candidates {
          staffId
          displayName
          openCases
          capacity
          blockingReasons {
            code
            message
          }
        }
      }
    }
  }
`);

const ReassignDocument = graphql(`
  mutation ReassignLeaverCases($input: ReassignCasesInput!) {
    reassignCases(input: $input) {
      reassigned
    }
  }
`);

const LeftDocument = graphql(`
  query LeaversWithCases {
    staffToReassign {
      staffId
      displayName
      openCases
    }
  }
`);

/** People no longer active who still hold open cases, each a way to reassign them. */
export function LeaversWithCases() {
  const { data } = useQuery(LeftDocument);
  const left = data?.staffToReassign ?? [];
  if (!left.length) return null;
  return (
    <Alert tone="info" title="Cases left with people who have gone">
      <ul>
        {left.map((s) => (
          <li key={s.staffId}>
            <Link to={`/team/${s.staffId}/reassign`}>
              Reassign {s.displayName}’s {s.openCases} open {s.openCases === 1 ? "case" : "cases"}
            </Link>
          </li>
        ))}
      </ul>
    </Alert>
  );
}

/** The preview of a person's open cases, each with who may take it (suggested first), sent as one operation. */
export function ReassignCases(props: { staffId: string }) {
  const { data, loading, error } = useQuery(PlanDocument, { variables: { id: props.staffId }, fetchPolicy: "network-only" });
  const plan = data?.reassignmentPlan;
  const [choice, setChoice] = useState<Record<string, string>>({});
  const [done, setDone] = useState<number | null>(null);
  const fieldIds: Record<string, string> = {};
  plan?.cases.forEach((c, i) => (fieldIds[`assignments.${i}.toStaffId`] = `to-${c.caseId}`));
  const form = useFormProblems({ fields: fieldIds });
  const [reassign, { loading: sending }] = useMutation(ReassignDocument, {
    refetchQueries: ["ReassignmentPreview", "LeaversWithCases", "TeamWorkload"],
    awaitRefetchQueries: true,
  });

  useEffect(() => {
    if (plan) setChoice(Object.fromEntries(plan.cases.map((c) => [c.caseId, c.suggestedStaffId ?? ""])));
  }, [plan]);

  if (error)
    return (
      <Alert tone="error" live="alert" title="We could not load their cases">
        <p>{error.message}</p>
      </Alert>
    );
  if (loading || !plan) return <p role="status">Loading their cases…</p>;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing = plan.cases
      .filter((c) => !choice[c.caseId])
      .map((c) => ({ field: `to-${c.caseId}`, message: `Choose who takes ${c.reference}` }));
    if (!form.check(missing)) return;
    try {
      const res = await reassign({
        variables: {
          input: {
            fromStaffId: plan.fromStaffId,
            assignments: plan.cases.map((c) => ({ caseId: c.caseId, toStaffId: choice[c.caseId]! })),
          },
        },
      });
      const n = res.data?.reassignCases.reassigned ?? 0;
      setDone(n);
      announce(`${n} cases reassigned.`);
    } catch (e) {
      form.fromServer(e);
    }
  };

  return (
    <div className="stack">
      {done !== null ? (
        <Alert tone="success" live="status" title="Reassigned">
          <p>
            {done} {done === 1 ? "case" : "cases"} reassigned. Their overdue items went with them.
          </p>
        </Alert>
      ) : null}
      {plan.cases.length === 0 ? (
        <p>{plan.fromDisplayName} holds no open cases.</p>
      ) : (
        <form onSubmit={submit} noValidate className="card stack-tight" aria-labelledby="reassign-heading">
          <h2 id="reassign-heading">
            {plan.fromDisplayName}’s {plan.cases.length} open {plan.cases.length === 1 ? "case" : "cases"}
          </h2>
          <p className="hint">Each goes to a colleague who passes the allocation checks. Nothing moves unless every case can.</p>
          <ErrorSummary {...form.summary} />
          {form.failure ? (
            <Alert tone="error" live="alert" title="Nothing was reassigned">
              <p>{form.failure.message}</p>
            </Alert>
          ) : null}
          {plan.cases.map((c) => (
            <Field
              key={c.caseId}
              id={`to-${c.caseId}`}
              label={`${c.reference} (level ${c.level}) goes to`}
              error={form.errorFor(`to-${c.caseId}`)}
            >
              {(control) => (
                <select
                  {...control}
                  className="select"
                  value={choice[c.caseId] ?? ""}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    setChoice((prev) => ({ ...prev, [c.caseId]: value }));
                  }}
                >
                  <option value="">Choose a colleague</option>
                  {c.candidates.map((m) => (
                    <option key={m.staffId} value={m.staffId} disabled={m.blockingReasons.length > 0}>
                      {m.displayName} — {m.openCases} of {m.capacity}
                      {m.blockingReasons.length
                        ? ` — cannot: ${m.blockingReasons.map((r) => blockingReasonCodeLabels[r.code]).join(", ")}`
                        : ""}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ))}
          <Button type="submit" disabled={sending}>
            {sending ? "Reassigning…" : `Reassign ${plan.cases.length} ${plan.cases.length === 1 ? "case" : "cases"}`}
          </Button>
        </form>
      )}
    </div>
  );
}
