import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { Link } from "../../lib/router";

export const AllocationStatusFragment = graphql(`
  fragment AllocationStatus on Allocation {
    id
    caseId
    staffDisplayName
    acceptedAt
  }
`);

/** What the manager sees once a referral has someone: who, and whether they have picked it up. */
export function AllocationStatus(props: { allocation: FragmentType<typeof AllocationStatusFragment> }) {
  const a = getFragmentData(AllocationStatusFragment, props.allocation);
  return (
    <section className="card" aria-labelledby="allocated-heading" data-testid="allocation-status">
      <h2 id="allocated-heading">Allocated to {a.staffDisplayName}</h2>
      {a.acceptedAt ? (
        <p>
          <span className="tag" data-tone="ok">
            Accepted
          </span>{" "}
          {a.staffDisplayName} has picked it up.
        </p>
      ) : (
        <p>
          <span className="tag" data-tone="warn">
            Waiting
          </span>{" "}
          Waiting for {a.staffDisplayName} to accept it.
        </p>
      )}
      <p>
        <Link to={`/cases/${a.caseId}`}>Open the case</Link>
      </p>
    </section>
  );
}
