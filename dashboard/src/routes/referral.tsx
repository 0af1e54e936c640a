import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { Link } from "../app/router";
import { graphql } from "../gql";
import { ReferralSummary } from "../features/triage/referral-detail";
import { TriageForm } from "../features/triage/triage-form";
import { Alert } from "../ui/alert";
import { PageHeader } from "../ui/page-header";
import { Placeholder } from "../ui/placeholder";
import { useDocumentTitle } from "../ui/document-title";

const ReferralDocument = graphql(`
  query Referral($id: ID!) {
    referral(id: $id) {
      ...ReferralDetail
    }
  }
`);

export function ReferralRoute(props: { id: string }) {
  const { data, error, loading } = useQuery(ReferralDocument, { variables: { id: props.id } });
  const [saved, setSaved] = useState<string | null>(null);
  const r = data?.referral;
  useDocumentTitle(r ? `Referral ${r.reference}` : "Referral");

  return (
    <>
      <p><Link to="/triage">← Back to the triage queue</Link></p>
      {r ? (
        <>
          <PageHeader
            title={`${r.child?.fullName ?? "Referral"} · ${r.reference}`}
            description={r.contact?.fullName ? `Contact: ${r.contact.fullName}` : undefined}
          />
          {saved ? <Alert tone="success" live="status" title="Triage decision saved"><p>{saved}</p></Alert> : null}
          <div className="two-column">
            <ReferralSummary referral={r} />
            <div className="stack">
              {r.status === "NEW" || r.status === "TRIAGED" || r.status === "POOLED" ? (
                <TriageForm
                  referral={r}
                  onDone={(eligible) =>
                    setSaved(eligible ? "It stays in the queue, ready to allocate." : "It is closed as signposted and has left the queue.")
                  }
                />
              ) : (
                <Alert tone="info" title="Already decided"><p>This referral is no longer in the triage queue.</p></Alert>
              )}
              <Placeholder title="Allocation">
                <p>Staff with their caseload, capacity and any reason they cannot take this referral will be listed here once the allocation API exists.</p>
              </Placeholder>
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
