/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type QueueChange = "ADDED" | "UPDATED" | "REMOVED";

/** The label of each value, as the server words it. */
export const queueChangeLabels: Readonly<Record<QueueChange, string>> = {
  ADDED: "Joined the queue",
  UPDATED: "Changed while in the queue",
  REMOVED: "Left the queue",
};

/** Every QueueChange, in the schema's order (for a select or a list of choices). */
export const queueChangeValues: readonly QueueChange[] = ["ADDED", "UPDATED", "REMOVED"];
