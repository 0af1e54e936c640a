import { useMutation, useQuery } from "@apollo/client/react";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { serverProblem, type ServerProblem } from "../../lib/errors";
import { useFormProblems } from "../../lib/form-problems";
import { getFragmentData, graphql } from "../../gql";
import type { AllocationCandidateFragment as Candidate, StaffRole } from "../../gql/graphql";
import { staffRoleLabels } from "../../gql/labels";
import { Alert } from "../../ui/alert";
import { Button } from "../../ui/button";
import { Meter } from "../../ui/meter";
import { holdsCases } from "./case-holding";
import { CaseloadByLevel } from "./caseload-by-level";
import { refusalTitle } from "./refusal";

export const AllocationCandidateFragment = graphql(`
  fragment AllocationCandidate on TeamMember {
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
`);

const CandidatesDocument = graphql(`
  query AllocationCandidates($referralId: ID!) {
    team(forReferralId: $referralId) {
      ...AllocationCandidate
    }
  }
`);

/** Returns what the manager then sees, so the cache has it: who holds the referral and whether they accepted. */
const AllocateDocument = graphql(`
  mutation AllocateReferral($referralId: ID!, $staffId: ID!) {
    allocateReferral(referralId: $referralId, staffId: $staffId) {
      id
      caseId
      staffDisplayName
      ...AllocationStatus
    }
  }
`);

const PublishDocument = graphql(`
  mutation PublishToPool($referralId: ID!) {
    publishToPool(referralId: $referralId) {
      id
      status
    }
  }
`);

/**
 * Staff who could take this referral, the ones who cannot (with why), and the two ways to hand it
 * on: allocate to one person, or publish to the pool for eligible staff to claim.
 */
