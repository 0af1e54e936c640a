/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type HowHeard = "SCHOOL" | "HEALTH" | "LOCAL_AUTHORITY" | "LOCAL_OFFER" | "FRIEND_FAMILY" | "SOCIAL_MEDIA" | "EVENT" | "SEARCH_ENGINE" | "PREVIOUS_USE" | "OTHER";

/** The label of each value, as the server words it. */
export const howHeardLabels: Readonly<Record<HowHeard, string>> = {
  SCHOOL: "School",
  HEALTH: "Health",
  LOCAL_AUTHORITY: "Local authority",
  LOCAL_OFFER: "Local Offer",
  FRIEND_FAMILY: "Friend or family",
  SOCIAL_MEDIA: "Social media",
  EVENT: "Event",
  SEARCH_ENGINE: "Search engine",
  PREVIOUS_USE: "Used the service before",
  OTHER: "Other",
};

/** Every HowHeard, in the schema's order (for a select or a list of choices). */
export const howHeardValues: readonly HowHeard[] = ["SCHOOL", "HEALTH", "LOCAL_AUTHORITY", "LOCAL_OFFER", "FRIEND_FAMILY", "SOCIAL_MEDIA", "EVENT", "SEARCH_ENGINE", "PREVIOUS_USE", "OTHER"];
