import { useQuery } from "@apollo/client/react";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { complianceItemLabels, complianceStateLabels, conflictKindLabels, staffRoleLabels, trainingKindLabels } from "../../gql/labels";
import { Alert } from "../../ui/alert";
import { AppraisalForm, ConflictForm, DbsForm, TrainingForm, WithdrawConflict, type Colleague } from "./compliance-forms";

export const ComplianceRecordFragment = graphql(`
  fragment ComplianceRecord on StaffComplianceRecord {
    staffId
    displayName
    role
    holdsCases
    dbsEnhanced
    dbsCheckedOn
    dbsRenewalDueOn
    dbsBarredListChecked
    dbsBarredListCheckedOn
    dbsUpdateService
    dbsUpdateServiceRenewalOn
    dbsEvidenceRef
    confidentialitySignedOn
    appraisalDueOn
    training {
      kind
      completedOn
      expiresOn
      evidenceRef
    }
    appraisals {
      id
      heldOn
      appraiserName
    }
    conflicts {
      id
      kind
      subject
      dateOfBirth
      postcode
      declaredOn
      withdrawnOn
      matchedByNameAlone
    }
    issues {
      item
      state
      dueOn
      message
    }
  }
`);

export const ComplianceDocument = graphql(`
  query ComplianceList {
    staffCompliance {
      staffId
      displayName
      role
      ...ComplianceRecord
    }
    staffAccounts {
      canManage
    }
  }
`);

/** Each person's DBS, training, confidentiality, appraisals and declarations, and what is missing, expired or due. */
export function ComplianceList() {
  const { data, loading, error } = useQuery(ComplianceDocument);
  if (error)
    return (
      <Alert tone="error" live="alert" title="We could not load the compliance records">
        <p>{error.message}</p>
      </Alert>
    );
  if (!data) return <p role="status">{loading ? "Loading compliance records…" : "No records."}</p>;
  const people = data.staffCompliance;
  const colleagues: Colleague[] = people.map((p) => ({ id: p.staffId, name: p.displayName, role: p.role }));
  const canManageAccounts = data.staffAccounts.canManage;
  return (
    <section aria-labelledby="compliance-heading" className="stack-tight">
      <h2 id="compliance-heading">Staff ({people.length})</h2>
      <ul className="stack-tight" style={{ listStyle: "none", padding: 0 }}>
        {people.map((p) => (
          <ComplianceItem key={p.staffId} record={p} colleagues={colleagues} canManageAccounts={canManageAccounts} />
        ))}
      </ul>
    </section>
  );
}

const fmt = (d: string | null | undefined) => d ?? "—";

function ComplianceItem(props: {
  record: FragmentType<typeof ComplianceRecordFragment>;
  colleagues: Colleague[];
  canManageAccounts: boolean;
}) {
  const r = getFragmentData(ComplianceRecordFragment, props.record);
  const headingId = `compliance-${r.staffId}`;
  return (
    <li className="card stack-tight" aria-labelledby={headingId} data-testid="compliance-record">
      <h3 id={headingId}>
        {r.displayName} <span className="hint">· {staffRoleLabels[r.role]}</span>
      </h3>
      {r.issues.length ? (
        <div className="stack-tight">
          <p>
            <strong>{r.issues.length === 1 ? "1 thing needs attention" : `${r.issues.length} things need attention`}</strong>
          </p>
          <ul data-testid="compliance-issues">
            {r.issues.map((i) => (
              <li key={i.item}>
                <span className="tag" data-tone={i.state === "DUE_SOON" ? "warn" : "danger"}>
                  {complianceStateLabels[i.state]}
                </span>{" "}
                {complianceItemLabels[i.item]}: {i.message}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p data-testid="compliance-issues">Everything is on record and current.</p>
      )}
      <dl className="summary">
        <dt>Enhanced DBS</dt>
        <dd>
          {r.dbsEnhanced ? `Certificate ${fmt(r.dbsCheckedOn)}, renewal ${fmt(r.dbsRenewalDueOn)}` : "None on record"}
          {r.dbsEvidenceRef ? ` · evidence: ${r.dbsEvidenceRef}` : ""}
        </dd>
        <dt>Barred-list check</dt>
        <dd>{r.dbsBarredListChecked ? `Checked ${fmt(r.dbsBarredListCheckedOn)}` : "Not recorded"}</dd>
        <dt>DBS update service</dt>
        <dd>{r.dbsUpdateService ? `Subscribed, renews ${fmt(r.dbsUpdateServiceRenewalOn)}` : "Not subscribed"}</dd>
        <dt>Confidentiality policy</dt>
        <dd>{r.confidentialitySignedOn ? `Signed ${r.confidentialitySignedOn}` : "Not signed"}</dd>
        <dt>Training</dt>
        <dd>
          {r.training.length
            ? r.training
                .map((t) => `${trainingKindLabels[t.kind]} (${t.completedOn}${t.expiresOn ? `, expires ${t.expiresOn}` : ""})`)
                .join("; ")
            : "None on record"}
        </dd>
        {r.holdsCases ? (
          <>
            <dt>Appraisals</dt>
            <dd>
              {r.appraisals.length ? `Last ${r.appraisals[0]!.heldOn} by ${r.appraisals[0]!.appraiserName}` : "None yet"}
              {r.appraisalDueOn ? ` · next due ${r.appraisalDueOn}` : ""}
            </dd>
          </>
        ) : null}
        <dt>Conflicts of interest</dt>
        <dd>
          {r.conflicts.length ? (
            <ul>
              {r.conflicts.map((c) => (
                <li key={c.id}>
                  {conflictKindLabels[c.kind]}: {c.subject}
                  {c.dateOfBirth ? `, born ${c.dateOfBirth}` : ""}
                  {c.postcode ? `, ${c.postcode}` : ""} (declared {c.declaredOn}
                  {c.withdrawnOn ? `, withdrawn ${c.withdrawnOn}` : ""})
                  {c.matchedByNameAlone && !c.withdrawnOn ? (
                    <span className="tag" data-tone="warn">
                      Older declaration, matched by name alone: withdraw it and declare again with a date of birth or postcode
                    </span>
                  ) : null}
                  {c.withdrawnOn ? null : <WithdrawConflict id={c.id} subject={c.subject} />}
                </li>
              ))}
            </ul>
          ) : (
            "None declared"
          )}
        </dd>
      </dl>
      <details className="disclosure inline">
        <summary>Update {r.displayName}’s records</summary>
        <div className="disclosure-body stack">
          {props.canManageAccounts ? (
            <>
              <DbsForm staffId={r.staffId} record={r} />
              <TrainingForm staffId={r.staffId} />
            </>
          ) : (
            <p className="hint">DBS checks and training are recorded by the service’s administrator.</p>
          )}
          {r.holdsCases ? (
            <AppraisalForm
              staffId={r.staffId}
              appraisers={props.colleagues.filter((c) => c.id !== r.staffId && (c.role === "MANAGER" || c.role === "ADMIN"))}
            />
          ) : null}
          <ConflictForm staffId={r.staffId} colleagues={props.colleagues.filter((c) => c.id !== r.staffId)} />
        </div>
      </details>
    </li>
  );
}
