/**
 * Ethnic group, as the ONS 2021 census's high-level categories. A fixed list, not free text: it is
 * part of the anonymised statistical skeleton that survives erasure, so it must never hold anything
 * that identifies a family.
 */
export const ETHNIC_GROUPS = [
  "Asian or Asian British",
  "Black, Black British, Caribbean or African",
  "Mixed or multiple ethnic groups",
  "White",
  "Other ethnic group",
  "Prefer not to say",
] as const;
export type EthnicGroup = (typeof ETHNIC_GROUPS)[number];
