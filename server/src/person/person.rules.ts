/**
 * Rules about how a person is shown. A list that names many families (an officer's caseload)
 * shows a child by initials, so a screen glanced at in a waiting room gives no names away.
 */

/** "Amara Okafor-Jones" → "A O": the first letter of the first and last words of the name. */
export function initialsOf(fullName: string | null): string | null {
  const words = (fullName ?? "").trim().split(/\s+/u).filter(Boolean);
  const first = words[0];
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  if (!first) return null;
  const letter = (w: string) => (Array.from(w)[0] ?? "").toLocaleUpperCase("en-GB");
  return last ? `${letter(first)} ${letter(last)}` : letter(first);
}
