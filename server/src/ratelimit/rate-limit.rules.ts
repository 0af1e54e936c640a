/*
 * How many attempts one account or one client address may make, counted in PostgreSQL so every
 * instance shares the budget (decision 003).
 */

export interface Limit {
  bucket: string;
  max: number;
  windowMs: number;
  message: string;
}

/** The limit of each bucket; `max` attempts that count, within `windowMs`. */
export const limitsByBucket = {
  /**
   * Per account and client address: ≤ 10 failed sign-ins in 5 minutes (decision 024). A stranger
   * guessing locks the account out for their own address only.
   */
  login: { bucket: "login", max: 10, windowMs: 5 * 60_000, message: "Too many sign-in attempts. Try again in a few minutes." },
  /** Per client address: the public form is for families, not scripts. */
  selfReferral: {
    bucket: "self-referral",
    max: 5,
    windowMs: 10 * 60_000,
    message: "We have received several forms from your connection just now. Please wait a few minutes, or call our helpline.",
  },
  /**
   * Per client address: codes that did not work (unknown or already used). A code is 80 random bits
   * (decision 010), so this is defence in depth against scripted guessing; a family mistyping a few times is not stopped,
   * and answers sent with a good code never count (a family centre may help several families).
   */
  evaluation: {
    bucket: "evaluation",
    max: 10,
    windowMs: 10 * 60_000,
    message: "Several codes that did not work have been tried from your connection. Please wait 10 minutes and try again, or phone us.",
  },
} satisfies Record<string, Limit>;

/** Sign-in limits beyond the one per account and address (decision 024). */
export const signInLimits = {
  /** Per client address, whichever accounts it tries: ≤ 30 failed sign-ins in 5 minutes (password spraying). */
  address: {
    bucket: "login-address",
    max: 30,
    windowMs: 5 * 60_000,
    message: "Too many sign-in attempts from your connection. Try again in a few minutes.",
  },
  /**
   * Per account, from addresses it has not signed in from: ≤ 50 failed sign-ins in an hour (guessing
   * spread over many addresses). An address the account signed in from before is not held to it.
   */
  accountFromNewAddresses: {
    bucket: "login-account",
    max: 50,
    windowMs: 60 * 60_000,
    message: "Too many sign-in attempts for this account. Try again later, or from a device you have used before.",
  },
} satisfies Record<string, Limit>;

/** An address counts as one an account signed in from for this long after its last successful sign-in there. */
export const KNOWN_ADDRESS_DAYS = 90;
export const KNOWN_ADDRESS_BUCKET = "login-known";
