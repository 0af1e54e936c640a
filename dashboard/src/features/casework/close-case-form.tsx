import { useMutation } from "@apollo/client/react";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { announce } from "../../lib/announce";
import { dateTime } from "../../ui/format";
import { graphql } from "../../gql";
import type { ClosureReason } from "../../gql/graphql";
import { closureReasonLabels, closureReasonValues } from "../../gql/labels";
import { Alert, ErrorSummary } from "../../ui/alert";
import { Button } from "../../ui/button";
import { Field } from "../../ui/field";
import { evaluationAddress, evaluationLink, formatCode } from "../evaluation/evaluation-code";
import { useFormProblems, type FieldProblem } from "../../lib/form-problems";
import { ClosureLetterButton } from "../letters/send-letter-form";

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

/** CONDUCT_REMOVAL is recorded through a conduct incident, never chosen here. */
const choosable = closureReasonValues.filter((r) => r !== "CONDUCT_REMOVAL");

/** A meeting still booked on the case: closing leaves it without an outcome. */
export type BookedMeeting = { id: string; kind: string; scheduledAt: string };

/**
 * Closing takes two steps: the reason, then a confirmation that says what closing does and warns
 * about any meeting still booked. Focus moves to the confirmation, and back to the button on "Go back".
 */
export function CloseCaseForm(props: { caseId: string; booked: BookedMeeting[]; onClosed: (token: string | null) => void }) {
  const [reason, setReason] = useState<ClosureReason | "">("");
  const [note, setNote] = useState("");
  const [confirming, setConfirming] = useState(false);
  const form = useFormProblems({ fields: { reason: "close-reason", note: "close-note" } });
  const [close, { loading }] = useMutation(CloseCaseDocument, { refetchQueries: ["Case"] });
  const confirmRef = useRef<HTMLHeadingElement>(null);
  const continueRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (wasConfirming.current) continueRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const review = (event: FormEvent) => {
    event.preventDefault();
    const found: FieldProblem[] = [];
    if (!reason) found.push({ field: "close-reason", message: "Choose why the case is closing" });
    if (reason === "OTHER" && !note.trim()) found.push({ field: "close-note", message: "Say why the case is closing" });
    if (!form.check(found) || !reason) return;
    setConfirming(true);
  };

  const confirm = async () => {
    if (!reason) return;
    try {
      const result = await close({ variables: { input: { caseId: props.caseId, reason, note: note.trim() || null } } });
      props.onClosed(result.data?.closeCase.evaluationToken ?? null);
    } catch (e) {
      setConfirming(false);
      form.fromServer(e);
    }
  };

  return (
    <form onSubmit={review} noValidate className="stack-tight" aria-label="Close the case">
      <ErrorSummary {...form.summary} />
      {form.failure ? (
        <Alert tone="error" live="alert" title="Not closed">
          <p>{form.failure.message}</p>
        </Alert>
      ) : null}
      <Field id="close-reason" label="Why is the case closing?" error={form.errorFor("close-reason")}>
        {(c) => (
          <select
            {...c}
            className="select"
            value={reason}
            disabled={confirming}
            onChange={(e) => setReason(e.currentTarget.value as ClosureReason)}
          >
            <option value="">Choose a reason</option>
            {choosable.map((r) => (
              <option key={r} value={r}>
                {closureReasonLabels[r]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="close-note" label={reason === "OTHER" ? "Closure note" : "Closure note (optional)"} error={form.errorFor("close-note")}>
        {(c) => (
          <textarea
            {...c}
            className="textarea"
            rows={2}
            value={note}
            disabled={confirming}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
        )}
      </Field>
      {confirming ? (
        <div className="confirm-panel" data-testid="close-confirm">
          <h3 ref={confirmRef} tabIndex={-1}>
            Close this case?
          </h3>
          {props.booked.length ? (
            <Alert
              tone="error"
              title={props.booked.length === 1 ? "A meeting is still booked" : `${props.booked.length} meetings are still booked`}
            >
              <ul>
                {props.booked.map((m) => (
                  <li key={m.id}>
                    {m.kind}, {dateTime.format(new Date(m.scheduledAt))}
                  </li>
                ))}
              </ul>
              <p>Closing cancels it. Record what happened first if it took place, and tell the family it is cancelled.</p>
            </Alert>
          ) : null}
          <p>
            The case becomes read only and leaves your list, and every current consent ends today. If the case was worked, you will be given
            the code for the family's anonymous evaluation, once.
          </p>
          <div className="button-row">
            <Button onClick={() => void confirm()} disabled={loading}>
              {loading ? "Closing…" : props.booked.length ? "Close it anyway" : "Yes, close the case"}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)} disabled={loading}>
              Go back
            </Button>
          </div>
        </div>
      ) : (
        <>
          <p className="hint">Closing gives you a code for the family's anonymous evaluation. It is shown once only.</p>
          <Button type="submit" ref={continueRef}>
            Close case…
          </Button>
        </>
      )}
    </form>
  );
}

/** The one moment the evaluation code exists in readable form; only its hash is kept. */
export function EvaluationToken(props: { token: string | null; caseId?: string }) {
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
          <div className="token-row">
            <p className="token" data-testid="evaluation-token" id="evaluation-token">
              {code}
            </p>
            <CopyButton text={code} what="code" target="evaluation-token" />
          </div>
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
          <div className="token-row">
            <p className="token token-link" data-testid="evaluation-link" id="evaluation-link">
              {evaluationLink(code)}
            </p>
            <CopyButton text={evaluationLink(code)} what="link" target="evaluation-link" />
          </div>
          {props.caseId ? <ClosureLetterButton caseId={props.caseId} code={code} /> : null}
        </>
      ) : (
        <p>No evaluation code was issued: nobody picked up this case and no work is recorded on it.</p>
      )}
    </div>
  );
}

/**
 * Copies to the clipboard and says so beside the button and to screen readers. Where the browser
 * refuses (no permission, not a secure page), it selects the text and says how to copy it.
 */
function CopyButton(props: { text: string; what: "code" | "link"; target: string }) {
  const [said, setSaid] = useState<string | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.text);
      const message = props.what === "code" ? "Code copied" : "Link copied";
      setSaid(message);
      announce(`${message}.`);
    } catch {
      const element = document.getElementById(props.target);
      if (element) window.getSelection()?.selectAllChildren(element);
      const message = `The ${props.what} is selected: press Ctrl+C, or ⌘C on a Mac, to copy it`;
      setSaid(message);
      announce(`${message}.`);
    }
  };
  return (
    <span className="copy">
      <Button variant="secondary" onClick={() => void copy()} data-testid={`copy-${props.what}`}>
        Copy {props.what}
      </Button>
      {said ? (
        <span className="copy-said" data-testid={`copied-${props.what}`}>
          {said}
        </span>
      ) : null}
    </span>
  );
}
