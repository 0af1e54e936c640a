import { useMutation, useQuery } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import { graphql } from "../../gql";
import { activityKindLabels, caseStatusLabels, keyDateKindLabels, referralChannelLabels, referralStatusLabels } from "../../gql/labels";
import { announce } from "../../lib/announce";
import { Link } from "../../lib/router";
import { useFormProblems, type FieldProblem } from "../../lib/form-problems";
import { Alert, ErrorSummary } from "../../ui/alert";
import { Button } from "../../ui/button";
import { Field } from "../../ui/field";
import { dateTime, formatDay } from "../../ui/format";
import { PageHeader } from "../../ui/page-header";
import { useDocumentTitle } from "../../ui/document-title";
import { CorrectionForm } from "./correction-form";
import { CorrectionHistory } from "./correction-history";
import { DocumentsPanel } from "../documents/documents-panel";

const FamilyRecordDocument = graphql(`
  query FamilyRecordScreen($id: ID!, $withVoided: Boolean) {
    person(id: $id, withVoided: $withVoided) {
      id
      fullName
      email
      phone
      address
      postcode
      erased
      mergedIntoId
      referrals {
        id
        reference
        status
        channel
        receivedAt
        level
        childName
        childDateOfBirth
        caseId
        caseStatus
        repeat
      }
      activities {
        id
        caseId
        referralReference
        kind
        occurredAt
        minutes
        summary
        staffDisplayName
        voided
        voidReason
        withFamily
        consentId
        partyName
      }
      consents {
        id
        caseId
        partyName
        granted
        givenOn
        reviewOn
        withdrawnOn
      }
      keyDates {
        id
        kind
        on
        notes
        derived
        voided
        voidReason
      }
      corrections {
        ...CorrectionItem
      }
      possibleDuplicates {
        personId
        fullName
        matchedOn
        referralCount
      }
    }
  }
`);

const CorrectContactDocument = graphql(`
  mutation CorrectContactScreen($input: CorrectContactInput!) {
    correctContact(input: $input) {
      id
    }
  }
`);

const VoidActivityDocument = graphql(`
  mutation VoidActivityScreen($input: VoidActivityInput!) {
    voidActivity(input: $input) {
      id
      voided
    }
  }
`);

const CorrectChildDocument = graphql(`
  mutation CorrectChildScreen($input: CorrectChildInput!) {
    correctChild(input: $input) {
      id
    }
  }
`);

const CorrectReferralDocument = graphql(`
  mutation CorrectReferralScreen($input: CorrectReferralInput!) {
    correctReferral(input: $input) {
      id
    }
  }
`);

const CorrectActivityDocument = graphql(`
  mutation CorrectActivityScreen($input: CorrectActivityInput!) {
    correctActivity(input: $input) {
      id
    }
  }
`);

const CorrectKeyDateDocument = graphql(`
  mutation CorrectKeyDateScreen($input: CorrectKeyDateInput!) {
    correctKeyDate(input: $input) {
      id
    }
  }
`);

const VoidKeyDateDocument = graphql(`
  mutation VoidKeyDateScreen($input: VoidKeyDateInput!) {
    voidKeyDate(input: $input) {
      id
    }
  }
`);

const CorrectConsentDocument = graphql(`
  mutation CorrectConsentScreen($input: CorrectConsentInput!) {
    correctConsent(input: $input) {
      id
    }
  }
`);

const MergePeopleDocument = graphql(`
  mutation MergePeopleScreen($input: MergePeopleInput!) {
    mergePeople(input: $input) {
      id
    }
  }
`);

