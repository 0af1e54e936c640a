import { useQuery, useSubscription } from "@apollo/client/react";
import { useEffect, useRef, useState } from "react";
import { Link } from "../lib/router";
import { graphql } from "../gql";
import type { ReferralStatus } from "../gql/graphql";
import { referralStatusLabels } from "../gql/labels";
import { isOneOf } from "../lib/one-of";
import { AllocationAssignedDocument } from "../features/allocation/allocation-assigned";
import { AllocationPanel } from "../features/allocation/allocation-panel";
import { AllocationStatus } from "../features/allocation/allocation-status";
import { ReferralSummary } from "../features/triage/referral-detail";
import { DocumentsPanel } from "../features/documents/documents-panel";
import { ReferralLetters } from "../features/letters/send-letter-form";
import { TriageDecision } from "../features/triage/triage-decision";
import { TriageForm } from "../features/triage/triage-form";
import { isInQueue } from "../features/triage/queue-filters";
import { TriageQueueChangedDocument } from "../features/triage/triage-queue";
import { Alert } from "../ui/alert";
import { PageHeader } from "../ui/page-header";
import { useDocumentTitle } from "../ui/document-title";

/**
 * The statuses this page offers the allocation panel in: the server's ALLOCATABLE_STATUSES
 * (server/src/allocation/allocation.rules.ts) less ALLOCATED, which the page shows through the
 * allocation's own status. The API does not say whether a referral can be allocated.
 */
const OFFERED_FOR_ALLOCATION = ["TRIAGED", "POOLED"] as const satisfies readonly ReferralStatus[];

const ReferralDocument = graphql(`
  query Referral($id: ID!) {
    referral(id: $id) {
      id
      reference
      status
      eligibility
      level
      caseId
      personId
      possibleDuplicate
      child {
        fullName
      }
      contact {
        fullName
      }
      ...ReferralSummary
      ...TriageForm
      ...TriageDecision
    }
  }
`);

const AllocatedCaseDocument = graphql(`
  query AllocatedCase($id: ID!) {
    case(id: $id) {
      id
      currentAllocation {
        id
        ...AllocationStatus
      }
    }
  }
`);

/** What just happened on this page, shown beside what comes next, and where focus goes. */
type Done = { title: string; body: string; focus: "allocate" | "queue-link" };

/**
 * One referral, decided and handed on in one place: the decision column holds the triage form (or,
 * once decided, its summary), what was just done, and the allocation panel right below it. After
 * Save, focus goes to the first person who can take it; after Allocate or Publish, to the way back
 * to the queue; each time the confirmation, in a polite live region, says what happened.
 */
