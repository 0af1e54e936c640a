import { baseUrl, demo, DEMO_PASSWORD } from "./browser";

/** A plain GraphQL POST against the API under test; throws with the server's errors. */
export async function graphqlRequest<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data as T;
}

export async function tokenFor(email: string): Promise<string> {
  const data = await graphqlRequest<{ login: { token: string } }>(
    "mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }",
    { email, password: DEMO_PASSWORD },
  );
  return data.login.token;
}

/** A staff-entered referral, e.g. an answerphone message from `hoursAgo` hours back. */
export async function createReferral(
  token: string,
  options: {
    channel: string;
    child: string;
    parent: string;
    hoursAgo?: number;
    safeguarding?: boolean;
    keyDate?: { kind: string; inDays: number };
    dateOfBirth?: string;
    primaryNeed?: string;
  },
): Promise<{ id: string; reference: string }> {
  const receivedAt = new Date(Date.now() - (options.hoursAgo ?? 0) * 3_600_000).toISOString();
  const on = options.keyDate ? new Date(Date.now() + options.keyDate.inDays * 86_400_000).toISOString().slice(0, 10) : null;
  const data = await graphqlRequest<{ createReferral: { id: string; reference: string } }>(
    `mutation($input: CreateReferralInput!) { createReferral(input: $input) { id reference } }`,
    {
      input: {
        channel: options.channel,
        source: "PARENT_CARER",
        consentToRecord: true,
        receivedAt,
        safeguardingFlag: options.safeguarding ?? false,
        contact: { fullName: options.parent, phone: "07700 900456", preferredContact: "PHONE", postcode: "ST1 1AA" },
        child: {
          fullName: options.child,
          dateOfBirth: options.dateOfBirth ?? "2014-02-03",
          diagnosisStatus: "DIAGNOSED",
          primaryNeed: options.primaryNeed ?? "NOT_KNOWN",
        },
        reasonForReferral: "Needs advice about support at school.",
        keyDates: on ? [{ kind: options.keyDate!.kind, on }] : [],
      },
    },
    token,
  );
  return data.createReferral;
}

/** The manager's triage decision, straight through the API. */
export async function triageEligible(token: string, referralId: string, level: number): Promise<void> {
  await graphqlRequest(
    `mutation($input: TriageReferralInput!) { triageReferral(input: $input) { id } }`,
    { input: { referralId, eligibility: "ELIGIBLE", level } },
    token,
  );
}

/** Every family name (contact and child) in the manager's triage queue. */
export async function familyNamesInQueue(token: string): Promise<string[]> {
  const data = await graphqlRequest<{
    triageQueue: { edges: { node: { contact: { fullName: string | null } | null; child: { fullName: string | null } | null } }[] };
  }>(`{ triageQueue(first: 100) { edges { node { contact { fullName } child { fullName } } } } }`, {}, token);
  return data.triageQueue.edges
    .flatMap(({ node }) => [node.contact?.fullName, node.child?.fullName])
    .filter((name): name is string => Boolean(name));
}

/** A referral triaged eligible at `level`, published and claimed by `email`: that person's open case. */
export async function caseFor(
  email: string,
  child: string,
  parent: string,
  level = 2,
  hoursAgo = 3,
): Promise<{ caseId: string; referralId: string; reference: string }> {
  const manager = await tokenFor(demo.manager);
  const referral = await createReferral(manager, { channel: "EMAIL", child, parent, hoursAgo });
  await triageEligible(manager, referral.id, level);
  await graphqlRequest(`mutation($r: ID!) { publishToPool(referralId: $r) { id } }`, { r: referral.id }, manager);
  const claimed = await graphqlRequest<{ claimReferral: { caseId: string } }>(
    `mutation($r: ID!) { claimReferral(referralId: $r) { caseId } }`,
    { r: referral.id },
    await tokenFor(email),
  );
  return { caseId: claimed.claimReferral.caseId, referralId: referral.id, reference: referral.reference };
}

/** A meeting booked on a case for `inDays` days from now, with today's notice. */
export async function bookMeeting(email: string, caseId: string, kind: string, inDays: number): Promise<void> {
  const at = new Date(Date.now() + inDays * 86_400_000).toISOString();
  await graphqlRequest(
    `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`,
    { input: { caseId, kind, scheduledAt: at, noticeReceivedOn: new Date().toISOString().slice(0, 10) } },
    await tokenFor(email),
  );
}

/** Every active staff member's id by display name, as a manager sees the team. */
export async function staffIds(): Promise<Record<string, string>> {
  const data = await graphqlRequest<{ team: { id: string; displayName: string }[] }>(
    `{ team { id displayName } }`,
    {},
    await tokenFor(demo.manager),
  );
  return Object.fromEntries(data.team.map((m) => [m.displayName, m.id]));
}