/** One person and everything of theirs; corrections with their history; duplicates offered to managers. */
export function FamilyRecord(props: { personId: string; canMerge: boolean }) {
  const [withVoided, setWithVoided] = useState(false);
  const { data, error, loading, refetch } = useQuery(FamilyRecordDocument, { variables: { id: props.personId, withVoided } });
  const p = data?.person;
  useDocumentTitle(p?.fullName ? `Family record: ${p.fullName}` : "Family record");
  if (!p) {
    return error ? (
      <Alert tone="error" live="alert" title="This record could not be opened">
        <p>{error.message}</p>
      </Alert>
    ) : loading ? (
      <p role="status">Loading the family record…</p>
    ) : null;
  }
  const refresh = () => void refetch();
  return (
    <>
      <p className="back-link">
        <Link to="/search">← Back to find a family</Link>
      </p>
      <PageHeader
        title={p.fullName ?? "Erased record"}
        description={`${p.referrals.length} referral${p.referrals.length === 1 ? "" : "s"}${p.referrals.length > 1 ? ", repeat referrals marked" : ""}`}
      />
      {p.mergedIntoId ? (
        <Alert tone="info" title="Merged">
          <p>
            This record was merged into another. <Link to={`/search/people/${p.mergedIntoId}`}>Open the record kept</Link>
          </p>
        </Alert>
      ) : null}
      <div className="two-column">
        <div className="stack">
          <section className="card stack-tight" aria-labelledby="contact-heading">
            <h2 id="contact-heading">Contact</h2>
            <dl className="summary" data-testid="family-contact">
              <div className="summary-row">
                <dt>Phone</dt>
                <dd data-testid="family-phone">{p.phone ?? "Not recorded"}</dd>
              </div>
              <div className="summary-row">
                <dt>Email</dt>
                <dd>{p.email ?? "Not recorded"}</dd>
              </div>
              <div className="summary-row">
                <dt>Address</dt>
                <dd>{[p.address, p.postcode].filter(Boolean).join(", ") || "Not recorded"}</dd>
              </div>
            </dl>
            {!p.erased && !p.mergedIntoId ? <CorrectContactForm personId={p.id} onDone={refresh} /> : null}
          </section>

          <section className="card stack-tight" aria-labelledby="referrals-heading">
            <h2 id="referrals-heading">Referrals</h2>
            <ul className="plain-list stack-tight" data-testid="family-referrals">
              {p.referrals.map((r) => (
                <li key={r.id} data-testid="family-referral">
                  <strong>{r.reference}</strong>{" "}
                  {r.repeat ? (
                    <span className="tag" data-tone="warn">
                      Repeat
                    </span>
                  ) : null}{" "}
                  <span className="muted">
                    {formatDay(r.receivedAt.slice(0, 10))} · {referralChannelLabels[r.channel]} · {referralStatusLabels[r.status]}
                    {r.level ? ` · level ${r.level}` : ""}
                    {r.childName ? ` · ${r.childName}` : ""}
                    {r.childDateOfBirth ? ` (born ${formatDay(r.childDateOfBirth)})` : ""}
                  </span>
                  {r.caseId ? (
                    <>
                      {" · "}
                      <Link to={`/cases/${r.caseId}`}>Case{r.caseStatus ? ` (${caseStatusLabels[r.caseStatus].toLowerCase()})` : ""}</Link>
                    </>
                  ) : null}
                  {!p.erased && !p.mergedIntoId ? <ReferralCorrections referral={r} onDone={refresh} /> : null}
                </li>
              ))}
            </ul>
          </section>

          <section className="card stack-tight" aria-labelledby="activities-heading">
            <h2 id="activities-heading">Contacts and work</h2>
            <div className="choice">
              <input id="show-voided" type="checkbox" checked={withVoided} onChange={(e) => setWithVoided(e.currentTarget.checked)} />
              <label htmlFor="show-voided">Show entries voided as made in error (activities and key dates)</label>
            </div>
            {p.activities.length === 0 ? <p className="muted">None recorded.</p> : null}
            <ul className="plain-list stack-tight">
              {p.activities.map((a) => (
                <li key={a.id} data-testid="family-activity" data-voided={a.voided ? "true" : "false"}>
                  <ActivityItem activity={a} consents={p.consents.filter((c) => c.caseId === a.caseId)} onDone={refresh} />
                </li>
              ))}
            </ul>
          </section>
        </div>

        <div className="stack">
          {props.canMerge && p.possibleDuplicates.length ? (
            <section className="card stack-tight" aria-labelledby="duplicates-heading" data-testid="possible-duplicates">
              <h2 id="duplicates-heading">Possibly the same person</h2>
              <ul className="plain-list stack-tight">
                {p.possibleDuplicates.map((d) => (
                  <li key={d.personId}>
                    <MergeItem keepId={p.id} duplicate={d} onDone={refresh} />
                  </li>
                ))}
              </ul>
            </section>
          ) : null}

          <section className="card stack-tight" aria-labelledby="history-heading">
            <h2 id="history-heading">History of corrections</h2>
            <CorrectionHistory corrections={p.corrections} />
          </section>

          <section className="card stack-tight" aria-labelledby="consents-heading">
            <h2 id="consents-heading">Consents</h2>
            {p.consents.length === 0 ? <p className="muted">None recorded.</p> : null}
            <ul className="plain-list">
              {p.consents.map((c) => (
                <li key={c.id} data-testid="family-consent" className="stack-tight">
                  <span>
                    {c.partyName}: {c.granted ? "granted" : "refused"} {formatDay(c.givenOn)}, review {formatDay(c.reviewOn)}
                    {c.withdrawnOn ? `, withdrawn ${formatDay(c.withdrawnOn)}` : ""}
                  </span>
                  {!p.erased ? <ConsentCorrection consent={c} onDone={refresh} /> : null}
                </li>
              ))}
            </ul>
          </section>

          <section className="card stack-tight" aria-labelledby="dates-heading">
            <h2 id="dates-heading">Key dates</h2>
            {p.keyDates.length === 0 ? <p className="muted">None recorded.</p> : null}
            <ul className="plain-list">
              {p.keyDates.map((k) => (
                <li key={k.id} data-testid="family-key-date" data-voided={k.voided ? "true" : "false"} className="stack-tight">
                  <KeyDateItem keyDate={k} editable={!p.erased && !p.mergedIntoId} onDone={refresh} />
                </li>
              ))}
            </ul>
          </section>
          {!p.erased ? <DocumentsPanel target={{ personId: p.id }} writable={!p.mergedIntoId} title="Family documents" /> : null}
        </div>
      </div>
    </>
  );
}

