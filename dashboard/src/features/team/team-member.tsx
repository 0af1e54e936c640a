import { useQuery } from "@apollo/client/react";
import type { ReactNode } from "react";
import { graphql } from "../../gql";
import { Alert } from "../../ui/alert";
import { formatDay } from "../../ui/format";
import { Meter } from "../../ui/meter";
import { CaseloadByLevel } from "../allocation/caseload-by-level";
import { staffRoleLabels, trainingKindLabels } from "../../gql/labels";

const TeamMemberDocument = graphql(`
  query TeamMember {
    team {
      id
      displayName
      role
      capacity
      openCases
      blockingReasons {
        code
        message
      }
      ...CaseloadByLevel
    }
  }
`);

const TeamMemberSupervisionDocument = graphql(`
  query TeamMemberSupervision {
    supervisionSchedule {
      staff {
        id
      }
      everyWeeks
      nextDueOn
      overdue
      lastSupervisedOn
      lastGroupSupportOn
      compliance {
        dbsEnhanced
        dbsExpired
        dbsRenewalDueOn
        dbsRenewalDueSoon
        confidentialitySigned
        confidentialitySignedOn
        training {
          kind
          completedOn
          expiresOn
          expired
          expiringSoon
        }
      }
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

/** The person, from what `team` gives: caseload by level against capacity, and what stops a new case. */
export function TeamMemberCaseload(props: { staffId: string; children?: (name: string) => ReactNode }) {
  const { data, error, loading } = useQuery(TeamMemberDocument);
  const m = data?.team.find((t) => t.id === props.staffId);
  if (error && !data)
    return (
      <Alert tone="error" live="alert" title="The team could not be loaded">
        <p>We will try again when the connection is back.</p>
      </Alert>
    );
  if (loading && !data) return <p role="status">Loading…</p>;
  if (!m)
    return (
      <Alert tone="info" title="Not found">
        <p>This person is not an active member of the team.</p>
      </Alert>
    );
  return (
    <section className="card stack-tight" aria-labelledby="caseload-heading" data-testid="member-caseload">
      <h2 id="caseload-heading">Caseload</h2>
      <dl className="summary">
        <Row term="Role">{staffRoleLabels[m.role]}</Row>
        <Row term="Open cases">
          <Meter value={m.openCases} max={m.capacity} label={`${m.openCases} of ${m.capacity} (capacity)`} />
        </Row>
        <Row term="By level">
          <CaseloadByLevel member={m} />
        </Row>
        <Row term="New cases">
          {m.blockingReasons.length ? (
            <ul className="blocking">
              {m.blockingReasons.map((r, i) => (
                <li key={`${r.code}-${i}`}>{r.message}</li>
              ))}
            </ul>
          ) : (
            <span className="tag" data-tone="ok">
              Can take new cases
            </span>
          )}
        </Row>
      </dl>
    </section>
  );
}

/** Supervision due and the records allocation reads: DBS, training, confidentiality. Managers only. */
export function TeamMemberCompliance(props: { staffId: string }) {
  const { data, error, loading } = useQuery(TeamMemberSupervisionDocument);
  const e = data?.supervisionSchedule.find((s) => s.staff.id === props.staffId);
  if (error && !data)
    return (
      <Alert tone="error" title="Supervision and compliance could not be loaded">
        <p>We will try again when the connection is back.</p>
      </Alert>
    );
  if (loading && !data) return <p role="status">Loading…</p>;
  if (!e) return <p className="muted">No supervision schedule: only officers and volunteers have one.</p>;
  const c = e.compliance;
  return (
    <section className="card stack-tight" aria-labelledby="compliance-heading" data-testid="member-compliance">
      <h2 id="compliance-heading">Supervision and checks</h2>
      <dl className="summary">
        <Row term="Next one-to-one">
          {e.overdue ? (
            <span className="tag" data-tone="warn">
              Overdue since {formatDay(e.nextDueOn)}
            </span>
          ) : (
            formatDay(e.nextDueOn)
          )}{" "}
          <span className="muted">(every {e.everyWeeks} weeks)</span>
        </Row>
        <Row term="Last one-to-one">{e.lastSupervisedOn ? formatDay(e.lastSupervisedOn) : "None recorded"}</Row>
        <Row term="Last group support">{e.lastGroupSupportOn ? formatDay(e.lastGroupSupportOn) : "None recorded"}</Row>
        <Row term="DBS">
          {c.dbsExpired ? (
            <span className="tag" data-tone="danger">
              {c.dbsEnhanced ? "Renewal date passed" : "No enhanced DBS"}
            </span>
          ) : c.dbsRenewalDueSoon ? (
            <span className="tag" data-tone="warn">
              Renewal due {c.dbsRenewalDueOn ? formatDay(c.dbsRenewalDueOn) : "soon"}
            </span>
          ) : (
            `Valid${c.dbsRenewalDueOn ? `; renewal ${formatDay(c.dbsRenewalDueOn)}` : ""}`
          )}
        </Row>
        <Row term="Confidentiality">
          {c.confidentialitySigned ? (
            `Signed${c.confidentialitySignedOn ? ` ${formatDay(c.confidentialitySignedOn)}` : ""}`
          ) : (
            <span className="tag" data-tone="danger">
              Not signed
            </span>
          )}
        </Row>
        <Row term="Training">
          {c.training.length ? (
            <ul className="plain-list">
              {c.training.map((t) => (
                <li key={`${t.kind}-${t.completedOn}`}>
                  {trainingKindLabels[t.kind]} <span className="muted">· {formatDay(t.completedOn)}</span>{" "}
                  {t.expired ? (
                    <span className="tag" data-tone="danger">
                      Expired {t.expiresOn ? formatDay(t.expiresOn) : ""}
                    </span>
                  ) : t.expiringSoon ? (
                    <span className="tag" data-tone="warn">
                      Expires {t.expiresOn ? formatDay(t.expiresOn) : "soon"}
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : (
            "None recorded"
          )}
        </Row>
      </dl>
    </section>
  );
}
