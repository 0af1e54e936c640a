import { Field, ObjectType } from "type-graphql";
import { badInput } from "./errors.js";

@ObjectType({ simpleResolvers: true })
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

/** Cursors are opaque to clients: base64url JSON of whatever the list sorts by. */
export const encodeCursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

export function decodeCursor<T>(cursor: string, check: (v: any) => v is T): T {
  try {
    const value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (check(value)) return value;
  } catch {}
  throw badInput("after", "This cursor is not valid; start again from the first page.");
}

export function clampFirst(first: number | null | undefined, max = 100): number {
  const n = first ?? 25;
  if (!Number.isInteger(n) || n < 1 || n > max) throw badInput("first", `Ask for between 1 and ${max} items.`);
  return n;
}
