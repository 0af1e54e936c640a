import { useQuery } from "@apollo/client/react";
import { graphql } from "../gql";
import { referralStatusLabels } from "../gql/labels";
import { Link } from "../lib/router";
import { ReferralSummary } from "../features/triage/referral-detail";
import { ReferralLetters } from "../features/letters/send-letter-form";
import { Alert } from "../ui/alert";
import { PageHeader } from "../ui/page-header";
import { useDocumentTitle } from "../ui/document-title";

const IntakeReferralDocument = graphql(`
  query IntakeReferralView($id: ID!) {
    referral(id: $id) {
      id
      reference
      status
      ineligibleReason
      signposting
      personId
      child {
        fullName
      }
      contact {
        fullName
      }
      ...ReferralSummary
    }
  }
`);

/**
 * A referral as entered, for whoever entered it (and managers): what was recorded, where it stands, and
 * the letters that go before a case (an acknowledgement, the signposting letter; decision 048).
 */
export function IntakeReferralRoute(props: { id: string }) {
  const { data, error, loading } = useQuery(IntakeReferralDocument, { variables: { id: props.id } });
  const r = data?.referral;
  useDocumentTitle(r ? `Referral ${r.reference}` : "Referral");
  return (
    <>
      <p className="back-link">
        <Link to="/intake">← Back to new enquiry</Link>
      </p>
      {r ? (
        <>
          <PageHeader
            title={`${r.child?.fullName ?? r.contact?.fullName ?? "Referral"} · ${r.reference}`}
            description={`Status: ${referralStatusLabels[r.status]}`}
          />
          {r.signposting ? (
            <Alert tone="info" title="Not eligible: signposted">
              <p>{r.ineligibleReason}</p>
              <p>Signposted to: {r.signposting}</p>
            </Alert>
          ) : null}
          <ReferralSummary referral={r} />
          {r.personId ? <ReferralLetters referralId={r.id} /> : null}
        </>
      ) : error ? (
        <Alert tone="error" live="alert" title="This referral could not be opened">
          <p>{error.message}</p>
        </Alert>
      ) : loading ? (
        <p role="status">Loading the referral…</p>
      ) : null}
    </>
  );
}
