import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { dateTime } from "../../ui/format";
import { activityKindLabels } from "../../gql/labels";
import { ActivityExpenseForm, expenseSummary } from "./activity-expense-form";

export const ActivityItemFragment = graphql(`
  fragment ActivityItem on Activity {
    id
    kind
    occurredAt
    minutes
    summary
    withFamily
    partyName
    staffDisplayName
    viewerMayClaimExpense
    expense {
      id
      miles
      amountPence
      note
    }
  }
`);

export function Timeline(props: { activities: FragmentType<typeof ActivityItemFragment>[] }) {
  const items = getFragmentData(ActivityItemFragment, props.activities);
  return (
    <section className="card" aria-labelledby="case-timeline">
      <h2 id="case-timeline">Timeline</h2>
      {items.length ? (
        <ol className="timeline" data-testid="timeline">
          {items.map((a) => (
            <li key={a.id} data-testid="timeline-item">
              <span className="timeline-when">{dateTime.format(new Date(a.occurredAt))}</span>
              <span className="cell-title">{activityKindLabels[a.kind]}</span>
              {a.withFamily ? (
                <>
                  {" "}
                  <span className="tag" data-tone="ok">
                    With the family
                  </span>
                </>
              ) : a.partyName ? (
                <>
                  {" "}
                  <span className="tag" data-tone="neutral">
                    With {a.partyName}
                  </span>
                </>
              ) : null}
              <span className="cell-sub">
                {a.staffDisplayName} · {a.minutes} min
              </span>
              {a.summary ? <p className="timeline-summary">{a.summary}</p> : null}
              {a.expense ? <span className="cell-sub">Expenses: {expenseSummary(a.expense)}</span> : null}
              {a.viewerMayClaimExpense ? (
                <details className="disclosure" data-testid="activity-expenses">
                  <summary>{a.expense ? "Correct mileage and expenses" : "Add mileage and expenses"}</summary>
                  <div className="disclosure-body">
                    <ActivityExpenseForm activityId={a.id} expense={a.expense ?? null} />
                  </div>
                </details>
              ) : null}
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">Nothing recorded yet.</p>
      )}
    </section>
  );
}