function CorrectContactForm(props: { personId: string; onDone: () => void }) {
  const [open, setOpen] = useState(false);
  const [phone, setPhone] = useState("");
  const [email, setEmail] = useState("");
  const [reason, setReason] = useState("");
  const form = useFormProblems({ fields: { phone: "correct-phone", email: "correct-email", reason: "correct-reason" } });
  const [correct, { loading }] = useMutation(CorrectContactDocument);
  if (!open)
    return (
      <Button variant="secondary" onClick={() => setOpen(true)}>
        Correct contact details
      </Button>
    );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldProblem[] = [];
    if (!phone.trim() && !email.trim()) found.push({ field: "correct-phone", message: "Enter the corrected phone or email" });
    if (!reason.trim()) found.push({ field: "correct-reason", message: "Say why it is being corrected" });
    if (!form.check(found)) return;
    try {
      await correct({
        variables: { input: { personId: props.personId, phone: phone.trim() || null, email: email.trim() || null, reason: reason.trim() } },
      });
      announce("Contact details corrected; the previous values are kept in the history.");
      setOpen(false);
      setPhone("");
      setEmail("");
      setReason("");
      props.onDone();
    } catch (error) {
      form.fromServer(error);
    }
  };
  return (
    <form onSubmit={submit} noValidate className="stack-tight" aria-label="Correct contact details">
      <ErrorSummary {...form.summary} />
      {form.failure ? (
        <Alert tone="error" live="alert" title="Not corrected">
          <p>{form.failure.message}</p>
        </Alert>
      ) : null}
      <Field id="correct-phone" label="Corrected phone" error={form.errorFor("correct-phone")}>
        {(c) => <input {...c} className="input" type="tel" value={phone} onChange={(e) => setPhone(e.currentTarget.value)} />}
      </Field>
      <Field id="correct-email" label="Corrected email" error={form.errorFor("correct-email")}>
        {(c) => <input {...c} className="input" type="email" value={email} onChange={(e) => setEmail(e.currentTarget.value)} />}
      </Field>
      <Field id="correct-reason" label="Why is it being corrected?" error={form.errorFor("correct-reason")}>
        {(c) => <input {...c} className="input" value={reason} onChange={(e) => setReason(e.currentTarget.value)} />}
      </Field>
      <div className="button-row">
        <Button type="submit" disabled={loading}>
          {loading ? "Saving…" : "Save correction"}
        </Button>
        <Button variant="quiet" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

type ActivityView = {
  id: string;
  referralReference: string;
  kind: keyof typeof activityKindLabels;
  occurredAt: string;
  minutes: number;
  summary?: string | null;
  staffDisplayName: string;
  voided: boolean;
  voidReason?: string | null;
  withFamily: boolean;
  consentId?: string | null;
  partyName?: string | null;
};

const YES_NO = { true: "Yes", false: "No" } as const;

/** The case's consents to choose from for a contact with someone other than the family. */
const consentChoices = (consents: readonly ConsentView[]) =>
  Object.fromEntries([
    ["", "Choose a consent"],
    ...consents.map((c) => [c.id, `${c.partyName} (${c.granted ? "granted" : "refused"} ${formatDay(c.givenOn)})`]),
  ]);

function ActivityItem(props: { activity: ActivityView; consents: readonly ConsentView[]; onDone: () => void }) {
  const a = props.activity;
  const [voiding, setVoiding] = useState(false);
  const [reason, setReason] = useState("");
  const form = useFormProblems({ fields: { reason: `void-reason-${a.id}` } });
  const [voidIt, { loading }] = useMutation(VoidActivityDocument);
  const [correctActivity] = useMutation(CorrectActivityDocument);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!form.check(reason.trim() ? [] : [{ field: `void-reason-${a.id}`, message: "Say why the entry is void" }])) return;
    try {
      await voidIt({ variables: { input: { activityId: a.id, reason: reason.trim() } } });
      announce("Entry voided. It is kept for audit and left out of the statistics.");
      setVoiding(false);
      props.onDone();
    } catch (error) {
      form.fromServer(error);
    }
  };
  return (
    <div className="stack-tight">
      <p>
        {a.voided ? (
          <span className="tag" data-tone="neutral">
            Voided
          </span>
        ) : null}{" "}
        <strong>{activityKindLabels[a.kind]}</strong>, {dateTime.format(new Date(a.occurredAt))}, {a.minutes} min, {a.staffDisplayName} (
        {a.referralReference})
      </p>
      <p className="muted">{a.withFamily ? "With the family" : `With ${a.partyName ?? "someone else"}, on their consent`}</p>
      {a.summary ? <p className="muted">{a.summary}</p> : null}
      {a.voided && a.voidReason ? <p className="muted">Void: {a.voidReason}</p> : null}
      {!a.voided && !voiding ? (
        <div className="button-row">
          <CorrectionForm
            idPrefix={`activity-${a.id}`}
            title="Correct this entry"
            openLabel="Correct"
            openAriaLabel={`Correct: ${activityKindLabels[a.kind]}, ${dateTime.format(new Date(a.occurredAt))}`}
            fields={[
              { name: "kind", label: "Kind", options: activityKindLabels, current: a.kind },
              { name: "minutes", label: "Minutes", type: "number", current: a.minutes },
              { name: "summary", label: "Summary", current: a.summary },
              {
                name: "withFamily",
                label: "With the family",
                options: YES_NO,
                current: String(a.withFamily),
                toValue: (v) => v === "true",
              },
              {
                name: "consentId",
                label: "Consent relied on (not with the family)",
                options: consentChoices(props.consents),
                current: a.consentId,
              },
            ]}
            onSubmit={(changes, reason) => correctActivity({ variables: { input: { activityId: a.id, ...changes, reason } } })}
            onDone={props.onDone}
          />
          <Button
            variant="quiet"
            onClick={() => setVoiding(true)}
            aria-label={`Void as entered in error: ${activityKindLabels[a.kind]}, ${dateTime.format(new Date(a.occurredAt))}`}
          >
            Void as entered in error
          </Button>
        </div>
      ) : null}
      {voiding ? (
        <form onSubmit={submit} noValidate className="stack-tight" aria-label="Void this entry">
          {form.failure ? (
            <Alert tone="error" live="alert" title="Not voided">
              <p>{form.failure.message}</p>
            </Alert>
          ) : null}
          <Field
            id={`void-reason-${a.id}`}
            label="Why is it void?"
            hint="For example: logged twice."
            error={form.errorFor(`void-reason-${a.id}`)}
          >
            {(c) => <input {...c} className="input" value={reason} onChange={(e) => setReason(e.currentTarget.value)} />}
          </Field>
          <div className="button-row">
            <Button type="submit" disabled={loading}>
              Void the entry
            </Button>
            <Button variant="quiet" onClick={() => setVoiding(false)}>
              Cancel
            </Button>
          </div>
        </form>
      ) : null}
    </div>
  );
}

