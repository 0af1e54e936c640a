import { execFileSync } from "node:child_process";
import { sql } from "drizzle-orm";
import type { TestServer } from "./server.js";

/** Every row of every table in the public schema, as text (works on PGlite and PostgreSQL). */
export async function dumpAllRows(server: TestServer): Promise<string> {
  const res: any = await server.db.execute(
    sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  );
  const tables: { table_name: string }[] = Array.isArray(res) ? res : res.rows;
  const parts: string[] = [];
  for (const { table_name } of tables) {
    const rows: any = await server.db.execute(sql.raw(`select row_to_json(t)::text as j from "${table_name}" t`));
    for (const r of Array.isArray(rows) ? rows : rows.rows) parts.push(`${table_name} ${r.j}`);
  }
  return parts.join("\n");
}

/** pg_dump of the test database (PostgreSQL mode only). */
export function pgDump(url: string): string {
  return execFileSync("pg_dump", ["--no-owner", "--data-only", url], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
}
