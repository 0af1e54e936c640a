import { useMutation } from "@apollo/client/react";
import { useState, type FormEvent, type ReactNode } from "react";
import { graphql } from "../../gql";
import type { ConflictKind, TrainingKind } from "../../gql/graphql";
import { conflictKindLabels, conflictKindValues, trainingKindLabels, trainingKindValues } from "../../gql/labels";
import { announce } from "../../lib/announce";
import { useFormProblems, type FieldProblem } from "../../lib/form-problems";
import { Alert, ErrorSummary } from "../../ui/alert";
import { Button } from "../../ui/button";
import { Field } from "../../ui/field";

const RecordDbsDocument = graphql(`
  mutation RecordDbs($id: ID!, $input: StaffComplianceInput!) {
    recordStaffCompliance(staffId: $id, input: $input) {
      id
    }
  }
`);
const RecordTrainingDocument = graphql(`
  mutation RecordTraining($id: ID!, $input: StaffTrainingInput!) {
    recordStaffTraining(staffId: $id, input: $input) {
      id
    }
  }
`);
const RecordAppraisalDocument = graphql(`
  mutation RecordStaffAppraisal($id: ID!, $input: AppraisalInput!) {
    recordStaffAppraisal(staffId: $id, input: $input) {
      staffId
    }
  }
`);
const DeclareConflictDocument = graphql(`
  mutation DeclareStaffConflict($id: ID!, $input: ConflictInput!) {
    declareConflict(staffId: $id, input: $input) {
      id
    }
  }
`);
const WithdrawConflictDocument = graphql(`
  mutation WithdrawStaffConflict($id: ID!, $input: WithdrawConflictInput!) {
    withdrawConflict(conflictId: $id, input: $input) {
      id
      withdrawnOn
    }
  }
`);

/** Someone the forms may name: an appraiser or a colleague in a declaration. */
export type Colleague = { id: string; name: string; role: string };

// Every change here shows on the list (and the issues it computes) at once.
const refetchQueries = ["ComplianceList"];

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
};

function DateInput(props: { id: string; label: string; hint?: string; value: string; onChange: (v: string) => void; error?: string }) {
  return (
    <Field id={props.id} label={props.label} hint={props.hint} error={props.error}>
      {(c) => <input {...c} type="date" className="input" value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)} />}
    </Field>
  );
}

function TextInput(props: { id: string; label: string; hint?: string; value: string; onChange: (v: string) => void; error?: string }) {
  return (
    <Field id={props.id} label={props.label} hint={props.hint} error={props.error}>
      {(c) => <input {...c} className="input" value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)} />}
    </Field>
  );
}

function Check(props: { id: string; label: string; checked: boolean; onChange: (v: boolean) => void }) {
  return (
    <div className="choice">
      <input id={props.id} type="checkbox" checked={props.checked} onChange={(e) => props.onChange(e.currentTarget.checked)} />
      <label htmlFor={props.id}>{props.label}</label>
    </div>
  );
}

function FormShell(props: {
  label: string;
  failure: { message: string } | null;
  summary: Parameters<typeof ErrorSummary>[0];
  onSubmit: (e: FormEvent) => void;
  loading: boolean;
  submit: string;
  children: ReactNode;
}) {
  return (
    <form onSubmit={props.onSubmit} noValidate className="stack-tight" aria-label={props.label}>
      <h4>{props.label}</h4>
      <ErrorSummary {...props.summary} />
      {props.failure ? (
        <Alert tone="error" live="alert" title={`${props.label}: not saved`}>
          <p>{props.failure.message}</p>
        </Alert>
      ) : null}
      {props.children}
      <Button type="submit" variant="secondary" disabled={props.loading}>
        {props.submit}
      </Button>
    </form>
  );
}

type DbsRecord = {
  dbsEnhanced: boolean;
  dbsCheckedOn?: string | null;
  dbsRenewalDueOn?: string | null;
  dbsBarredListChecked: boolean;
  dbsBarredListCheckedOn?: string | null;
  dbsUpdateService: boolean;
  dbsUpdateServiceRenewalOn?: string | null;
  dbsEvidenceRef?: string | null;
  confidentialitySignedOn?: string | null;
};

