import { count, eq } from "drizzle-orm";
import { tables } from "server";
import { graphql } from "./gql/index.js";
import type { CreateReferralInput } from "./gql/graphql.js";
import type { TestServer } from "./server.js";
import { CREATE, createReferralInput, type ReferralOverrides } from "./referrals.js";

export const TRIAGE = graphql(`mutation TriageReferral($input: TriageReferralInput!) {
  triageReferral(input: $input) { id status level }
}`);
export const ALLOCATE = graphql(`mutation AllocateReferral($r: ID!, $s: ID!) {
  allocateReferral(referralId: $r, staffId: $s) {
    id caseId referralId referralReference level staffId staffDisplayName kind allocatedAt acceptedAt endedAt current
  }
}`);
export const PUBLISH = graphql(`mutation PublishToPool($r: ID!) { publishToPool(referralId: $r) { id status } }`);
export const PICK_UP = graphql(`mutation PickUpAllocation($id: ID!) { acceptAllocation(allocationId: $id) { id acceptedAt } }`);
export const CLAIM = graphql(`mutation ClaimReferral($r: ID!) { claimReferral(referralId: $r) { id caseId staffId kind } }`);

/** A referral entered and triaged ELIGIBLE at `level` by the manager. */
export async function triagedReferral(
  server: TestServer,
  managerToken: string,
  level: number,
  overrides: ReferralOverrides<CreateReferralInput> = {},
) {
  const created = await server.gql(CREATE, { input: createReferralInput(overrides) }, managerToken);
  if (created.errors) throw new Error(JSON.stringify(created.errors));
  const id = created.data.createReferral.id;
  const triaged = await server.gql(TRIAGE, { input: { referralId: id, eligibility: "ELIGIBLE", level } }, managerToken);
  if (triaged.errors) throw new Error(JSON.stringify(triaged.errors));
  return { id, reference: created.data.createReferral.reference };
}

/** A triaged referral allocated to `staffId`: its case id and allocation. */
export async function openCase(
  server: TestServer,
  managerToken: string,
  staffId: string,
  level = 2,
  overrides: ReferralOverrides<CreateReferralInput> = {},
) {
  const referral = await triagedReferral(server, managerToken, level, overrides);
  const res = await server.gql(ALLOCATE, { r: referral.id, s: staffId }, managerToken);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return {
    referralId: referral.id,
    reference: referral.reference,
    caseId: res.data.allocateReferral.caseId,
    allocationId: res.data.allocateReferral.id,
  };
}

/** `openCase`, picked up by the staff member it went to (so it was worked and closes with an evaluation code). */
export async function openAcceptedCase(
  server: TestServer,
  managerToken: string,
  staff: { id: string; token: string },
  level = 2,
  overrides: ReferralOverrides<CreateReferralInput> = {},
) {
  const c = await openCase(server, managerToken, staff.id, level, overrides);
  const res = await server.gql(PICK_UP, { id: c.allocationId }, staff.token);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return c;
}

/** Row counts and one referral's row: compare before and after a refused mutation. */
export async function snapshot(server: TestServer, referralId?: string) {
  const tally = async (t: any) => Number((await server.db.select({ n: count() }).from(t))[0].n);
  const [referral] = referralId ? await server.db.select().from(tables.referrals).where(eq(tables.referrals.id, referralId)) : [null];
  return {
    cases: await tally(tables.cases),
    allocations: await tally(tables.allocations),
    activities: await tally(tables.activities),
    consents: await tally(tables.consents),
    meetings: await tally(tables.meetings),
    conduct: await tally(tables.conductIncidents),
    concerns: await tally(tables.safeguardingConcerns),
    invitations: await tally(tables.evaluationInvitations),
    responses: (await tally(tables.evaluationResponses)) + (await tally(tables.evaluationPending)),
    referral,
  };
}
