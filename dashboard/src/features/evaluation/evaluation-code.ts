/**
 * The evaluation code travels after `#` in the link (`/evaluate#CODE`): a fragment is never sent to
 * the server, so it cannot reach access logs, proxies or a Referer header. The page reads it once
 * and takes it out of the address bar.
 */
export const EVALUATION_PATH = "/evaluate";

/**
 * Codes are 16 characters of Crockford base32 (digits and capitals without I, L, O, U), printed and read
 * out as XXXX-XXXX-XXXX-XXXX. A family may type them in any case, with or without spaces and dashes, and
 * I or L for 1, O for 0: the server reads them the same way (server/src/evaluation/evaluation-code.ts;
 * tests/api/evaluation.test.ts checks the two agree). Codes issued before were 43 characters of base64url,
 * case-sensitive; they still work, typed exactly.
 */
export const CODE_LENGTH = 16;
export const CODE_EXAMPLE = "7K3M-Q9XD-2HFA-R8WT";
const LEGACY = /^[A-Za-z0-9_-]{43}$/;
const SYMBOLS = /^[0-9A-HJKMNP-TV-Z]*$/;

export type ReadCode =
  { ok: true; kind: "code" | "legacy"; value: string } | { ok: false; problem: "empty" | "characters" | "length"; length: number };

/**
 * What a family typed or pasted, as the code to send: a whole pasted link is reduced to the code after
 * its `#`; spaces and line breaks go; an old 43-character code is kept exactly; anything else has its
 * dashes dropped, is put in capitals, and has I and L read as 1, O as 0.
 */
export function readCode(typed: string): ReadCode {
  const afterHash = typed.includes("#") ? typed.slice(typed.lastIndexOf("#") + 1) : typed;
  const compact = afterHash.replace(/\s+/g, "");
  if (LEGACY.test(compact)) return { ok: true, kind: "legacy", value: compact };
  const symbols = compact.replace(/-+/g, "").toUpperCase().replace(/O/g, "0").replace(/[IL]/g, "1");
  if (!symbols) return { ok: false, problem: "empty", length: 0 };
  if (!SYMBOLS.test(symbols)) return { ok: false, problem: "characters", length: symbols.length };
  if (symbols.length !== CODE_LENGTH) return { ok: false, problem: "length", length: symbols.length };
  return { ok: true, kind: "code", value: symbols };
}

/** A code as people read it: a new one grouped in fours (XXXX-XXXX-XXXX-XXXX), an old one as it was. */
export function formatCode(code: string): string {
  const read = readCode(code);
  if (!read.ok || read.kind === "legacy") return code;
  return read.value.match(/.{4}/g)!.join("-");
}

/** The address families type from a letter, e.g. https://sendiass.example/evaluate. */
export function evaluationAddress(origin = window.location.origin): string {
  return `${origin}${EVALUATION_PATH}`;
}

/** The link for an email: the page opens with the code filled in. */
export function evaluationLink(code: string, origin = window.location.origin): string {
  return `${evaluationAddress(origin)}#${code}`;
}

/** The code in the link's fragment, or "" (the skip link's `#main`, a broken link). Pure: call it in render. */
export function codeFromLocation(): string {
  const read = readCode(window.location.hash.replace(/^#/, ""));
  return read.ok ? formatCode(read.value) : "";
}

/** Takes the fragment out of the address bar and this history entry, so the code is not left on screen. */
export function clearCodeFromLocation(): void {
  if (!window.location.hash) return;
  window.history.replaceState(window.history.state, "", window.location.pathname + window.location.search);
}
