import { useMutation, useQuery } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import { graphql } from "../../gql";
import { sessionKindLabels, sessionKindValues, sessionTopicLabels, sessionTopicValues } from "../../gql/labels";
import { Alert, ErrorSummary } from "../../ui/alert";
import { Button } from "../../ui/button";
import { Field } from "../../ui/field";
import { formatDay, todayLocal } from "../../ui/format";
import { announce } from "../../lib/announce";
import { useFormProblems, type FieldProblem } from "../../lib/form-problems";

const GroupSessionsDocument = graphql(`
  query GroupSessions {
    groupSessions {
      id
      kind
      title
      heldOn
      topic
      facilitator
      attendance
      evaluationForms
      meanUsefulness
      meanImpartiality
      attendees {
        personId
        fullName
        attended
      }
    }
  }
`);
const SessionAttendeeChoicesDocument = graphql(`
  query SessionAttendeeChoices {
    sessionAttendeeChoices {
      personId
      fullName
    }
  }
`);
const RecordGroupSessionDocument = graphql(`
  mutation RecordGroupSessionForm($input: RecordGroupSessionInput!) {
    recordGroupSession(input: $input) {
      id
    }
  }
`);
const RecordSessionEvaluationsDocument = graphql(`
  mutation RecordSessionEvaluationsForm($input: RecordSessionEvaluationsInput!) {
    recordSessionEvaluations(input: $input) {
      id
      evaluationForms
      meanUsefulness
      meanImpartiality
    }
  }
`);

/** Information and training sessions held, newest first, with their anonymous evaluation. */
export function GroupSessionsList() {
  const { data, loading, error } = useQuery(GroupSessionsDocument);
  if (loading && !data) return <p className="muted">Loading…</p>;
  if (error) return <Alert tone="error" title="Could not load the sessions" />;
  const sessions = data?.groupSessions ?? [];
  if (!sessions.length) return <p className="muted">No sessions recorded yet.</p>;
  return (
    <ol className="plain-list" aria-label="Sessions, newest first">
      {sessions.map((s) => (
        <li key={s.id} className="card stack-tight" data-testid="group-session">
          <div>
            <strong>{s.title}</strong> · {formatDay(s.heldOn)}
          </div>
          <span className="cell-sub">
            {sessionKindLabels[s.kind]} · {sessionTopicLabels[s.topic]} · run by {s.facilitator} · {s.attendance} attended
          </span>
          <span className="cell-sub">
            {s.evaluationForms} evaluation form{s.evaluationForms === 1 ? "" : "s"}
            {s.meanUsefulness != null ? ` · usefulness ${s.meanUsefulness} · impartiality ${s.meanImpartiality} (out of 5)` : ""}
          </span>
          {s.attendees.length ? (
            <span className="cell-sub" data-testid="session-attendees">
              Linked:{" "}
              {s.attendees.map((a) => `${a.fullName ?? "a family you do not work with"}${a.attended ? "" : " (did not come)"}`).join(", ")}
            </span>
          ) : null}
          {s.evaluationForms < s.attendance ? <EvaluationForm sessionId={s.id} /> : null}
        </li>
      ))}
    </ol>
  );
}

