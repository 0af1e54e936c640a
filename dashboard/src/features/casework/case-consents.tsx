import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { serverProblem } from "../../lib/errors";
import { Alert } from "../../ui/alert";
import { Button } from "../../ui/button";
import { formatDay, todayLocal } from "../../ui/format";
import { consentMethodLabels, consentPartyTypeLabels, personRoleLabels } from "../../gql/labels";

export const ConsentItemFragment = graphql(`
  fragment ConsentItem on Consent {
    id
    partyName
    partyOrganisation
    partyType
    granted
    givenOn
    reviewOn
    withdrawnOn
    method
    current
    givenBy
    mayShare
    endedOn
  }
`);

const WithdrawConsentDocument = graphql(`
  mutation WithdrawConsent($consentId: ID!, $on: LocalDate!) {
    withdrawConsent(consentId: $consentId, on: $on) {
      ...ConsentItem
    }
  }
`);

export function Consents(props: { consents: FragmentType<typeof ConsentItemFragment>[]; writable: boolean }) {
  const consents = getFragmentData(ConsentItemFragment, props.consents);
  const [withdraw, { loading }] = useMutation(WithdrawConsentDocument, { refetchQueries: ["Case"] });
  const [problem, setProblem] = useState<string | null>(null);
  const today = todayLocal();
  return (
    <section className="card" aria-labelledby="case-consents">
      <h2 id="case-consents">Consent to speak to others</h2>
      {problem ? (
        <Alert tone="error" live="alert" title="Not withdrawn">
          <p>{problem}</p>
        </Alert>
      ) : null}
      {consents.length ? (
        <ul className="plain-list consent-list">
          {consents.map((c) => {
            const state = c.withdrawnOn
              ? { tone: "neutral", text: `Withdrawn ${formatDay(c.withdrawnOn)}` }
              : c.endedOn
                ? { tone: "neutral", text: `Ended ${formatDay(c.endedOn)} with the case` }
                : !c.granted
                  ? { tone: "danger", text: "Refused" }
                  : c.current
                    ? { tone: "ok", text: "Current" }
                    : { tone: "warn", text: "Review due" };
            return (
              <li key={c.id} data-testid="consent">
                <div>
                  <span className="cell-title">
                    {c.partyName}
                    {c.partyOrganisation ? `, ${c.partyOrganisation}` : ""}
                  </span>{" "}
                  <span className="tag" data-tone={state.tone}>
                    {state.text}
                  </span>
                  <span className="cell-sub">
                    {consentPartyTypeLabels[c.partyType]} · {c.granted ? "given" : "refused"} {consentMethodLabels[c.method].toLowerCase()}{" "}
                    on {formatDay(c.givenOn)}
                    {c.givenBy ? ` by the ${personRoleLabels[c.givenBy].toLowerCase()}` : ""} ·{" "}
                    <span className={c.reviewOn <= today && !c.withdrawnOn ? "text-warn" : undefined}>
                      review by {formatDay(c.reviewOn)}
                    </span>
                  </span>
                  {c.mayShare ? <span className="cell-sub">May share: {c.mayShare}</span> : null}
                </div>
                {props.writable && c.granted && !c.withdrawnOn ? (
                  <Button
                    variant="quiet"
                    disabled={loading}
                    onClick={async () => {
                      setProblem(null);
                      try {
                        await withdraw({ variables: { consentId: c.id, on: today } });
                      } catch (e) {
                        setProblem(serverProblem(e).message);
                      }
                    }}
                  >
                    Withdraw<span className="visually-hidden"> consent for {c.partyName}</span>
                  </Button>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="muted">No consents recorded. Record one before contacting a school or other professional.</p>
      )}
    </section>
  );
}
