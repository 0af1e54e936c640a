import { useMutation, useQuery } from "@apollo/client/react";
import { useState, type FormEvent, type ReactNode } from "react";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import type { JointWorkingRole } from "../../gql/graphql";
import { closureReasonLabels, jointWorkingRoleLabels, jointWorkingRoleValues } from "../../gql/labels";
import { Alert, ErrorSummary } from "../../ui/alert";
import { Button } from "../../ui/button";
import { Field } from "../../ui/field";
import { dateTime } from "../../ui/format";
import { announce } from "../../lib/announce";
import { useFormProblems, type FieldProblem } from "../../lib/form-problems";

/** What a manager sees and changes on a case after allocation: level, joint working, reopening (issue 20). */
export const ManageCaseFragment = graphql(`
  fragment ManageCase on Case {
    id
    status
    level
    viewerManages
    putForwardForClosureAt
    levelChanges {
      id
      fromLevel
      toLevel
      reason
      changedByName
      changedAt
    }
    coworkers {
      id
      staffId
      staffDisplayName
      role
      endedAt
    }
    reopenings {
      id
      previousClosureReason
      reason
      reopenedAt
    }
  }
`);

const ChangeLevelDocument = graphql(`
  mutation ChangeCaseLevel($input: ChangeCaseLevelInput!) {
    changeCaseLevel(input: $input) {
      id
    }
  }
`);
const ReopenDocument = graphql(`
  mutation ReopenCase($input: ReopenCaseInput!) {
    reopenCase(input: $input) {
      id
    }
  }
`);
const AddCoworkerDocument = graphql(`
  mutation AddCaseCoworker($input: AddCaseCoworkerInput!) {
    addCaseCoworker(input: $input) {
      id
    }
  }
`);
const DecideClosureProposalDocument = graphql(`
  mutation DecideClosureProposal($input: DecideClosureProposalInput!) {
    decideClosureProposal(input: $input) {
      evaluationToken
      case {
        id
      }
    }
  }
`);
const CoworkerChoicesDocument = graphql(`
  query CoworkerChoices {
    team {
      id
      displayName
      role
    }
  }
`);

