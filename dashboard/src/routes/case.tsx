import { useQuery } from "@apollo/client/react";
import { Link } from "../lib/router";
import { graphql } from "../gql";
import { CaseView } from "../features/casework/case-view";
import { CorrectionHistory } from "../features/records/correction-history";
import { Alert } from "../ui/alert";
import { PageHeader } from "../ui/page-header";
import { useDocumentTitle } from "../ui/document-title";

const CaseDocument = graphql(`
  query Case($id: ID!) {
    case(id: $id) {
      id
      referral {
        id
        reference
        child {
          fullName
        }
        contact {
          fullName
        }
      }
      ...CaseView
      corrections {
        ...CorrectionItem
      }
    }
  }
`);

export function CaseRoute(props: { id: string; back: { to: string; label: string } }) {
  const { data, error, loading } = useQuery(CaseDocument, { variables: { id: props.id } });
  const k = data?.case;
  useDocumentTitle(k ? `Case ${k.referral.reference}` : "Case");
  return (
    <>
      <p>
        <Link to={props.back.to}>← {props.back.label}</Link>
      </p>
      {k ? (
        <>
          <PageHeader
            title={`${k.referral.child?.fullName ?? "Case"} · ${k.referral.reference}`}
            description={k.referral.contact?.fullName ? `Contact: ${k.referral.contact.fullName}` : undefined}
          />
          <CaseView kase={k} />
          <section className="card stack-tight" aria-labelledby="case-corrections">
            <h2 id="case-corrections">History of corrections</h2>
            <p className="muted">
              Changes to this case&apos;s referral, child, key dates, activities and consents, with the values before and after. The
              contact&apos;s details are corrected on the family record.
            </p>
            <CorrectionHistory corrections={k.corrections} testId="case-corrections" />
          </section>
        </>
      ) : error ? (
        <Alert tone="error" live="alert" title="This case could not be opened">
          <p>It may not be allocated to you, or the address is wrong.</p>
        </Alert>
      ) : loading ? (
        <p role="status">Loading the case…</p>
      ) : null}
    </>
  );
}