/** The enhanced DBS check (barred list, update service, evidence) and the signed confidentiality policy, as they stand now. */
export function DbsForm(props: { staffId: string; record: DbsRecord }) {
  const r = props.record;
  const p = `${props.staffId}-dbs`;
  const ids = {
    dbsCheckedOn: `${p}-checked-on`,
    dbsRenewalDueOn: `${p}-renewal`,
    barredListCheckedOn: `${p}-barred-on`,
    barredListChecked: `${p}-barred`,
    updateServiceRenewalOn: `${p}-update-renewal`,
    evidenceRef: `${p}-evidence`,
    confidentialitySignedOn: `${p}-confidentiality`,
  };
  const [v, setV] = useState({
    dbsEnhanced: r.dbsEnhanced,
    dbsCheckedOn: r.dbsCheckedOn ?? "",
    dbsRenewalDueOn: r.dbsRenewalDueOn ?? "",
    barredListChecked: r.dbsBarredListChecked,
    barredListCheckedOn: r.dbsBarredListCheckedOn ?? "",
    updateService: r.dbsUpdateService,
    updateServiceRenewalOn: r.dbsUpdateServiceRenewalOn ?? "",
    evidenceRef: r.dbsEvidenceRef ?? "",
    confidentialitySignedOn: r.confidentialitySignedOn ?? "",
  });
  const set =
    <K extends keyof typeof v>(k: K) =>
    (value: (typeof v)[K]) =>
      setV((old) => ({ ...old, [k]: value }));
  const form = useFormProblems({ fields: ids });
  const [save, { loading }] = useMutation(RecordDbsDocument, { refetchQueries });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!form.check([])) return;
    const orNull = (s: string) => s || null;
    try {
      await save({
        variables: {
          id: props.staffId,
          input: {
            dbsEnhanced: v.dbsEnhanced,
            dbsCheckedOn: orNull(v.dbsCheckedOn),
            dbsRenewalDueOn: orNull(v.dbsRenewalDueOn),
            barredListChecked: v.barredListChecked,
            barredListCheckedOn: orNull(v.barredListCheckedOn),
            updateService: v.updateService,
            updateServiceRenewalOn: orNull(v.updateServiceRenewalOn),
            evidenceRef: orNull(v.evidenceRef),
            confidentialitySignedOn: orNull(v.confidentialitySignedOn),
          },
        },
      });
      announce("DBS check and confidentiality policy saved.");
    } catch (error) {
      form.fromServer(error);
    }
  };
  return (
    <FormShell label="DBS check and confidentiality" {...form} onSubmit={submit} loading={loading} submit="Save DBS and confidentiality">
      <Check id={`${p}-enhanced`} label="Enhanced DBS check on record" checked={v.dbsEnhanced} onChange={set("dbsEnhanced")} />
      <div className="field-pair">
        <DateInput
          id={ids.dbsCheckedOn}
          label="Certificate date"
          value={v.dbsCheckedOn}
          onChange={set("dbsCheckedOn")}
          error={form.errorFor(ids.dbsCheckedOn)}
        />
        <DateInput
          id={ids.dbsRenewalDueOn}
          label="Renewal due"
          value={v.dbsRenewalDueOn}
          onChange={set("dbsRenewalDueOn")}
          error={form.errorFor(ids.dbsRenewalDueOn)}
        />
      </div>
      <Check
        id={ids.barredListChecked}
        label="Children’s barred list checked"
        checked={v.barredListChecked}
        onChange={set("barredListChecked")}
      />
      <DateInput
        id={ids.barredListCheckedOn}
        label="Barred list checked on"
        value={v.barredListCheckedOn}
        onChange={set("barredListCheckedOn")}
        error={form.errorFor(ids.barredListCheckedOn)}
      />
      <Check id={`${p}-update`} label="Subscribed to the DBS update service" checked={v.updateService} onChange={set("updateService")} />
      <DateInput
        id={ids.updateServiceRenewalOn}
        label="Update service renews on"
        value={v.updateServiceRenewalOn}
        onChange={set("updateServiceRenewalOn")}
        error={form.errorFor(ids.updateServiceRenewalOn)}
      />
      <TextInput
        id={ids.evidenceRef}
        label="Evidence reference"
        hint="A certificate number or where the record is filed, never the certificate itself."
        value={v.evidenceRef}
        onChange={set("evidenceRef")}
        error={form.errorFor(ids.evidenceRef)}
      />
      <DateInput
        id={ids.confidentialitySignedOn}
        label="Confidentiality policy signed on"
        value={v.confidentialitySignedOn}
        onChange={set("confidentialitySignedOn")}
        error={form.errorFor(ids.confidentialitySignedOn)}
      />
    </FormShell>
  );
}

