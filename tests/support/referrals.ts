import { randomBytes } from "node:crypto";
import { graphql } from "./gql/index.js";
import { operationText } from "./operation.js";
import type { ChildInput, ContactInput, CreateReferralInput, SelfReferralInput } from "./gql/graphql.js";

/** Any part of an input; `contact` and `child` are merged field by field into the defaults. */
export type ReferralOverrides<T> = Partial<Omit<T, "contact" | "child">> & { contact?: Partial<ContactInput>; child?: Partial<ChildInput> };

/** A complete, valid public self-referral; override any part. */
export function selfReferralInput(serviceSlug: string, overrides: ReferralOverrides<SelfReferralInput> = {}): SelfReferralInput {
  const tag = randomBytes(3).toString("hex");
  const { contact, child, ...rest } = overrides;
  return {
    serviceSlug,
    consentToRecord: true,
    submittedBy: "PARENT_CARER",
    contact: {
      fullName: `Jo Bloggs ${tag}`,
      email: `jo.${tag}@example.org`,
      phone: "01782 123456",
      postcode: "ST4 7QB",
      preferredContact: "EMAIL",
      accessibilityNeeds: ["LARGE_PRINT"],
      ...contact,
    },
    child: {
      fullName: `Sam Bloggs ${tag}`,
      dateOfBirth: "2016-05-14",
      educationSetting: "Oak Primary School",
      needsOverview: "Autism diagnosis; struggles with transitions.",
      diagnosisStatus: "DIAGNOSED",
      ...child,
    },
    reasonForReferral: "School says they cannot meet his needs; we want to request an EHC needs assessment.",
    currentStage: "SEN_SUPPORT",
    howHeard: "SCHOOL",
    ethnicity: "WHITE",
    ...rest,
  };
}

/** A staff-entered referral. */
export function createReferralInput(overrides: ReferralOverrides<CreateReferralInput> = {}): CreateReferralInput {
  const { contact, child, ...rest } = overrides;
  const { serviceSlug: _s, submittedBy: _b, ...self } = selfReferralInput("x", { contact, child });
  return { channel: "HELPLINE", source: "PARENT_CARER", ...self, ...rest };
}

export const SUBMIT = graphql(`mutation SubmitSelfReferral($input: SelfReferralInput!) {
  submitSelfReferral(input: $input) { recorded reference responsePromise respondBy }
}`);

export const CREATE = graphql(`mutation CreateReferral($input: CreateReferralInput!) {
  createReferral(input: $input) {
    id reference status channel receivedAt responseTargetAt responseDeadlineAt priority possibleDuplicate possibleDuplicateOfId
  }
}`);

/** The fields the intake and triage tests read back; spread it as `...ReferralFields`. */
export const REFERRAL_FIELDS = graphql(`fragment ReferralFields on Referral {
  id reference status channel receivedAt responseTargetAt responseDeadlineAt firstRespondedAt priority safeguardingFlag
  priorityReasons { code label weight } level eligibility possibleDuplicate contact { fullName preferredContact accessibilityNeeds }
  child { fullName ageYears } nextKeyDate { kind on }
}`);

/**
 * The same fields as a plain selection, for documents built at run time (the benchmark). Spread
 * there, the fragment would cost too much: the server's cost limit charges a spread as one more level.
 */
export const REFERRAL_SELECTION = selectionOf(operationText(REFERRAL_FIELDS));

/** A fragment's fields on one line: the text between its outer braces. */
function selectionOf(fragment: string): string {
  return fragment
    .slice(fragment.indexOf("{") + 1, fragment.lastIndexOf("}"))
    .replace(/\s+/g, " ")
    .trim();
}
