import { PgDialect } from "drizzle-orm/pg-core";
import { SQL, StringChunk } from "drizzle-orm";

const dialect = new PgDialect();

/** A rendered statement: its text split around its parameters, each slot a sentinel's name or a constant. */
interface Compiled<V> {
  texts: string[];
  slots: ({ name: keyof V } | { constant: unknown })[];
  /** The sentinels found among the parameters. */
  found: Set<keyof V>;
}

/**
 * A rendered statement's text split around its parameters ($1…$n, in order of first appearance):
 * `texts` has one more entry than `slots`, and slot i (what `slotOf` makes of the parameter written
 * there) goes between texts i and i + 1.
 */
export function splitAroundParameters<S>(
  query: { sql: string; params: unknown[] },
  slotOf: (param: unknown) => S,
): { texts: string[]; slots: S[] } {
  const byIndex = query.params.map(slotOf);
  const texts: string[] = [];
  const slots: S[] = [];
  let last = 0;
  for (const m of query.sql.matchAll(/\$(\d+)\b/g)) {
    texts.push(query.sql.slice(last, m.index));
    slots.push(byIndex[Number(m[1]) - 1]!);
    last = m.index + m[0].length;
  }
  texts.push(query.sql.slice(last));
  return { texts, slots };
}

function compile<V extends Record<string, string>>(statement: SQL, sentinels: V): Compiled<V> {
  const byValue = new Map<unknown, keyof V>(Object.entries(sentinels).map(([name, value]) => [value, name as keyof V]));
  const found = new Set<keyof V>();
  const { texts, slots } = splitAroundParameters(dialect.sqlToQuery(statement), (p): Compiled<V>["slots"][number] => {
    const name = byValue.get(p);
    if (name === undefined) return { constant: p };
    found.add(name);
    return { name };
  });
  return { texts, slots, found };
}

/** A flat `SQL` of the compiled text with `values` in the sentinels' slots. */
function bind<V extends Record<string, string>>(compiled: Compiled<V>, values: V): SQL {
  const chunks: unknown[] = [new StringChunk(compiled.texts[0]!)];
  for (let i = 0; i < compiled.slots.length; i++) {
    const slot = compiled.slots[i]!;
    chunks.push("name" in slot ? values[slot.name] : slot.constant, new StringChunk(compiled.texts[i + 1]!));
  }
  return new SQL(chunks as never);
}

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
  let compiled: Compiled<V> | undefined;
  return (values) => {
    if (!compiled) {
      const c = compile(build(sentinels), sentinels);
      const absent = Object.keys(sentinels).filter((n) => !c.found.has(n));
      if (absent.length > 0) throw new Error(`fixedStatement: ${absent.join(", ")} not found among the statement's parameters`);
      compiled = c;
    }
    return bind(compiled, values);
  };
}

/**
 * A statement already built with `sentinels` for some of its values, rendered now and bound afresh on
 * each call, as `fixedStatement`'s; one set of statements built together may use a sentinel in some
 * of them only (where it is absent there is nothing to bind).
 */
export function statementTemplate<V extends Record<string, string>>(statement: SQL, sentinels: V): (values: V) => SQL {
  const compiled = compile(statement, sentinels);
  return (values) => bind(compiled, values);
}
