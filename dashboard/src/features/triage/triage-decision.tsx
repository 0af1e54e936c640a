import type { ReactNode, Ref } from "react";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { Button } from "../../ui/button";
import { dateTime } from "../../ui/format";
import { eligibilityLabels } from "../../gql/labels";
import { computedPriority, levelLabel } from "./labels";

export const TriageDecisionFragment = graphql(`
  fragment TriageDecision on Referral {
    id
    eligibility
    level
    ineligibleReason
    signposting
    triageNotes
    triagedAt
    priority
    priorityOverride
    priorityOverrideReason
    priorityReasons {
      code
      weight
    }
  }
`);

function Row(props: { term: string; children: ReactNode }) {
  return (
    <div className="summary-row">
      <dt>{props.term}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}

/** A decision already made, in a few lines, so the allocation panel sits right below it. */
export function TriageDecision(props: {
  referral: FragmentType<typeof TriageDecisionFragment>;
  onChange?: () => void;
  changeRef?: Ref<HTMLButtonElement>;
}) {
  const r = getFragmentData(TriageDecisionFragment, props.referral);
  const level = r.level === 1 || r.level === 2 || r.level === 3 || r.level === 4 ? levelLabel[r.level].label : null;
  return (
    <section className="card stack-tight" aria-labelledby="decision-heading" data-testid="triage-decision">
      <h2 id="decision-heading">Triage decision</h2>
      <dl className="summary">
        <Row term="Decision">
          {r.eligibility === "ELIGIBLE" ? `${eligibilityLabels.ELIGIBLE}. ${level ?? "Level not set"}` : eligibilityLabels[r.eligibility]}
        </Row>
        {r.eligibility === "INELIGIBLE" ? (
          <>
            <Row term="Why">{r.ineligibleReason}</Row>
            <Row term="Signposted to">{r.signposting}</Row>
          </>
        ) : null}
        <Row term="Priority">
          {r.priorityOverride != null
            ? `${r.priority}, set by hand (the criteria give ${computedPriority(r.priorityReasons)}): ${r.priorityOverrideReason ?? ""}`
            : `${r.priority}, from the criteria`}
        </Row>
        {r.triageNotes ? <Row term="Notes">{r.triageNotes}</Row> : null}
        {r.triagedAt ? <Row term="Decided">{dateTime.format(new Date(r.triagedAt))}</Row> : null}
      </dl>
      {props.onChange ? (
        <p>
          <Button variant="secondary" onClick={props.onChange} ref={props.changeRef}>
            Change the decision
          </Button>
        </p>
      ) : null}
    </section>
  );
}