export function AllocationPanel(props: {
  referralId: string;
  reference: string;
  level: number | null | undefined;
  pooled: boolean;
  /** Just triaged: once the staff list is in, focus the first person who can take it (or the pool button). */
  focusWhenReady?: boolean;
  onAllocated: (allocation: { caseId: string; staffDisplayName: string }) => void;
  onPublished: () => void;
}) {
  const { data, error, loading } = useQuery(CandidatesDocument, {
    variables: { referralId: props.referralId },
    fetchPolicy: "network-only",
  });
  const [allocate, allocating] = useMutation(AllocateDocument);
  const [publish, publishing] = useMutation(PublishDocument);
  const [chosen, setChosen] = useState<string | null>(null);
  const form = useFormProblems();
  const [publishProblem, setPublishProblem] = useState<ServerProblem | null>(null);

  // Caseworkers first, least loaded first; managers last (they can hold cases, but rarely should).
  const roleOrder: Partial<Record<StaffRole, number>> = { OFFICER: 0, VOLUNTEER: 0, MANAGER: 1 };
  const load = (m: Candidate) => (m.capacity > 0 ? m.openCases / m.capacity : 1);
  const members = getFragmentData(AllocationCandidateFragment, data?.team ?? [])
    // Roles that never hold cases are left out rather than listed as blocked.
    .filter((m) => holdsCases(m.role))
    .sort((a, b) => (roleOrder[a.role] ?? 2) - (roleOrder[b.role] ?? 2) || load(a) - load(b));
  const available = members.filter((m) => m.blockingReasons.length === 0);
  const blocked = members.filter((m) => m.blockingReasons.length > 0);

  const missingChoice = form.errorFor("allocate-to");
  const fieldsetRef = useRef<HTMLFieldSetElement>(null);
  const publishRef = useRef<HTMLButtonElement>(null);
  const ready = Boolean(data);
  useEffect(() => {
    if (!props.focusWhenReady || !ready) return;
    // The page scrolls the confirmation above into view; the first choice sits just below it.
    const first = fieldsetRef.current?.querySelector<HTMLInputElement>("input:enabled");
    (first ?? publishRef.current)?.focus({ preventScroll: true });
  }, [props.focusWhenReady, ready]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!form.check(chosen ? [] : [{ field: "allocate-to", message: "Choose who should take this referral" }]) || !chosen) return;
    try {
      const result = await allocate({
        variables: { referralId: props.referralId, staffId: chosen },
        refetchQueries: ["Referral"],
        awaitRefetchQueries: true,
      });
      if (result.data) props.onAllocated(result.data.allocateReferral);
    } catch (e) {
      form.fromServer(e);
    }
  };

  const toPool = async () => {
    setPublishProblem(null);
    try {
      await publish({ variables: { referralId: props.referralId } });
      props.onPublished();
    } catch (e) {
      setPublishProblem(serverProblem(e));
    }
  };

  return (
    <section className="card stack" aria-labelledby="allocation-heading" data-testid="allocation-panel">
      <div>
        <h2 id="allocation-heading">Allocation</h2>
        <p className="hint">{props.level ? `Level ${props.level}. ` : ""}Staff who cannot take this referral are listed with the reason.</p>
      </div>
      {error ? (
        <Alert tone="error" title="The team could not be loaded">
          <p>{serverProblem(error).message}</p>
        </Alert>
      ) : loading && !data ? (
        <p role="status">Loading the team…</p>
      ) : (
        <form onSubmit={submit} noValidate aria-labelledby="allocation-heading">
          <fieldset
            className="staff-choices"
            aria-describedby={missingChoice ? "allocate-to-error" : undefined}
            id="allocate-to"
            ref={fieldsetRef}
          >
            <legend>Allocate to</legend>
            {missingChoice ? (
              <p className="error-message" id="allocate-to-error">
                <span className="visually-hidden">Error: </span>
                {missingChoice}
              </p>
            ) : null}
            {available.length === 0 ? <p className="muted">Nobody can take this referral right now.</p> : null}
            {[...available, ...blocked].map((m) => {
              const isBlocked = m.blockingReasons.length > 0;
              const id = `staff-${m.id}`;
              return (
                <div className="staff-choice" data-blocked={isBlocked ? "true" : undefined} key={m.id} data-testid="staff-choice">
                  <input
                    type="radio"
                    name="staff"
                    id={id}
                    value={m.id}
                    disabled={isBlocked}
                    checked={chosen === m.id}
                    onChange={() => setChosen(m.id)}
                    aria-describedby={`${id}-detail`}
                  />
                  <label htmlFor={id}>
                    <span className="staff-name">{m.displayName}</span> <span className="muted">{staffRoleLabels[m.role]}</span>
                  </label>
                  <div className="staff-detail" id={`${id}-detail`}>
                    <Meter value={m.openCases} max={m.capacity} label={`${m.openCases} of ${m.capacity} cases`} />
                    <CaseloadByLevel member={m} />
                    {isBlocked ? (
                      <ul className="blocking" aria-label={`Why ${m.displayName} cannot take it`}>
                        {m.blockingReasons.map((r, i) => (
                          <li key={`${r.code}-${i}`}>
                            <span className="visually-hidden">Cannot take it: </span>
                            {r.message}
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </div>
                </div>
              );
            })}
          </fieldset>
          {form.failure ? (
            <Alert tone="error" live="alert" title={refusalTitle(form.failure.code)}>
              <p>{form.failure.message}</p>
            </Alert>
          ) : null}
          <div className="button-row" style={{ marginTop: "1rem" }}>
            <Button type="submit" disabled={allocating.loading}>
              {allocating.loading ? "Allocating…" : "Allocate"}
            </Button>
          </div>
        </form>
      )}
      <div className="section-quiet">
        <h3>Or offer it to the team</h3>
        {props.pooled ? (
          <p>
            This referral is in the pool. Eligible staff can claim it from their <em>My allocations</em> screen; you can still allocate it
            directly above.
          </p>
        ) : (
          <>
            <p className="hint">Anyone eligible can claim it from the pool; the first claim wins.</p>
            {publishProblem ? (
              <Alert tone="error" live="alert" title={refusalTitle(publishProblem.code)}>
                <p>{publishProblem.message}</p>
              </Alert>
            ) : null}
            <Button variant="secondary" onClick={() => void toPool()} disabled={publishing.loading} ref={publishRef}>
              {publishing.loading ? "Publishing…" : "Publish to pool"}
            </Button>
          </>
        )}
      </div>
    </section>
  );
}
