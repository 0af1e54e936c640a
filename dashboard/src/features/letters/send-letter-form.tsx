import { useMutation, useQuery } from "@apollo/client/react";
import { useId, useState, type FormEvent } from "react";
import { graphql } from "../../gql";
import { announce } from "../../lib/announce";
import { serverProblem } from "../../lib/errors";
import { Alert } from "../../ui/alert";
import { Button } from "../../ui/button";
import { previewFile } from "../documents/document-transfer";
import { openPdf } from "./open-pdf";

const SendLetterDocument = graphql(`
  mutation SendLetter($input: SendLetterInput!) {
    sendLetter(input: $input) {
      format
      printableOnce
      document {
        id
        name
        letterFormat
      }
    }
  }
`);

const LetterKindsDocument = graphql(`
  query LetterKinds {
    letterTemplates {
      kind
      title
      easyRead
      onReferral
    }
  }
`);

/** What each kind needs first, said beside its name. */
const NEEDS: Record<string, string> = { APPOINTMENT: " (the next booked meeting)" };

const FORMAT_WORDS: Record<string, string> = {
  STANDARD: "standard print",
  LARGE_PRINT: "large print",
  EASY_READ: "easy read",
  EASY_READ_LARGE_PRINT: "easy read, large print",
};

/**
 * Make a letter from the service's template, in the format the family's access needs call for, and
 * file it on the case; or, before a case, on the referral (the kinds the API marks `onReferral`). The
 * closure letter is made from the closure itself.
 */
export function SendLetterForm(props: { caseId: string } | { referralId: string }) {
  const onReferral = "referralId" in props;
  const { data, error } = useQuery(LetterKindsDocument);
  const kinds = (data?.letterTemplates ?? []).filter((t) => !t.easyRead && t.kind !== "CLOSURE" && (!onReferral || t.onReferral));
  const [chosen, setKind] = useState<string | null>(null);
  const kind = chosen ?? kinds[0]?.kind ?? null;
  const [done, setDone] = useState<{ id: string; name: string; format: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [send, { loading }] = useMutation(SendLetterDocument, { refetchQueries: ["FolderDocuments"] });
  const kindId = useId();
  const where = onReferral ? "referral" : "case";
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    setDone(null);
    try {
      if (!kind) return;
      const target = "referralId" in props ? { referralId: props.referralId } : { caseId: props.caseId };
      const result = await send({ variables: { input: { ...target, kind } } });
      const letter = result.data?.sendLetter;
      if (!letter) return;
      setDone({ id: letter.document.id, name: letter.document.name, format: letter.format });
      announce(`${letter.document.name} made and filed on the ${where}, in ${FORMAT_WORDS[letter.format] ?? letter.format}.`);
    } catch (e) {
      setProblem(serverProblem(e).message);
    }
  };
  if (error)
    return (
      <Alert tone="error" live="alert" title="We could not load the letters">
        <p>{error.message}</p>
      </Alert>
    );
  if (!data) return <p role="status">Loading the letters…</p>;
  return (
    <form onSubmit={submit} noValidate className="stack-tight" data-testid="send-letter">
      {problem ? (
        <Alert tone="error" live="alert" title="No letter made">
          <p>{problem}</p>
        </Alert>
      ) : null}
      {done ? (
        <Alert tone="success" title="Letter filed">
          <p data-testid="letter-done">
            {done.name}, in {FORMAT_WORDS[done.format] ?? done.format}, is filed in the {where} documents.{" "}
            <Button variant="quiet" onClick={() => void previewFile(done.id).catch((e) => setProblem(serverProblem(e).message))}>
              Open it to print
            </Button>
          </p>
        </Alert>
      ) : null}
      <div className="field">
        <label htmlFor={kindId}>Which letter?</label>
        <select id={kindId} className="select" value={kind ?? ""} onChange={(e) => setKind(e.currentTarget.value)}>
          {kinds.map((k) => (
            <option key={k.kind} value={k.kind}>
              {k.title}
              {NEEDS[k.kind] ?? ""}
            </option>
          ))}
        </select>
      </div>
      <p className="hint">The family&apos;s access needs decide the format: large print and easy read where they are recorded.</p>
      <Button type="submit" disabled={loading || !kind}>
        Make the letter
      </Button>
    </form>
  );
}

/**
 * The closure letter carries the evaluation code, which exists only now (it is never kept): made here,
 * opened for printing at once, and filed on the case without the code.
 */
export function ClosureLetterButton(props: { caseId: string; code: string }) {
  const [send, { loading }] = useMutation(SendLetterDocument, { refetchQueries: ["FolderDocuments"] });
  const [said, setSaid] = useState<string | null>(null);
  const make = async () => {
    setSaid(null);
    const tab = window.open("", "_blank");
    try {
      const result = await send({ variables: { input: { caseId: props.caseId, kind: "CLOSURE", evaluationCode: props.code } } });
      const pdf = result.data?.sendLetter.printableOnce;
      if (!pdf) throw new Error("No letter came back.");
      openPdf(pdf, tab);
      const message = "The closure letter, with the code, is open to print. A copy without the code is filed on the case.";
      setSaid(message);
      announce(message);
    } catch (e) {
      tab?.close();
      setSaid(serverProblem(e).message);
    }
  };
  return (
    <div className="stack-tight">
      <Button onClick={() => void make()} disabled={loading} data-testid="closure-letter">
        Make the closure letter with this code
      </Button>
      {said ? (
        <p role="status" data-testid="closure-letter-said">
          {said}
        </p>
      ) : null}
    </div>
  );
}

/** A referral's letters, folded away until wanted: on the manager's referral page and the intake view of it. */
export function ReferralLetters(props: { referralId: string }) {
  return (
    <details className="card disclosure">
      <summary>Send a letter</summary>
      <div className="disclosure-body">
        <SendLetterForm referralId={props.referralId} />
      </div>
    </details>
  );
}
