import { ArgsType, Field, InputType, type ClassType } from "type-graphql";
import type { z } from "zod";

/*
 * GraphQL input types derived from the zod schemas that validate them (decision 018). A domain's
 * `*.validation.ts` declares each input once, as a zod object; its `*.inputs.ts` names the GraphQL
 * type of every field (GraphQL tells ID from String and LocalDate from String, zod does not) and
 * the description, and gets the type-graphql class. Field names and nullability come from the zod
 * schema: a field is nullable in GraphQL exactly when the schema accepts it absent (and then it
 * must accept null too). TypeScript holds the hints to the schema's keys, one for one.
 */

/** What type-graphql's `@Field(() => …)` accepts: a scalar, an enum object, an input class, or a list of one. */
export type GraphQLTypeRef = () => unknown;

export type FieldHint =
  | GraphQLTypeRef
  | {
      type: GraphQLTypeRef;
      description?: string;
      /**
       * Nullable in GraphQL although the schema requires it: for a field other input decides
       * whether it is needed (the public form without consent to record), so that leaving it out
       * reaches the service and is refused by name, or not at all.
       */
      nullable?: true;
    };

export type FieldHints<S extends z.ZodObject> = { readonly [K in keyof z.input<S> & string]-?: FieldHint };

interface ZodInternals {
  _zod: { optin?: "optional"; def: { type: string; in?: ZodInternals; innerType?: ZodInternals } };
}

/** Whether a schema accepts an absent value and a null one (looking through optional, nullable, default and pipes). */
function absence(schema: ZodInternals): { absent: boolean; null: boolean } {
  const absent = schema._zod.optin === "optional";
  let acceptsNull = false;
  for (let s: ZodInternals | undefined = schema; s;) {
    const def: ZodInternals["_zod"]["def"] = s._zod.def;
    if (def.type === "nullable") acceptsNull = true;
    s = def.type === "pipe" ? def.in : def.innerType;
  }
  return { absent, null: acceptsNull };
}

function decorateFields<S extends z.ZodObject>(target: ClassType, typeName: string, schema: S, fields: FieldHints<S>) {
  const shape = schema.shape as Record<string, ZodInternals>;
  const hinted = new Set(Object.keys(fields));
  const missing = Object.keys(shape).filter((k) => !hinted.has(k));
  if (missing.length > 0) throw new Error(`${typeName}: no GraphQL type for ${missing.join(", ")}`);
  for (const [key, hint] of Object.entries(fields) as [string, FieldHint][]) {
    const field = shape[key];
    if (!field) throw new Error(`${typeName}.${key}: not in the schema`);
    const { type, description, nullable: forced } = typeof hint === "function" ? { type: hint } : hint;
    const accepts = absence(field);
    if (accepts.absent !== accepts.null)
      throw new Error(`${typeName}.${key}: the schema must accept both absent and null, or neither (.optional().nullable())`);
    if (forced && accepts.absent) throw new Error(`${typeName}.${key}: already nullable in the schema; drop \`nullable\``);
    Field(type as () => ClassType, { nullable: accepts.absent || forced === true, description })(target.prototype as object, key);
  }
}

/** A class named `name` (type-graphql keeps one per type; the name shows in stack traces). */
const namedClass = (name: string): ClassType => ({ [name]: class {} })[name] as ClassType;

/**
 * The GraphQL input type of a zod object schema. A schema built per request (with the date it
 * checks against) is given as built with any date: only its shape is read.
 */
export function inputType<S extends z.ZodObject>(
  name: string,
  schema: S,
  opts: { description?: string; fields: FieldHints<S> },
): ClassType<z.input<S>> {
  const target = namedClass(name);
  decorateFields(target, name, schema, opts.fields);
  InputType(name, { description: opts.description })(target);
  return target as ClassType<z.input<S>>;
}

/** The arguments of a field as one zod object schema (`@Args(() => X)`): each schema field becomes an argument. */
export function argsType<S extends z.ZodObject>(name: string, schema: S, opts: { fields: FieldHints<S> }): ClassType<z.input<S>> {
  const target = namedClass(name);
  decorateFields(target, name, schema, opts.fields);
  ArgsType()(target);
  return target as ClassType<z.input<S>>;
}