/** Enter one anonymous evaluation form (scores only). */
function EvaluationForm(props: { sessionId: string }) {
  const id = props.sessionId.slice(0, 8);
  const [usefulness, setUsefulness] = useState("");
  const [impartiality, setImpartiality] = useState("");
  const form = useFormProblems({ fields: { forms: `eval-useful-${id}`, sessionId: `eval-useful-${id}` } });
  const [record, { loading }] = useMutation(RecordSessionEvaluationsDocument);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const u = Number(usefulness);
    const i = Number(impartiality);
    const found: FieldProblem[] = [];
    if (!(u >= 1 && u <= 5)) found.push({ field: `eval-useful-${id}`, message: "A score from 1 to 5" });
    if (!(i >= 1 && i <= 5)) found.push({ field: `eval-impartial-${id}`, message: "A score from 1 to 5" });
    if (!form.check(found)) return;
    try {
      await record({ variables: { input: { sessionId: props.sessionId, forms: [{ usefulness: u, impartiality: i }] } } });
      setUsefulness("");
      setImpartiality("");
      announce("Evaluation form entered.");
    } catch (e) {
      form.fromServer(e);
    }
  };
  return (
    <form onSubmit={submit} noValidate className="stack-tight" aria-label="Enter an anonymous evaluation form">
      <ErrorSummary {...form.summary} />
      <div className="stack-tight">
        <Field id={`eval-useful-${id}`} label="Usefulness (1–5)" error={form.errorFor(`eval-useful-${id}`)}>
          {(c) => (
            <input {...c} className="input" inputMode="numeric" value={usefulness} onChange={(e) => setUsefulness(e.currentTarget.value)} />
          )}
        </Field>
        <Field id={`eval-impartial-${id}`} label="Impartiality (1–5)" error={form.errorFor(`eval-impartial-${id}`)}>
          {(c) => (
            <input
              {...c}
              className="input"
              inputMode="numeric"
              value={impartiality}
              onChange={(e) => setImpartiality(e.currentTarget.value)}
            />
          )}
        </Field>
      </div>
      <Button type="submit" disabled={loading}>
        {loading ? "Saving…" : "Enter form"}
      </Button>
    </form>
  );
}