export function ReferralRoute(props: { id: string }) {
  const { data, error, loading } = useQuery(ReferralDocument, { variables: { id: props.id } });
  const [done, setDone] = useState<Done | null>(null);
  const [editing, setEditing] = useState(false);
  const [caseId, setCaseId] = useState<string | null>(null);
  const queueLink = useRef<HTMLAnchorElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const changeButton = useRef<HTMLButtonElement>(null);
  // Both streams write into Apollo's cache: the countdown stops and "Accepted" appears by themselves.
  useSubscription(TriageQueueChangedDocument);
  useSubscription(AllocationAssignedDocument);
  const r = data?.referral;
  // Just allocated here, or allocated before (after a reload, or by another manager).
  const openCaseId = caseId ?? r?.caseId ?? null;
  const allocated = useQuery(AllocatedCaseDocument, { variables: { id: openCaseId ?? "" }, skip: !openCaseId });
  useDocumentTitle(r ? `Referral ${r.reference}` : "Referral");
  const current = allocated.data?.case.currentAllocation;
  const canAllocate = r && r.eligibility === "ELIGIBLE" && isOneOf(OFFERED_FOR_ALLOCATION, r.status);
  // A decision can be made or changed while the referral is in the queue.
  const decidable = r && isInQueue(r.status);
  const showForm = decidable && (r.status === "NEW" || editing);

  // What was done, and what comes next below it, in view together; then focus moves on.
  useEffect(() => {
    if (!done) return;
    doneRef.current?.scrollIntoView({ block: "start", behavior: "instant" });
    if (done.focus === "queue-link") queueLink.current?.focus({ preventScroll: true });
  }, [done]);

  const finish = (next: Done) => setDone(next);

  return (
    <>
      <p className="back-link">
        <Link to="/triage">← Back to the triage queue</Link>
      </p>
      {r ? (
        <>
          <PageHeader
            title={`${r.child?.fullName ?? "Referral"} · ${r.reference}`}
            description={r.contact?.fullName ? `Contact: ${r.contact.fullName}` : undefined}
          />
          {r.personId ? (
            <p data-testid="family-record-link">
              <Link to={`/search/people/${r.personId}`}>
                {r.possibleDuplicate
                  ? "Family record: this may be a repeat referral, check for duplicates to merge"
                  : "Family record and any duplicates"}
              </Link>
            </p>
          ) : null}
          <div className="two-column referral-layout">
            <ReferralSummary referral={r} />
            <div className="stack decision-column">
              {/* Always there, so what is put in it is announced: a live region mounted with its text often is not. */}
              <div ref={doneRef} className="scroll-margin live-slot" data-testid="referral-done" role="status">
                {done ? (
                  <Alert tone="success" title={done.title}>
                    <p>{done.body}</p>
                    {done.focus === "queue-link" ? (
                      <p>
                        <Link to="/triage" ref={queueLink} data-testid="next-in-queue">
                          Back to the triage queue
                        </Link>
                      </p>
                    ) : null}
                  </Alert>
                ) : null}
              </div>
              {current ? <AllocationStatus allocation={current} /> : null}
              {showForm ? (
                <TriageForm
                  referral={r}
                  reopened={editing}
                  onCancel={
                    editing
                      ? () => {
                          setEditing(false);
                          requestAnimationFrame(() => changeButton.current?.focus());
                        }
                      : undefined
                  }
                  onDone={(eligible) => {
                    setEditing(false);
                    finish(
                      eligible
                        ? { title: "Triage decision saved", body: "It stays in the queue. Choose who should take it.", focus: "allocate" }
                        : {
                            title: "Triage decision saved",
                            body: "It is closed as signposted and has left the queue.",
                            focus: "queue-link",
                          },
                    );
                  }}
                />
              ) : decidable ? (
                <TriageDecision
                  referral={r}
                  changeRef={changeButton}
                  onChange={() => {
                    setDone(null);
                    setEditing(true);
                  }}
                />
              ) : !current ? (
                <Alert tone="info" title="Already decided">
                  <p>This referral is no longer in the triage queue ({referralStatusLabels[r.status].toLowerCase()}).</p>
                </Alert>
              ) : null}
              {canAllocate && !showForm ? (
                <AllocationPanel
                  referralId={r.id}
                  reference={r.reference}
                  level={r.level}
                  pooled={r.status === "POOLED"}
                  focusWhenReady={done?.focus === "allocate"}
                  onAllocated={(allocation) => {
                    setCaseId(allocation.caseId);
                    finish({
                      title: `Allocated to ${allocation.staffDisplayName}`,
                      body: "They have been told straight away. You will see here when they accept it.",
                      focus: "queue-link",
                    });
                  }}
                  onPublished={() =>
                    finish({
                      title: "Published to the pool",
                      body: "Eligible staff can now claim it. The first claim wins.",
                      focus: "queue-link",
                    })
                  }
                />
              ) : r.status === "NEW" ? (
                <section className="card" aria-labelledby="allocation-later">
                  <h2 id="allocation-later">Allocation</h2>
                  <p className="muted">Record the triage decision first. Staff you can allocate to will then be listed here.</p>
                </section>
              ) : null}
            </div>
          </div>
          {r.personId ? (
            <>
              <ReferralLetters referralId={r.id} />
              <DocumentsPanel target={{ referralId: r.id }} writable title="Referral documents" />
            </>
          ) : null}
        </>
      ) : error ? (
        <Alert tone="error" live="alert" title="This referral could not be opened">
          <p>It may have been removed, or the address is wrong.</p>
        </Alert>
      ) : loading ? (
        <p role="status">Loading the referral…</p>
      ) : null}
    </>
  );
}
