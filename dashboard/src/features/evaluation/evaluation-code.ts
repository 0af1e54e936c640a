/**
 * The evaluation code travels after `#` in the link (`/evaluate#CODE`): a fragment is never sent to
 * the server, so it cannot reach access logs, proxies or a Referer header. The page reads it once
 * and takes it out of the address bar.
 */
export const EVALUATION_PATH = "/evaluate";

/** Codes are 32 random bytes in base64url: 43 letters, digits, `-` and `_`. */
export const CODE_LENGTH = 43;
const CODE = /^[A-Za-z0-9_-]{43}$/;

/** The address families type from a letter, e.g. https://sendiass.example/evaluate. */
export function evaluationAddress(origin = window.location.origin): string {
  return `${origin}${EVALUATION_PATH}`;
}

/** The link for an email: the page opens with the code filled in. */
export function evaluationLink(code: string, origin = window.location.origin): string {
  return `${evaluationAddress(origin)}#${code}`;
}

/**
 * What a family typed or pasted, as a code: spaces and line breaks go (a code copied from a letter),
 * and a whole pasted link is reduced to the code after its `#`.
 */
export function normaliseCode(typed: string): string {
  const afterHash = typed.includes("#") ? typed.slice(typed.lastIndexOf("#") + 1) : typed;
  return afterHash.replace(/\s+/g, "");
}

export const isCode = (value: string): boolean => CODE.test(value);

/** The code in the link's fragment, or "" (the skip link's `#main`, a broken link). Pure: call it in render. */
export function codeFromLocation(): string {
  const code = normaliseCode(window.location.hash.replace(/^#/, ""));
  return isCode(code) ? code : "";
}

/** Takes the fragment out of the address bar and this history entry, so the code is not left on screen. */
export function clearCodeFromLocation(): void {
  if (!window.location.hash) return;
  window.history.replaceState(window.history.state, "", window.location.pathname + window.location.search);
}
