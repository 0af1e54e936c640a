import { randomBytes } from "node:crypto";

/** A complete, valid public self-referral; override any part. */
export function selfReferralInput(serviceSlug: string, overrides: Record<string, any> = {}) {
  const tag = randomBytes(3).toString("hex");
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
      ...overrides.contact,
    },
    child: {
      fullName: `Sam Bloggs ${tag}`,
      dateOfBirth: "2016-05-14",
      educationSetting: "Oak Primary School",
      needsOverview: "Autism diagnosis; struggles with transitions.",
      diagnosisStatus: "DIAGNOSED",
      ...overrides.child,
    },
    reasonForReferral: "School says they cannot meet his needs; we want to request an EHC needs assessment.",
    currentStage: "SEN_SUPPORT",
    howHeard: "SCHOOL",
    ethnicity: "WHITE",
    ...Object.fromEntries(Object.entries(overrides).filter(([k]) => k !== "contact" && k !== "child")),
  };
}

/** A staff-entered referral. */
export function createReferralInput(overrides: Record<string, any> = {}) {
  const { serviceSlug: _s, submittedBy: _b, ...rest } = selfReferralInput("x", overrides);
  return { channel: "HELPLINE", source: "PARENT_CARER", ...rest, ...overrides, contact: rest.contact, child: rest.child };
}

export const SUBMIT = `mutation($input: SelfReferralInput!) {
  submitSelfReferral(input: $input) { recorded reference responsePromise respondBy }
}`;

export const CREATE = `mutation($input: CreateReferralInput!) {
  createReferral(input: $input) { id reference status channel receivedAt responseTargetAt responseDeadlineAt priority possibleDuplicate possibleDuplicateOfId }
}`;

export const REFERRAL_FIELDS = `id reference status channel receivedAt responseTargetAt responseDeadlineAt firstRespondedAt
  priority priorityReasons { code label weight } level eligibility possibleDuplicate
  contact { fullName preferredContact accessibilityNeeds } child { fullName ageYears }
  nextKeyDate { kind on }`;