function MergeItem(props: {
  keepId: string;
  duplicate: { personId: string; fullName?: string | null; matchedOn: string; referralCount: number };
  onDone: () => void;
}) {
  const d = props.duplicate;
  const [merge, { loading, error }] = useMutation(MergePeopleDocument);
  return (
    <div className="stack-tight" data-testid="duplicate">
      <p>
        <strong>{d.fullName ?? "Erased"}</strong>, {d.referralCount} referral{d.referralCount === 1 ? "" : "s"}; same {d.matchedOn}.
      </p>
      {error ? (
        <Alert tone="error" live="alert" title="Not merged">
          <p>{error.message}</p>
        </Alert>
      ) : null}
      <Button
        variant="secondary"
        disabled={loading}
        onClick={async () => {
          await merge({ variables: { input: { keepPersonId: props.keepId, mergePersonId: d.personId, reason: `Same ${d.matchedOn}` } } });
          announce(`Merged: ${d.referralCount} referral(s) moved to this record.`);
          props.onDone();
        }}
      >
        Merge into this record
      </Button>
    </div>
  );
}

type ReferralView = {
  id: string;
  reference: string;
  receivedAt: string;
  channel: keyof typeof referralChannelLabels;
  childName?: string | null;
  childDateOfBirth?: string | null;
};

