import type { ReferralSource } from "../../gql/graphql";
import {
  accessibilityNeedLabels,
  accessibilityNeedValues,
  contactMethodLabels,
  contactMethodValues,
  currentStageLabels,
  currentStageValues,
  diagnosisStatusLabels,
  diagnosisStatusValues,
  ethnicGroupLabels,
  ethnicGroupValues,
  howHeardLabels,
  howHeardValues,
  referralSourceLabels,
} from "../../gql/labels";
import type { Choice } from "../../ui/field";

/*
 * The answers the public form offers, in the server's words (enum value descriptions in the SDL).
 * This page loads without Apollo under a size budget, so it imports only the lists it shows.
 */

/**
 * Who may send the form: the server's SELF_REFERRAL_SOURCES (server/src/referral/referral.rules.ts),
 * which the API does not serve. A professional refers through the service instead.
 */
const SELF_REFERRAL_SOURCES = ["PARENT_CARER", "YOUNG_PERSON"] as const satisfies readonly ReferralSource[];

export const submittedByChoices: Choice<(typeof SELF_REFERRAL_SOURCES)[number]>[] = SELF_REFERRAL_SOURCES.map((value) => ({
  value,
  label: referralSourceLabels[value],
  hint: value === "YOUNG_PERSON" ? "Aged 25 or under, asking for yourself" : undefined,
}));

export const preferredContactChoices = contactMethodValues.map((value) => ({ value, label: contactMethodLabels[value] }));

export const accessibilityChoices = accessibilityNeedValues.map((value) => ({ value, label: accessibilityNeedLabels[value] }));

export const diagnosisChoices = diagnosisStatusValues.map((value) => ({ value, label: diagnosisStatusLabels[value] }));

export const currentStageChoices = currentStageValues.map((value) => ({ value, label: currentStageLabels[value] }));

export const howHeardChoices = howHeardValues.map((value) => ({ value, label: howHeardLabels[value] }));

export const ethnicityChoices = ethnicGroupValues.map((value) => ({ value, label: ethnicGroupLabels[value] }));
