import type { Eligibility } from "../../gql/graphql";

/** How an eligibility decision is marked; its words are the server's (`eligibilityLabels`). */
export const eligibilityTone: Record<Eligibility, "ok" | "danger" | "neutral"> = {
  ELIGIBLE: "ok",
  PENDING: "neutral",
  INELIGIBLE: "danger",
};

/**
 * The levels of intervention with a hint for the manager choosing one. Level is an Int in the API,
 * so the SDL carries no label for it: these stay here until the API serves the server's wording
 * (`INTERVENTION_LEVEL_LABELS` in server/src/core/vocabulary.ts).
 */
export const levelLabel: Record<1 | 2 | 3 | 4, { label: string; hint: string }> = {
  1: { label: "Level 1: information and signposting", hint: "Written information, the Local Offer, other services." },
  2: { label: "Level 2: advice", hint: "Advice by phone or email on the family's situation." },
  3: { label: "Level 3: support", hint: "Casework: letters, meetings, help with the process." },
  4: { label: "Level 4: intensive support", hint: "Representation, tribunal. Only staff with legal training." },
};

/** A priority reason's weight as the manager reads it: "+25", or "−10" for an override that lowered it. */
export function signedWeight(weight: number): string {
  return weight < 0 ? `−${-weight}` : `+${weight}`;
}

/** The code of the reason that carries a manager's override: its weight is the override minus the computed priority. */
export const OVERRIDE_REASON = "MANAGER_OVERRIDE";

/** The priority the criteria give, before any override: the API's reasons without the override add up to it. */
export function computedPriority(reasons: readonly { code: string; weight: number }[]): number {
  return reasons.filter((r) => r.code !== OVERRIDE_REASON).reduce((sum, r) => sum + r.weight, 0);
}
