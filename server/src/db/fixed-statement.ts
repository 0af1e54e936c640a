import { PgDialect } from "drizzle-orm/pg-core";
import { SQL, StringChunk } from "drizzle-orm";

const dialect = new PgDialect();

/**
 * A statement whose shape never changes and whose values do, built through drizzle once and bound
 * afresh on each call: for statements run on every event (subscription delivery), where rebuilding
 * a large `sql` tree each time costs more than the values.
 *
 * `build` is called once with `sentinels` — values unique enough that each parameter equal to one of
 * them is that value's slot (a UUID, an ISO timestamp nobody uses); every other parameter is a
 * constant of the shape. Each call gives a flat `SQL` of the same text with the caller's values in
 * the slots, run as usual (`q.execute`, counted and logged like any statement).
 */
export function fixedStatement<V extends Record<string, string>>(sentinels: V, build: (values: V) => SQL): (values: V) => SQL {
  let compiled: { texts: string[]; slots: ({ name: keyof V } | { constant: unknown })[] } | undefined;
  const compile = () => {
    const query = dialect.sqlToQuery(build(sentinels));
    const byValue = new Map<unknown, keyof V>(Object.entries(sentinels).map(([name, value]) => [value, name as keyof V]));
    const slots = query.params.map((p) => (byValue.has(p) ? { name: byValue.get(p)! } : { constant: p }));
    const found = new Set(slots.flatMap((s) => ("name" in s ? [s.name] : [])));
    const absent = Object.keys(sentinels).filter((n) => !found.has(n));
    if (absent.length > 0) throw new Error(`fixedStatement: ${absent.join(", ")} not found among the statement's parameters`);
    // Parameters are $1…$n in order of first appearance; split the text around them.
    const texts: string[] = [];
    const order: number[] = [];
    let last = 0;
    for (const m of query.sql.matchAll(/\$(\d+)\b/g)) {
      texts.push(query.sql.slice(last, m.index));
      order.push(Number(m[1]) - 1);
      last = m.index! + m[0].length;
    }
    texts.push(query.sql.slice(last));
    return { texts, slots: order.map((i) => slots[i]!) };
  };
  return (values) => {
    compiled ??= compile();
    const chunks: unknown[] = [new StringChunk(compiled.texts[0]!)];
    for (let i = 0; i < compiled.slots.length; i++) {
      const slot = compiled.slots[i]!;
      chunks.push("name" in slot ? values[slot.name] : slot.constant, new StringChunk(compiled.texts[i + 1]!));
    }
    return new SQL(chunks as never);
  };
}
