import { useMutation } from "@apollo/client/react";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { graphql } from "../../gql";
import type { ClosureReason } from "../../gql/graphql";
import { Alert, ErrorSummary } from "../../ui/alert";
import { Button } from "../../ui/button";
import { Field } from "../../ui/field";
import { evaluationAddress, evaluationLink, formatCode } from "../evaluation/evaluation-code";
import { closureReasonLabel } from "./labels";
import { useFormProblems, type FieldProblem } from "../../lib/form-problems";

const CloseCaseDocument = graphql(`
  mutation CloseCase($input: CloseCaseInput!) {
    closeCase(input: $input) {
      evaluationToken
      case {
        id
        status
        closedAt
        closureReason
        closureNote
        readOnly
      }
    }
  }
`);

const choosable = (Object.keys(closureReasonLabel) as ClosureReason[]).filter((r) => r !== "CONDUCT_REMOVAL");

export function CloseCaseForm(props: { caseId: string; onClosed: (token: string | null) => void }) {
  const [reason, setReason] = useState<ClosureReason | "">("");
  const [note, setNote] = useState("");
  const form = useFormProblems({ fields: { reason: "close-reason", note: "close-note" } });
  const [close, { loading }] = useMutation(CloseCaseDocument, { refetchQueries: ["Case"] });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldProblem[] = [];
    if (!reason) found.push({ field: "close-reason", message: "Choose why the case is closing" });
    if (reason === "OTHER" && !note.trim()) found.push({ field: "close-note", message: "Say why the case is closing" });
    if (!form.check(found) || !reason) return;
    try {
      const result = await close({ variables: { input: { caseId: props.caseId, reason, note: note.trim() || null } } });
      props.onClosed(result.data?.closeCase.evaluationToken ?? null);
    } catch (e) {
      form.fromServer(e);
    }
  };

  return (
    <form onSubmit={submit} noValidate className="stack-tight" aria-label="Close the case">
      <ErrorSummary {...form.summary} />
      {form.failure ? (
        <Alert tone="error" live="alert" title="Not closed">
          <p>{form.failure.message}</p>
        </Alert>
      ) : null}
      <Field id="close-reason" label="Why is the case closing?" error={form.errorFor("close-reason")}>
        {(c) => (
          <select {...c} className="select" value={reason} onChange={(e) => setReason(e.currentTarget.value as ClosureReason)}>
            <option value="">Choose a reason</option>
            {choosable.map((r) => (
              <option key={r} value={r}>
                {closureReasonLabel[r]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="close-note" label={reason === "OTHER" ? "Closure note" : "Closure note (optional)"} error={form.errorFor("close-note")}>
        {(c) => <textarea {...c} className="textarea" rows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} />}
      </Field>
      <p className="hint">Closing gives you a code for the family's anonymous evaluation. It is shown once only.</p>
      <Button type="submit" disabled={loading}>
        {loading ? "Closing…" : "Close case"}
      </Button>
    </form>
  );
}

/** The one moment the evaluation code exists in readable form; only its hash is kept. */
export function EvaluationToken(props: { token: string | null }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const code = props.token ? formatCode(props.token) : null;
  return (
    <div className="token-panel" data-testid="evaluation-token-panel">
      <h3 ref={heading} tabIndex={-1}>
        The case is closed
      </h3>
      {code ? (
        <>
          <p>Give the family this code with the invitation to tell us, anonymously, how we did:</p>
          <p className="token" data-testid="evaluation-token">
            {code}
          </p>
          <p className="hint">
            It has 16 letters and numbers, in four groups of four. The family can type it in capital or small letters, with or without the
            dashes.
          </p>
          <p>
            Copy it into the closure letter or email now. <strong>This is the only time it is shown.</strong> We keep nothing that links the
            code to this family, so their answers stay anonymous, and we cannot show it again.
          </p>
          <p>
            In a letter, tell the family to go to <strong data-testid="evaluation-address">{evaluationAddress()}</strong> and type the code.
            In an email, give them this link, which fills the code in for them:
          </p>
          <p className="token token-link" data-testid="evaluation-link">
            {evaluationLink(code)}
          </p>
        </>
      ) : (
        <p>No evaluation code was issued for this closure.</p>
      )}
    </div>
  );
}
