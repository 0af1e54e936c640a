import { useViewer } from "../features/auth/me";
import { MyAllocations } from "../features/allocation/my-allocations";
import { ReferralPool } from "../features/allocation/referral-pool";
import { OverdueList } from "../features/overdue/overdue-list";
import { PageHeader } from "../ui/page-header";
import { useDocumentTitle } from "../ui/document-title";

export function MyAllocationsRoute() {
  useDocumentTitle("My allocations");
  const me = useViewer();
  if (!me) return null;
  return (
    <>
      <PageHeader
        title="My allocations"
        description="Referrals allocated to you, newest first. New ones appear here the moment they are made."
      />
      <div className="stack">
        <MyAllocations staffId={me.id} />
        <section className="stack" aria-labelledby="my-overdue-heading">
          <h2 id="my-overdue-heading">Overdue for you</h2>
          <OverdueList scope="MINE" linkReferrals={false} emptyText="Nothing of yours is overdue." />
        </section>
        <ReferralPool />
      </div>
    </>
  );
}
