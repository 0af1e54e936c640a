import { randomBytes } from "node:crypto";
import { base32crockford } from "@scure/base";

/*
 * The code a family is given when their case closes, to send their anonymous evaluation (decision 010).
 *
 * New codes are 10 random bytes (80 bits) in Crockford's base32: 16 characters from 0-9 and A-Z without
 * I, L, O and U, shown as XXXX-XXXX-XXXX-XXXX so an officer can read it out on the phone and a family
 * can type it from a letter. What the family types is brought back to the canonical form (capitals, no
 * separators, I/L read as 1 and O as 0) before it is hashed; only that hash is stored.
 *
 * Codes issued before were 32 random bytes in base64url (43 characters, case-sensitive, with - and _).
 * They keep working: one of those is recognised by its shape and hashed exactly as it was written.
 */

export const CODE_CHARACTERS = 16;
const GROUP = 4;
const LEGACY_CODE = /^[A-Za-z0-9_-]{43}$/;
/** What a family may type for a new code once spaces and hyphens are gone: Crockford's symbols and the letters read as them. */
const TYPED_CODE = /^[0-9A-Za-z]+$/;

/** A new code, canonical (16 capitals and digits, no separators). */
export function newEvaluationCode(): string {
  return base32crockford.encode(randomBytes(10));
}

/** The canonical code as people read it: XXXX-XXXX-XXXX-XXXX. */
export function formatEvaluationCode(canonical: string): string {
  return canonical.match(new RegExp(`.{1,${GROUP}}`, "g"))?.join("-") ?? canonical;
}

export type ReadCode =
  | { ok: true; kind: "code" | "legacy"; /** what is hashed: the canonical code, or an old token exactly as issued */ value: string }
  | { ok: false; problem: string };

export const CODE_SHAPE_PROBLEMS = {
  empty: "Enter the code from your letter or email.",
  length: (n: number) => `The code has ${CODE_CHARACTERS} letters and numbers, like 7K3M-Q9XD-2HFA-R8WT. This one has ${n}.`,
  characters: "The code has only letters and numbers, like 7K3M-Q9XD-2HFA-R8WT, and never the letter U.",
} as const;

/**
 * What was typed, as the value to hash. Spaces anywhere are ignored (a code copied from a letter). An
 * old 43-character token is kept as it is, case and all; anything else is read as a new code: hyphens
 * ignored, any case, I and L as 1, O as 0.
 */
export function readEvaluationCode(typed: string): ReadCode {
  const compact = typed.replace(/\s+/g, "");
  if (!compact) return { ok: false, problem: CODE_SHAPE_PROBLEMS.empty };
  if (LEGACY_CODE.test(compact)) return { ok: true, kind: "legacy", value: compact };
  const symbols = compact.replace(/-+/g, "");
  if (!symbols) return { ok: false, problem: CODE_SHAPE_PROBLEMS.empty };
  if (!TYPED_CODE.test(symbols)) return { ok: false, problem: CODE_SHAPE_PROBLEMS.characters };
  if (symbols.length !== CODE_CHARACTERS) return { ok: false, problem: CODE_SHAPE_PROBLEMS.length(symbols.length) };
  let bytes: Uint8Array;
  try {
    // The library's decoder does the reading: upper case, O → 0, I and L → 1; refuses U.
    bytes = base32crockford.decode(symbols);
  } catch {
    return { ok: false, problem: CODE_SHAPE_PROBLEMS.characters };
  }
  return { ok: true, kind: "code", value: base32crockford.encode(bytes) };
}
