import { useQuery, useSubscription } from "@apollo/client/react";
import { useState } from "react";
import { Link } from "../lib/router";
import { graphql } from "../gql";
import { AllocationAssignedDocument } from "../features/allocation/allocation-assigned";
import { AllocationPanel } from "../features/allocation/allocation-panel";
import { AllocationStatus } from "../features/allocation/allocation-status";
import { ReferralSummary } from "../features/triage/referral-detail";
import { TriageForm } from "../features/triage/triage-form";
import { TriageQueueChangedDocument } from "../features/triage/triage-queue";
import { Alert } from "../ui/alert";
import { PageHeader } from "../ui/page-header";
import { useDocumentTitle } from "../ui/document-title";

const ReferralDocument = graphql(`
  query Referral($id: ID!) {
    referral(id: $id) {
      id
      reference
      status
      eligibility
      level
      caseId
      child {
        fullName
      }
      contact {
        fullName
      }
      ...ReferralSummary
      ...TriageForm
    }
  }
`);

const AllocatedCaseDocument = graphql(`
  query AllocatedCase($id: ID!) {
    case(id: $id) {
      id
      currentAllocation {
        id
        ...AllocationStatus
      }
    }
  }
`);

export function ReferralRoute(props: { id: string }) {
  const { data, error, loading } = useQuery(ReferralDocument, { variables: { id: props.id } });
  const [saved, setSaved] = useState<{ title: string; body: string } | null>(null);
  const [caseId, setCaseId] = useState<string | null>(null);
  // Both streams write into Apollo's cache: the countdown stops and "Accepted" appears by themselves.
  useSubscription(TriageQueueChangedDocument);
  useSubscription(AllocationAssignedDocument);
  const r = data?.referral;
  // Just allocated here, or allocated before (after a reload, or by another manager).
  const openCaseId = caseId ?? r?.caseId ?? null;
  const allocated = useQuery(AllocatedCaseDocument, { variables: { id: openCaseId ?? "" }, skip: !openCaseId });
  useDocumentTitle(r ? `Referral ${r.reference}` : "Referral");
  const current = allocated.data?.case.currentAllocation;
  const canAllocate = r && r.eligibility === "ELIGIBLE" && (r.status === "TRIAGED" || r.status === "POOLED");

  return (
    <>
      <p>
        <Link to="/triage">← Back to the triage queue</Link>
      </p>
      {r ? (
        <>
          <PageHeader
            title={`${r.child?.fullName ?? "Referral"} · ${r.reference}`}
            description={r.contact?.fullName ? `Contact: ${r.contact.fullName}` : undefined}
          />
          {saved ? (
            <Alert tone="success" live="status" title={saved.title}>
              <p>{saved.body}</p>
            </Alert>
          ) : null}
          <div className="two-column" style={{ marginTop: saved ? "1.25rem" : undefined }}>
            <ReferralSummary referral={r} />
            <div className="stack">
              {current ? <AllocationStatus allocation={current} /> : null}
              {r.status === "NEW" || r.status === "TRIAGED" || r.status === "POOLED" ? (
                <TriageForm
                  referral={r}
                  onDone={(eligible) =>
                    setSaved(
                      eligible
                        ? { title: "Triage decision saved", body: "It stays in the queue, ready to allocate." }
                        : { title: "Triage decision saved", body: "It is closed as signposted and has left the queue." },
                    )
                  }
                />
              ) : !current ? (
                <Alert tone="info" title="Already decided">
                  <p>This referral is no longer in the triage queue ({r.status === "ALLOCATED" ? "allocated" : r.status.toLowerCase()}).</p>
                </Alert>
              ) : null}
              {canAllocate ? (
                <AllocationPanel
                  referralId={r.id}
                  reference={r.reference}
                  level={r.level}
                  pooled={r.status === "POOLED"}
                  onAllocated={(allocation) => {
                    setCaseId(allocation.caseId);
                    setSaved({
                      title: `Allocated to ${allocation.staffDisplayName}`,
                      body: "They have been told straight away. You will see here when they accept it.",
                    });
                  }}
                  onPublished={() =>
                    setSaved({ title: "Published to the pool", body: "Eligible staff can now claim it. The first claim wins." })
                  }
                />
              ) : r.status === "NEW" ? (
                <section className="card" aria-labelledby="allocation-later">
                  <h2 id="allocation-later">Allocation</h2>
                  <p className="muted">Record the triage decision first. Staff you can allocate to will then be listed here.</p>
                </section>
              ) : null}
            </div>
          </div>
        </>
      ) : error ? (
        <Alert tone="error" live="alert" title="This referral could not be opened">
          <p>It may have been removed, or the address is wrong.</p>
        </Alert>
      ) : loading ? (
        <p role="status">Loading the referral…</p>
      ) : null}
    </>
  );
}