/** Training completed: IPSEA levels, induction, safeguarding (with its expiry), observation before lone casework. */
export function TrainingForm(props: { staffId: string }) {
  const p = `${props.staffId}-training`;
  const ids = { kind: `${p}-kind`, completedOn: `${p}-completed`, expiresOn: `${p}-expires`, evidenceRef: `${p}-evidence` };
  const [kind, setKind] = useState<TrainingKind | "">("");
  const [completedOn, setCompletedOn] = useState("");
  const [expiresOn, setExpiresOn] = useState("");
  const [evidenceRef, setEvidenceRef] = useState("");
  const form = useFormProblems({ fields: ids });
  const [save, { loading }] = useMutation(RecordTrainingDocument, { refetchQueries });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldProblem[] = [];
    if (!kind) found.push({ field: ids.kind, message: "Choose the training" });
    if (!completedOn) found.push({ field: ids.completedOn, message: "Enter the date it was completed" });
    if (!form.check(found) || !kind) return;
    try {
      await save({
        variables: { id: props.staffId, input: { kind, completedOn, expiresOn: expiresOn || null, evidenceRef: evidenceRef || null } },
      });
      announce(`${trainingKindLabels[kind]} recorded.`);
      setKind("");
      setCompletedOn("");
      setExpiresOn("");
      setEvidenceRef("");
    } catch (error) {
      form.fromServer(error);
    }
  };
  return (
    <FormShell label="Training" {...form} onSubmit={submit} loading={loading} submit="Record training">
      <Field id={ids.kind} label="Training" error={form.errorFor(ids.kind)}>
        {(c) => (
          <select {...c} className="select" value={kind} onChange={(e) => setKind(e.currentTarget.value as TrainingKind)}>
            <Options choices={trainingKindValues.map((k) => ({ value: k, label: trainingKindLabels[k] }))} />
          </select>
        )}
      </Field>
      <div className="field-pair">
        <DateInput
          id={ids.completedOn}
          label="Completed on"
          value={completedOn}
          onChange={setCompletedOn}
          error={form.errorFor(ids.completedOn)}
        />
        <DateInput
          id={ids.expiresOn}
          label="Expires on"
          hint="Safeguarding training expires."
          value={expiresOn}
          onChange={setExpiresOn}
          error={form.errorFor(ids.expiresOn)}
        />
      </div>
      <TextInput
        id={ids.evidenceRef}
        label="Evidence reference"
        value={evidenceRef}
        onChange={setEvidenceRef}
        error={form.errorFor(ids.evidenceRef)}
      />
    </FormShell>
  );
}

/** A quarterly appraisal: when, and which manager or administrator held it. */
export function AppraisalForm(props: { staffId: string; appraisers: Colleague[] }) {
  const p = `${props.staffId}-appraisal`;
  const ids = { heldOn: `${p}-held`, appraiserId: `${p}-by`, evidenceRef: `${p}-evidence` };
  const [heldOn, setHeldOn] = useState("");
  const [appraiserId, setAppraiserId] = useState("");
  const [evidenceRef, setEvidenceRef] = useState("");
  const form = useFormProblems({ fields: ids });
  const [save, { loading }] = useMutation(RecordAppraisalDocument, { refetchQueries });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldProblem[] = [];
    if (!heldOn) found.push({ field: ids.heldOn, message: "Enter the date of the appraisal" });
    if (!appraiserId) found.push({ field: ids.appraiserId, message: "Choose who held it" });
    if (!form.check(found)) return;
    try {
      await save({ variables: { id: props.staffId, input: { heldOn, appraiserId, evidenceRef: evidenceRef || null } } });
      announce("Appraisal recorded.");
      setHeldOn("");
      setEvidenceRef("");
    } catch (error) {
      form.fromServer(error);
    }
  };
  return (
    <FormShell label="Appraisal" {...form} onSubmit={submit} loading={loading} submit="Record appraisal">
      <div className="field-pair">
        <DateInput id={ids.heldOn} label="Held on" value={heldOn} onChange={setHeldOn} error={form.errorFor(ids.heldOn)} />
        <Field id={ids.appraiserId} label="Held by" error={form.errorFor(ids.appraiserId)}>
          {(c) => (
            <select {...c} className="select" value={appraiserId} onChange={(e) => setAppraiserId(e.currentTarget.value)}>
              <Options choices={props.appraisers.map((a) => ({ value: a.id, label: a.name }))} />
            </select>
          )}
        </Field>
      </div>
      <TextInput
        id={ids.evidenceRef}
        label="Evidence reference"
        value={evidenceRef}
        onChange={setEvidenceRef}
        error={form.errorFor(ids.evidenceRef)}
      />
    </FormShell>
  );
}

