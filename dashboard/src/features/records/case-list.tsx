import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { graphql } from "../../gql";
import type { CaseListFilter, CaseStatus } from "../../gql/graphql";
import { caseStatusLabels, caseStatusValues } from "../../gql/labels";
import { Link } from "../../lib/router";
import { Alert } from "../../ui/alert";
import { Button } from "../../ui/button";
import { Field } from "../../ui/field";
import { formatDay } from "../../ui/format";

const CaseListDocument = graphql(`
  query CaseListScreen($filter: CaseListFilter, $first: Int, $after: String) {
    cases(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          caseId
          reference
          status
          level
          openedAt
          closedAt
          heldById
          heldBy
          contactName
          childName
        }
      }
    }
  }
`);

const PAGE = 25;
/** The levels of intervention: the server's INTERVENTION_LEVELS (server/src/core/vocabulary.ts). */
const LEVELS = [1, 2, 3, 4] as const;

/** Cases, newest first: managers every case (filter by status, level, holder), others their own. */
export function CaseList(props: { everyCase: boolean }) {
  const [status, setStatus] = useState<CaseStatus | "">("OPEN");
  const [level, setLevel] = useState("");
  const [mine, setMine] = useState(!props.everyCase);
  const filter: CaseListFilter = {
    status: status ? [status] : null,
    level: level ? [Number(level)] : null,
    mine: props.everyCase ? mine : null,
  };
  const { data, loading, error, fetchMore } = useQuery(CaseListDocument, { variables: { filter, first: PAGE } });
  const result = data?.cases;
  return (
    <div className="stack">
      <div className="card queue-filters" role="group" aria-label="Filter the cases">
        <div className="field-pair">
          <Field id="cases-status" label="Status">
            {(c) => (
              <select {...c} className="select" value={status} onChange={(e) => setStatus(e.currentTarget.value as CaseStatus | "")}>
                <option value="">Any</option>
                {caseStatusValues.map((s) => (
                  <option key={s} value={s}>
                    {caseStatusLabels[s]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="cases-level" label="Level">
            {(c) => (
              <select {...c} className="select" value={level} onChange={(e) => setLevel(e.currentTarget.value)}>
                <option value="">Any</option>
                {LEVELS.map((l) => (
                  <option key={l} value={String(l)}>
                    Level {l}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        {props.everyCase ? (
          <div className="choice">
            <input id="cases-mine" type="checkbox" checked={mine} onChange={(e) => setMine(e.currentTarget.checked)} />
            <label htmlFor="cases-mine">Only the cases I hold</label>
          </div>
        ) : null}
      </div>
      <p role="status" data-testid="cases-count">
        {result ? `${result.totalCount} case${result.totalCount === 1 ? "" : "s"}` : loading ? "Loading…" : ""}
      </p>
      {error ? (
        <Alert tone="error" live="alert" title="The cases could not be listed">
          <p>{error.message}</p>
        </Alert>
      ) : null}
      <ul className="record-list stack-tight" data-testid="case-list">
        {result?.edges.map(({ node: k }) => (
          <li key={k.caseId} className="card" data-testid="case-row">
            <p className="row-head">
              <Link to={`/cases/${k.caseId}`}>
                <strong>{k.childName ?? k.contactName ?? k.reference}</strong>
              </Link>{" "}
              <span className="tag" data-tone={k.status === "CLOSED" ? "neutral" : "ok"}>
                {caseStatusLabels[k.status]}
              </span>
            </p>
            <p className="muted">
              {k.reference} · level {k.level} · opened {formatDay(k.openedAt.slice(0, 10))}
              {k.closedAt ? ` · closed ${formatDay(k.closedAt.slice(0, 10))}` : ""}
              {k.heldBy ? ` · held by ${k.heldBy}` : " · not held"}
              {k.contactName && k.childName ? ` · contact ${k.contactName}` : ""}
            </p>
          </li>
        ))}
      </ul>
      {result?.pageInfo.hasNextPage ? (
        <Button
          variant="secondary"
          onClick={() =>
            void fetchMore({
              variables: { after: result.pageInfo.endCursor },
              updateQuery: (previous, { fetchMoreResult }) => ({
                cases: { ...fetchMoreResult.cases, edges: [...(previous.cases?.edges ?? []), ...fetchMoreResult.cases.edges] },
              }),
            })
          }
        >
          Show more
        </Button>
      ) : null}
    </div>
  );
}
