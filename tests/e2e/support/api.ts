import { baseUrl, DEMO_PASSWORD } from "./browser";

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
        child: { fullName: options.child, dateOfBirth: options.dateOfBirth ?? "2014-02-03", diagnosisStatus: "DIAGNOSED" },
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
