import { ETHNIC_GROUP, type EthnicGroup } from "../core/vocabulary.js";

/**
 * How each ethnic group is stored in `people.ethnicity` and `children.ethnicity`: the census
 * wording the form used when the column was text. Existing rows hold exactly these, and the
 * statistics rollups classify the text by keyword (migration 0005), so these never change; the
 * GraphQL enum's labels (core/vocabulary.ts) may.
 */
export const ETHNIC_GROUP_STORED_AS: Readonly<Record<EthnicGroup, string>> = {
  ASIAN: "Asian or Asian British",
  BLACK: "Black, Black British, Caribbean or African",
  MIXED: "Mixed or multiple ethnic groups",
  WHITE: "White",
  OTHER: "Other ethnic group",
  PREFER_NOT_TO_SAY: "Prefer not to say",
};

const byStoredText = new Map(ETHNIC_GROUP.values.map((g) => [ETHNIC_GROUP_STORED_AS[g], g]));

/** The group a stored value stands for; null when none was recorded, or for text from before the list (none came through the API). */
export const ethnicGroupOf = (stored: string | null): EthnicGroup | null => (stored === null ? null : (byStoredText.get(stored) ?? null));