/** An instant as a datetime-local field shows it: the browser's own time zone, to the minute. */
function localInput(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Corrections of a referral's child and of the referral itself, its time received included (decisions 043, 046). */
function ReferralCorrections(props: { referral: ReferralView; onDone: () => void }) {
  const r = props.referral;
  const [correctChild] = useMutation(CorrectChildDocument);
  const [correctReferral] = useMutation(CorrectReferralDocument);
  return (
    <div className="button-row">
      <CorrectionForm
        idPrefix={`child-${r.id}`}
        title={`Correct the child's details on ${r.reference}`}
        openLabel="Correct child's details"
        openAriaLabel={`Correct child's details on ${r.reference}`}
        fields={[
          { name: "fullName", label: "Child's name", current: r.childName },
          { name: "dateOfBirth", label: "Date of birth", type: "date", current: r.childDateOfBirth },
        ]}
        onSubmit={(changes, reason) => correctChild({ variables: { input: { referralId: r.id, ...changes, reason } } })}
        onDone={props.onDone}
      />
      <CorrectionForm
        idPrefix={`referral-${r.id}`}
        title={`Correct referral ${r.reference}`}
        openLabel="Correct referral"
        openAriaLabel={`Correct referral ${r.reference}`}
        fields={[
          { name: "channel", label: "How it reached us", options: referralChannelLabels, current: r.channel },
          {
            name: "receivedAt",
            label: "When it reached us",
            type: "datetime-local",
            current: localInput(r.receivedAt),
            toValue: (v) => new Date(v).toISOString(),
          },
        ]}
        onSubmit={(changes, reason) => correctReferral({ variables: { input: { referralId: r.id, ...changes, reason } } })}
        onDone={props.onDone}
      />
    </div>
  );
}

type ConsentView = { id: string; partyName: string; reviewOn: string; granted: boolean; givenOn: string };

function ConsentCorrection(props: { consent: ConsentView; onDone: () => void }) {
  const c = props.consent;
  const [correct] = useMutation(CorrectConsentDocument);
  return (
    <CorrectionForm
      idPrefix={`consent-${c.id}`}
      title={`Correct the consent for ${c.partyName}`}
      openLabel="Correct"
      openAriaLabel={`Correct the consent for ${c.partyName}`}
      fields={[
        { name: "partyName", label: "Party", current: c.partyName },
        { name: "reviewOn", label: "Review date", type: "date", current: c.reviewOn },
      ]}
      onSubmit={(changes, reason) => correct({ variables: { input: { consentId: c.id, ...changes, reason } } })}
      onDone={props.onDone}
    />
  );
}

type KeyDateView = {
  id: string;
  kind: keyof typeof keyDateKindLabels;
  on: string;
  notes?: string | null;
  derived: boolean;
  voided: boolean;
  voidReason?: string | null;
};

/** A key date: corrected (its statutory dates worked out again) or voided as entered in error. */
function KeyDateItem(props: { keyDate: KeyDateView; editable: boolean; onDone: () => void }) {
  const k = props.keyDate;
  const label = `${keyDateKindLabels[k.kind]} ${formatDay(k.on)}`;
  const [correct] = useMutation(CorrectKeyDateDocument);
  const [voidIt] = useMutation(VoidKeyDateDocument);
  return (
    <>
      <span>
        {k.voided ? (
          <span className="tag" data-tone="neutral">
            Voided
          </span>
        ) : null}{" "}
        {keyDateKindLabels[k.kind]}: {formatDay(k.on)}
        {k.derived ? <span className="muted"> (worked out)</span> : null}
      </span>
      {k.voided && k.voidReason ? <span className="muted">Void: {k.voidReason}</span> : null}
      {props.editable && !k.voided && !k.derived ? (
        <div className="button-row">
          <CorrectionForm
            idPrefix={`key-date-${k.id}`}
            title={`Correct ${label}`}
            openLabel="Correct"
            openAriaLabel={`Correct ${label}`}
            fields={[{ name: "on", label: "Date", type: "date", current: k.on }]}
            onSubmit={(changes, reason) => correct({ variables: { input: { keyDateId: k.id, ...changes, reason } } })}
            onDone={props.onDone}
          />
          <VoidForm
            idPrefix={`void-key-date-${k.id}`}
            what={label}
            onSubmit={(reason) => voidIt({ variables: { input: { keyDateId: k.id, reason } } })}
            onDone={props.onDone}
          />
        </div>
      ) : null}
    </>
  );
}

function VoidForm(props: { idPrefix: string; what: string; onSubmit: (reason: string) => Promise<unknown>; onDone: () => void }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const field = `${props.idPrefix}-reason`;
  const form = useFormProblems({ fields: { reason: field } });
  if (!open)
    return (
      <Button variant="quiet" onClick={() => setOpen(true)} aria-label={`Void as entered in error: ${props.what}`}>
        Void as entered in error
      </Button>
    );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!form.check(reason.trim() ? [] : [{ field, message: "Say why the entry is void" }])) return;
    try {
      await props.onSubmit(reason.trim());
      announce("Voided. It is kept for audit and left out of the timeline and statistics.");
      setOpen(false);
      props.onDone();
    } catch (error) {
      form.fromServer(error);
    }
  };
  return (
    <form onSubmit={submit} noValidate className="stack-tight" aria-label={`Void ${props.what}`}>
      {form.failure ? (
        <Alert tone="error" live="alert" title="Not voided">
          <p>{form.failure.message}</p>
        </Alert>
      ) : null}
      <Field id={field} label="Why is it void?" error={form.errorFor(field)}>
        {(c) => <input {...c} className="input" value={reason} onChange={(e) => setReason(e.currentTarget.value)} />}
      </Field>
      <div className="button-row">
        <Button type="submit">Void</Button>
        <Button variant="quiet" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
