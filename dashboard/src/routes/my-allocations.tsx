import { useViewer } from "../features/auth/me";
import { MyAllocations, useMyAllocations } from "../features/allocation/my-allocations";
import { ReferralPool } from "../features/allocation/referral-pool";
import { dutiesByReferral } from "../features/overdue/duties";
import { OverdueList, useOverdue } from "../features/overdue/overdue-list";
import { PageHeader } from "../ui/page-header";
import { useDocumentTitle } from "../ui/document-title";

export function MyAllocationsRoute() {
  useDocumentTitle("My allocations");
  const me = useViewer();
  if (!me) return null;
  return <MyAllocationsScreen staffId={me.id} />;
}

/** The caseworker's day: their cases (with what is overdue on each), their overdue list, the pool. */
function MyAllocationsScreen(props: { staffId: string }) {
  const allocations = useMyAllocations(props.staffId);
  const overdue = useOverdue("MINE");
  return (
    <>
      <PageHeader
        title="My allocations"
        description="Your cases, newest first, with anything overdue on them. New ones appear the moment they are made."
      />
      <div className="stack">
        <MyAllocations allocations={allocations} duties={dutiesByReferral(overdue.duties)} />
        <section className="stack-tight" aria-labelledby="my-overdue-heading">
          <h2 id="my-overdue-heading">Overdue for you</h2>
          <OverdueList
            overdue={overdue}
            label="Overdue for you, most urgent first"
            showOwner={false}
            linkFor={(d) => {
              const caseId = d.referralId ? allocations.caseByReferral.get(d.referralId) : undefined;
              return caseId ? `/cases/${caseId}` : null;
            }}
            emptyText="Nothing of yours is overdue."
          />
        </section>
        <ReferralPool />
      </div>
    </>
  );
}