/** The case's history of level changes, joint working and reopenings (everyone on the case sees it). */
export function CaseChanges(props: { kase: FragmentType<typeof ManageCaseFragment> }) {
  const k = getFragmentData(ManageCaseFragment, props.kase);
  if (!k.levelChanges.length && !k.coworkers.length && !k.reopenings.length) return null;
  return (
    <section className="card" aria-labelledby="case-changes">
      <h2 id="case-changes">Level, joint working and reopening</h2>
      <ul className="plain-list" data-testid="case-changes">
        {k.levelChanges.map((c) => (
          <li key={c.id}>
            <strong>{dateTime.format(new Date(c.changedAt))}</strong> Level {c.fromLevel} → {c.toLevel} by {c.changedByName}
            <span className="cell-sub">{c.reason}</span>
          </li>
        ))}
        {k.coworkers.map((c) => (
          <li key={c.id}>
            {c.staffDisplayName}: {jointWorkingRoleLabels[c.role].toLowerCase()}
            {c.endedAt ? ` (ended ${dateTime.format(new Date(c.endedAt))})` : ""}
          </li>
        ))}
        {k.reopenings.map((r) => (
          <li key={r.id}>
            <strong>{dateTime.format(new Date(r.reopenedAt))}</strong> Reopened
            {r.previousClosureReason ? ` after closing as ${closureReasonLabels[r.previousClosureReason].toLowerCase()}` : ""}
            <span className="cell-sub">{r.reason}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Disclosure(props: { title: string; children: ReactNode }) {
  return (
    <details className="card disclosure">
      <summary>{props.title}</summary>
      <div className="disclosure-body">{props.children}</div>
    </details>
  );
}

/** The manager's forms: change the level, add a co-worker or shadow (level 4), or reopen a closed case. */
export function ManageCaseForms(props: { kase: FragmentType<typeof ManageCaseFragment> }) {
  const k = getFragmentData(ManageCaseFragment, props.kase);
  if (!k.viewerManages) return null;
  if (k.status === "CLOSED")
    return (
      <Disclosure title="Reopen the case">
        <ReopenForm caseId={k.id} />
      </Disclosure>
    );
  return (
    <>
      <Disclosure title="Change the level">
        <ChangeLevelForm caseId={k.id} level={k.level} />
      </Disclosure>
      {k.level >= 4 ? (
        <Disclosure title="Add a co-worker or shadow">
          <AddCoworkerForm caseId={k.id} />
        </Disclosure>
      ) : null}
    </>
  );
}

function Feedback(props: { form: ReturnType<typeof useFormProblems>; done: string | null; failed: string }) {
  return (
    <>
      <ErrorSummary {...props.form.summary} />
      {props.form.failure ? (
        <Alert tone="error" live="alert" title={props.failed}>
          <p>{props.form.failure.message}</p>
        </Alert>
      ) : null}
      {props.done ? (
        <Alert tone="success" live="status" title="Saved">
          <p>{props.done}</p>
        </Alert>
      ) : null}
    </>
  );
}

function ChangeLevelForm(props: { caseId: string; level: number }) {
  const [level, setLevel] = useState(String(props.level === 4 ? 3 : props.level + 1));
  const [reason, setReason] = useState("");
  const [done, setDone] = useState<string | null>(null);
  const form = useFormProblems({ fields: { level: "level-new", reason: "level-reason" } });
  const [change, { loading }] = useMutation(ChangeLevelDocument, { refetchQueries: ["Case"], awaitRefetchQueries: true });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const found: FieldProblem[] = [];
    if (Number(level) === props.level) found.push({ field: "level-new", message: `The case is already at level ${props.level}` });
    if (!reason.trim()) found.push({ field: "level-reason", message: "Say why the level is changing" });
    if (!form.check(found)) return;
    try {
      await change({ variables: { input: { caseId: props.caseId, level: Number(level), reason: reason.trim() } } });
      const message = `The case is now level ${level}.`;
      setDone(message);
      announce(message);
      setReason("");
    } catch (e) {
      form.fromServer(e);
    }
  };
  return (
    <form onSubmit={submit} noValidate className="stack-tight" aria-label="Change the level">
      <Feedback form={form} done={done} failed="Not changed" />
      <Field id="level-new" label="New level" error={form.errorFor("level-new")}>
        {(c) => (
          <select {...c} className="select" value={level} onChange={(e) => setLevel(e.currentTarget.value)}>
            {[1, 2, 3, 4].map((l) => (
              <option key={l} value={l}>
                Level {l}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="level-reason" label="Why?" hint="What changed for the family." error={form.errorFor("level-reason")}>
        {(c) => <textarea {...c} className="textarea" rows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />}
      </Field>
      <Button type="submit" disabled={loading}>
        {loading ? "Saving…" : "Change level"}
      </Button>
    </form>
  );
}

function AddCoworkerForm(props: { caseId: string }) {
  const { data } = useQuery(CoworkerChoicesDocument);
  const [staffId, setStaffId] = useState("");
  const [role, setRole] = useState<JointWorkingRole>("SHADOW");
  const [done, setDone] = useState<string | null>(null);
  const form = useFormProblems({ fields: { staffId: "coworker-staff", role: "coworker-role" } });
  const [add, { loading }] = useMutation(AddCoworkerDocument, { refetchQueries: ["Case"], awaitRefetchQueries: true });
  const people = (data?.team ?? []).filter((m) => m.role === "OFFICER" || m.role === "VOLUNTEER" || m.role === "MANAGER");
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    if (!form.check(staffId ? [] : [{ field: "coworker-staff", message: "Choose who joins the case" }])) return;
    try {
      await add({ variables: { input: { caseId: props.caseId, staffId, role } } });
      const name = people.find((p) => p.id === staffId)?.displayName ?? "They";
      const message = `${name} joined the case (${jointWorkingRoleLabels[role].toLowerCase()}).`;
      setDone(message);
      announce(message);
    } catch (e) {
      form.fromServer(e);
    }
  };
  return (
    <form onSubmit={submit} noValidate className="stack-tight" aria-label="Add a co-worker or shadow">
      <Feedback form={form} done={done} failed="Not added" />
      <Field id="coworker-staff" label="Who?" error={form.errorFor("coworker-staff")}>
        {(c) => (
          <select {...c} className="select" value={staffId} onChange={(e) => setStaffId(e.currentTarget.value)}>
            <option value="">Choose a person</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.displayName}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="coworker-role" label="As" hint="A shadow reads the case and attends, to learn; a co-worker works it too.">
        {(c) => (
          <select {...c} className="select" value={role} onChange={(e) => setRole(e.currentTarget.value as JointWorkingRole)}>
            {jointWorkingRoleValues.map((r) => (
              <option key={r} value={r}>
                {jointWorkingRoleLabels[r]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Button type="submit" disabled={loading}>
        {loading ? "Adding…" : "Add to the case"}
      </Button>
    </form>
  );
}

function ReopenForm(props: { caseId: string }) {
  const [reason, setReason] = useState("");
  const [done, setDone] = useState<string | null>(null);
  const form = useFormProblems({ fields: { reason: "reopen-reason", caseId: "reopen-reason", staffId: "reopen-reason" } });
  const [reopen, { loading }] = useMutation(ReopenDocument, { refetchQueries: ["Case"], awaitRefetchQueries: true });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    if (!form.check(reason.trim() ? [] : [{ field: "reopen-reason", message: "Say why the case is reopening" }])) return;
    try {
      await reopen({ variables: { input: { caseId: props.caseId, reason: reason.trim() } } });
      setDone("The case is open again and back with its last holder.");
      announce("The case is open again.");
    } catch (e) {
      form.fromServer(e);
    }
  };
  return (
    <form onSubmit={submit} noValidate className="stack-tight" aria-label="Reopen the case">
      <Feedback form={form} done={done} failed="Not reopened" />
      <p className="hint">The family came back about the same matter. It goes back to whoever held it last.</p>
      <Field id="reopen-reason" label="Why is it reopening?" error={form.errorFor("reopen-reason")}>
        {(c) => <textarea {...c} className="textarea" rows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />}
      </Field>
      <Button type="submit" disabled={loading}>
        {loading ? "Reopening…" : "Reopen case"}
      </Button>
    </form>
  );
}

/**
 * A case put forward for closure after two missed meetings [003]: the manager closes it (as missed
 * meetings) or keeps it open. `onClosed` shows the evaluation code, as closing does.
 */
export function ClosureProposalDecision(props: {
  kase: FragmentType<typeof ManageCaseFragment>;
  onClosed: (token: string | null) => void;
}) {
  const k = getFragmentData(ManageCaseFragment, props.kase);
  const [note, setNote] = useState("");
  const form = useFormProblems({ fields: { note: "proposal-note", decision: "proposal-note" } });
  const [decide, { loading }] = useMutation(DecideClosureProposalDocument, { refetchQueries: ["Case"], awaitRefetchQueries: true });
  if (!k.viewerManages || !k.putForwardForClosureAt || k.status === "CLOSED") return null;
  const act = async (decision: "CLOSE" | "KEEP_OPEN") => {
    try {
      const res = await decide({ variables: { input: { caseId: k.id, decision, note: note.trim() || null } } });
      if (decision === "CLOSE") props.onClosed(res.data?.decideClosureProposal.evaluationToken ?? null);
      else announce("The case stays open.");
    } catch (e) {
      form.fromServer(e);
    }
  };
  return (
    <section className="card" aria-labelledby="proposal-heading" data-testid="closure-proposal">
      <h2 id="proposal-heading">Put forward for closure</h2>
      <p>
        Two booked meetings were missed without notice ({dateTime.format(new Date(k.putForwardForClosureAt))}). Close the case until the
        family gets in touch again, or keep it open.
      </p>
      <Feedback form={form} done={null} failed="Not recorded" />
      <Field id="proposal-note" label="Note (optional)" error={form.errorFor("proposal-note")}>
        {(c) => <input {...c} className="input" value={note} onChange={(e) => setNote(e.currentTarget.value)} />}
      </Field>
      <div className="button-row">
        <Button onClick={() => void act("CLOSE")} disabled={loading}>
          Close the case
        </Button>
        <Button variant="secondary" onClick={() => void act("KEEP_OPEN")} disabled={loading}>
          Keep it open
        </Button>
      </div>
    </section>
  );
}
