/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type HowHeard = "EVENT" | "FRIEND_FAMILY" | "HEALTH" | "LOCAL_AUTHORITY" | "LOCAL_OFFER" | "OTHER" | "PREVIOUS_USE" | "SCHOOL" | "SEARCH_ENGINE" | "SOCIAL_MEDIA";

/** The label of each value, as the server words it. */
export const howHeardLabels: Readonly<Record<HowHeard, string>> = {
  EVENT: "Event",
  FRIEND_FAMILY: "Friend or family",
  HEALTH: "Health",
  LOCAL_AUTHORITY: "Local authority",
  LOCAL_OFFER: "Local Offer",
  OTHER: "Other",
  PREVIOUS_USE: "Used the service before",
  SCHOOL: "School",
  SEARCH_ENGINE: "Search engine",
  SOCIAL_MEDIA: "Social media",
};

/** Every HowHeard, in the schema's order (for a select or a list of choices). */
export const howHeardValues: readonly HowHeard[] = ["EVENT", "FRIEND_FAMILY", "HEALTH", "LOCAL_AUTHORITY", "LOCAL_OFFER", "OTHER", "PREVIOUS_USE", "SCHOOL", "SEARCH_ENGINE", "SOCIAL_MEDIA"];