/** Record a session held. */
export function RecordGroupSessionForm() {
  const [kind, setKind] = useState<string>("TRAINING");
  const [title, setTitle] = useState("");
  const [heldOn, setHeldOn] = useState(() => todayLocal());
  const [topic, setTopic] = useState<string>("SEN_SUPPORT");
  const [facilitator, setFacilitator] = useState("");
  const [attendance, setAttendance] = useState("");
  const [attendees, setAttendees] = useState<Chosen[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const form = useFormProblems({
    fields: {
      title: "session-title",
      heldOn: "session-on",
      facilitator: "session-by",
      attendance: "session-count",
      attendees: "session-attendees",
    },
  });
  const [record, { loading }] = useMutation(RecordGroupSessionDocument, { refetchQueries: ["GroupSessions"], awaitRefetchQueries: true });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const found: FieldProblem[] = [];
    if (!title.trim()) found.push({ field: "session-title", message: "Give the session a title" });
    if (!facilitator.trim()) found.push({ field: "session-by", message: "Say who ran the session" });
    if (!/^\d+$/.test(attendance)) found.push({ field: "session-count", message: "Enter how many attended" });
    if (!form.check(found)) return;
    try {
      await record({
        variables: {
          input: {
            kind: kind as never,
            title: title.trim(),
            heldOn,
            topic: topic as never,
            facilitator: facilitator.trim(),
            attendance: Number(attendance),
            attendees: attendees.map(({ personId, attended }) => ({ personId, attended })),
          },
        },
      });
      const message = `Session recorded: ${title.trim()}.`;
      setDone(message);
      setTitle("");
      setAttendance("");
      setAttendees([]);
      announce(message);
    } catch (e) {
      form.fromServer(e);
    }
  };
  return (
    <form onSubmit={submit} noValidate className="card stack-tight" aria-labelledby="record-session-heading">
      <h2 id="record-session-heading">Record a session</h2>
      <ErrorSummary {...form.summary} />
      {form.failure ? (
        <Alert tone="error" live="alert" title="Not recorded">
          <p>{form.failure.message}</p>
        </Alert>
      ) : null}
      {done ? (
        <Alert tone="success" live="status" title="Saved">
          <p>{done}</p>
        </Alert>
      ) : null}
      <Field id="session-kind" label="Kind">
        {(c) => (
          <select {...c} className="select" value={kind} onChange={(e) => setKind(e.currentTarget.value)}>
            {sessionKindValues.map((v) => (
              <option key={v} value={v}>
                {sessionKindLabels[v]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="session-title" label="Title" error={form.errorFor("session-title")}>
        {(c) => <input {...c} className="input" value={title} onChange={(e) => setTitle(e.currentTarget.value)} />}
      </Field>
      <Field id="session-topic" label="Topic">
        {(c) => (
          <select {...c} className="select" value={topic} onChange={(e) => setTopic(e.currentTarget.value)}>
            {sessionTopicValues.map((v) => (
              <option key={v} value={v}>
                {sessionTopicLabels[v]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="session-on" label="Date held" error={form.errorFor("session-on")}>
        {(c) => <input {...c} className="input" type="date" value={heldOn} onChange={(e) => setHeldOn(e.currentTarget.value)} />}
      </Field>
      <Field id="session-by" label="Run by" error={form.errorFor("session-by")}>
        {(c) => <input {...c} className="input" value={facilitator} onChange={(e) => setFacilitator(e.currentTarget.value)} />}
      </Field>
      <Field id="session-count" label="Number attending" error={form.errorFor("session-count")}>
        {(c) => (
          <input {...c} className="input" inputMode="numeric" value={attendance} onChange={(e) => setAttendance(e.currentTarget.value)} />
        )}
      </Field>
      <AttendeePicker chosen={attendees} onChange={setAttendees} error={form.errorFor("session-attendees")} />
      <Button type="submit" disabled={loading}>
        {loading ? "Saving…" : "Record session"}
      </Button>
    </form>
  );
}

type Chosen = { personId: string; fullName: string; attended: boolean };

/**
 * Who came, optionally (decision 047): the families the recorder works with (a manager: anyone of
 * the service), found by name; each marked as attended or booked and did not come. Others who came
 * are counted in the number attending, not named.
 */
function AttendeePicker(props: { chosen: Chosen[]; onChange: (chosen: Chosen[]) => void; error?: string }) {
  const { data, error } = useQuery(SessionAttendeeChoicesDocument);
  const [find, setFind] = useState("");
  const chosenIds = new Set(props.chosen.map((c) => c.personId));
  const needle = find.trim().toLocaleLowerCase("en-GB");
  const matches =
    needle.length >= 2
      ? (data?.sessionAttendeeChoices ?? [])
          .filter((c) => !chosenIds.has(c.personId) && (c.fullName ?? "").toLocaleLowerCase("en-GB").includes(needle))
          .slice(0, 8)
      : [];
  const set = (personId: string, change: Partial<Chosen> | null) =>
    props.onChange(
      change === null
        ? props.chosen.filter((c) => c.personId !== personId)
        : props.chosen.map((c) => (c.personId === personId ? { ...c, ...change } : c)),
    );
  return (
    <fieldset
      className="field"
      id="session-attendees"
      tabIndex={-1}
      data-invalid={props.error ? "true" : undefined}
      aria-describedby={props.error ? "session-attendees-hint session-attendees-error" : "session-attendees-hint"}
    >
      <legend>Who came (optional)</legend>
      <p className="hint" id="session-attendees-hint">
        Families you work with. Count everyone else in the number attending.
      </p>
      {props.error ? (
        <p className="error-message" id="session-attendees-error">
          <span className="visually-hidden">Error: </span>
          {props.error}
        </p>
      ) : null}
      {error ? <p className="muted">Could not load the families you work with.</p> : null}
      {props.chosen.length ? (
        <ul className="plain-list" aria-label="Linked to this session">
          {props.chosen.map((c) => (
            <li key={c.personId} className="attendee-line">
              <label className="checkbox-line">
                <input type="checkbox" checked={c.attended} onChange={(e) => set(c.personId, { attended: e.currentTarget.checked })} />{" "}
                {c.fullName} attended
              </label>
              <Button type="button" variant="secondary" onClick={() => set(c.personId, null)}>
                Remove {c.fullName}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <label htmlFor="session-find-person">Find a family by name</label>
      <input id="session-find-person" className="input" value={find} onChange={(e) => setFind(e.currentTarget.value)} autoComplete="off" />
      {matches.length ? (
        <ul className="plain-list" aria-label="Families found">
          {matches.map((m) => (
            <li key={m.personId}>
              <Button
                type="button"
                variant="secondary"
                onClick={() => {
                  props.onChange([...props.chosen, { personId: m.personId, fullName: m.fullName ?? "Unnamed", attended: true }]);
                  setFind("");
                }}
              >
                Add {m.fullName ?? "Unnamed"}
              </Button>
            </li>
          ))}
        </ul>
      ) : needle.length >= 2 ? (
        <p className="muted">No family you work with has that name.</p>
      ) : null}
    </fieldset>
  );
}
