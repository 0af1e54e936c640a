import type { RecordAccess } from "../core/vocabulary.js";

/*
 * The rules of finding records (issue 19, decision 033): what a search may match and what a
 * searcher sees of a family they do not hold.
 */

/** Trigram matching needs three characters; fewer would match half the service. */
export const MIN_NAME_LENGTH = 3;

/** How similar a name must be to match (the rule lives with the person: person/name.ts). */
export { NAME_SIMILARITY } from "../person/name.js";

/** A search page is short: it is for finding a family, not listing the service. */
export const MAX_SEARCH_RESULTS = 50;

/**
 * What a searcher sees of a hit: everything when they may read any record of the service (managers)
 * or the family is theirs (they entered the referral or hold its case); otherwise only that the family
 * is known — names, reference, status and who holds it, so a call can be passed on and no duplicate
 * entered — and no contact details, date of birth or notes, and the record does not open.
 */
export function hitAccess(opts: { readsAny: boolean; entered: boolean; holds: boolean }): RecordAccess {
  return opts.readsAny || opts.entered || opts.holds ? "FULL" : "LIMITED";
}

/** Postcodes compare upper-case without spaces. */
export const normalisePostcode = (postcode: string) => postcode.replace(/\s+/g, "").toUpperCase();

/** The family record opens for managers, and for anyone else only on a family they entered or hold. */
export const personReadable = (o: { readsAny: boolean; theirs: boolean }) => o.readsAny || o.theirs;

/** Contact details are corrected by managers, or by whoever entered or holds the family. */
export const personCorrectable = (o: { writesAny: boolean; theirs: boolean }) => o.writesAny || o.theirs;

/** An entry made in error is voided by a manager or by the case's holder now. */
export const voidable = (o: { writesAny: boolean; holds: boolean; recordedBySelf: boolean }) => o.writesAny || o.holds;
