import { badInput } from "./errors.js";

/** Cursors are opaque to clients: base64url JSON of whatever the list sorts by. */
export const encodeCursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

/** The position a cursor holds, when `check` recognises it; BAD_USER_INPUT (field `after`) otherwise. */
export function decodeCursor<T>(cursor: string, check: (v: unknown) => v is T): T {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (check(value)) return value;
  } catch {}
  throw badInput("after", "This cursor is not valid; start again from the first page.");
}

/** How many items a page asks for (`first`, default 25), between 1 and `max`; BAD_USER_INPUT otherwise. */
export function clampFirst(first: number | null | undefined, max = 100): number {
  const n = first ?? 25;
  if (!Number.isInteger(n) || n < 1 || n > max) throw badInput("first", `Ask for between 1 and ${max} items.`);
  return n;
}

/** Where a page of a list ends (the GraphQL `PageInfo`). */
export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

/** One page of a list that can grow: cursor-paginated (`first`/`after`), as SPEC §4 asks. */
export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
}