/** A conflict-of-interest declaration of any kind the policy names; a person needs a second identifier. */
export function ConflictForm(props: { staffId: string; colleagues: Colleague[] }) {
  const p = `${props.staffId}-conflict`;
  const ids = {
    kind: `${p}-kind`,
    subject: `${p}-subject`,
    dateOfBirth: `${p}-dob`,
    postcode: `${p}-postcode`,
    colleagueId: `${p}-colleague`,
    declaredOn: `${p}-declared`,
    notes: `${p}-notes`,
  };
  const [kind, setKind] = useState<ConflictKind | "">("");
  const [subject, setSubject] = useState("");
  const [dateOfBirth, setDateOfBirth] = useState("");
  const [postcode, setPostcode] = useState("");
  const [colleagueId, setColleagueId] = useState("");
  const [declaredOn, setDeclaredOn] = useState(today());
  const form = useFormProblems({ fields: ids });
  const [save, { loading }] = useMutation(DeclareConflictDocument, { refetchQueries });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldProblem[] = [];
    if (!kind) found.push({ field: ids.kind, message: "Choose what the conflict is with" });
    if (!form.check(found) || !kind) return;
    try {
      await save({
        variables: {
          id: props.staffId,
          input: {
            kind,
            subject: kind === "COLLEAGUE" ? null : subject || null,
            dateOfBirth: kind === "FAMILY" ? dateOfBirth || null : null,
            postcode: kind === "FAMILY" ? postcode || null : null,
            colleagueId: kind === "COLLEAGUE" ? colleagueId || null : null,
            declaredOn,
          },
        },
      });
      announce("Conflict of interest recorded.");
      setKind("");
      setSubject("");
      setDateOfBirth("");
      setPostcode("");
      setColleagueId("");
    } catch (error) {
      form.fromServer(error);
    }
  };
  return (
    <FormShell label="Conflict of interest" {...form} onSubmit={submit} loading={loading} submit="Record declaration">
      <Field id={ids.kind} label="The conflict is with" error={form.errorFor(ids.kind)}>
        {(c) => (
          <select {...c} className="select" value={kind} onChange={(e) => setKind(e.currentTarget.value as ConflictKind)}>
            <Options choices={conflictKindValues.map((k) => ({ value: k, label: conflictKindLabels[k] }))} />
          </select>
        )}
      </Field>
      {kind === "COLLEAGUE" ? (
        <Field id={ids.colleagueId} label="Colleague" error={form.errorFor(ids.colleagueId)}>
          {(c) => (
            <select {...c} className="select" value={colleagueId} onChange={(e) => setColleagueId(e.currentTarget.value)}>
              <Options choices={props.colleagues.map((a) => ({ value: a.id, label: a.name }))} />
            </select>
          )}
        </Field>
      ) : kind ? (
        <TextInput
          id={ids.subject}
          label={kind === "FAMILY" ? "Person’s full name" : "Name of the setting, group or agency"}
          value={subject}
          onChange={setSubject}
          error={form.errorFor(ids.subject)}
        />
      ) : null}
      {kind === "FAMILY" ? (
        <div className="field-pair">
          <DateInput
            id={ids.dateOfBirth}
            label="Date of birth"
            hint="Their date of birth or postcode, so the declaration names one family."
            value={dateOfBirth}
            onChange={setDateOfBirth}
            error={form.errorFor(ids.dateOfBirth)}
          />
          <TextInput id={ids.postcode} label="Postcode" value={postcode} onChange={setPostcode} error={form.errorFor(ids.postcode)} />
        </div>
      ) : null}
      <DateInput
        id={ids.declaredOn}
        label="Declared on"
        value={declaredOn}
        onChange={setDeclaredOn}
        error={form.errorFor(ids.declaredOn)}
      />
    </FormShell>
  );
}

/** Withdraw a declaration from today: it stays on record and stops blocking allocation. */
export function WithdrawConflict(props: { id: string; subject: string }) {
  const [withdraw, { loading, error }] = useMutation(WithdrawConflictDocument, { refetchQueries });
  return (
    <>
      {" "}
      <Button
        variant="quiet"
        disabled={loading}
        aria-label={`Withdraw the declaration about ${props.subject}`}
        onClick={() => {
          void withdraw({ variables: { id: props.id, input: { withdrawnOn: today() } } }).then(
            () => announce(`Declaration about ${props.subject} withdrawn.`),
            () => {},
          );
        }}
      >
        Withdraw
      </Button>
      {error ? (
        <Alert tone="error" live="alert" title="Not withdrawn">
          <p>{error.message}</p>
        </Alert>
      ) : null}
    </>
  );
}

/** A select's options: "Choose…" (nothing chosen yet), then each choice. */
function Options(props: { choices: { value: string; label: string }[] }) {
  return (
    <>
      <option value="">Choose…</option>
      {props.choices.map((c) => (
        <option key={c.value} value={c.value}>
          {c.label}
        </option>
      ))}
    </>
  );
}
