import { describe, expect, it } from "vitest";
import { getMetadataStorage, type ClassType } from "type-graphql";
import { defaultFieldResolver, isObjectType } from "graphql";
import { buildAppSchema } from "./schema.js";

/**
 * Our object types are `simpleResolvers: true` (a list page resolves thousands of plain fields, and
 * type-graphql's wrapper around each cost more than reading the property). A simple field skips
 * type-graphql's auth checker and middlewares, so an `@Authorized` or `@UseMiddleware` on a plain
 * `@Field` of such a type would be silently ignored. Authorization lives on queries and
 * `@FieldResolver`s; this keeps it that way.
 */
describe("simple resolvers", () => {
  it("no plain field of a simple object type carries roles or middlewares", async () => {
    const schema = await buildAppSchema();
    const storage = getMetadataStorage();
    const simpleTargets = new Set(storage.objectTypes.filter((t) => t.simpleResolvers).map((t) => t.target));
    expect(simpleTargets.size).toBeGreaterThan(40);
    // `@Authorized` and `@UseMiddleware` on a member are recorded apart from the field, by target and name.
    const { authorizedFields, middlewares } = storage as unknown as {
      authorizedFields: { target: ClassType; fieldName: string }[];
      middlewares: { target: ClassType; fieldName: string }[];
    };
    const fieldResolvers = new Set(storage.fieldResolvers.map((r) => `${r.getObjectType?.()?.name}.${r.methodName}`));
    const bypassed = [...authorizedFields, ...middlewares]
      .filter((f) => simpleTargets.has(f.target) && !fieldResolvers.has(`${f.target.name}.${f.fieldName}`))
      .map((f) => ({ target: f.target, name: f.fieldName }));
    expect(bypassed.map((f) => `${f.target.name}.${f.name}`)).toEqual([]);

    // And the schema really has no wrapper on those fields: graphql-js reads the property itself.
    const referral = schema.getType("Referral");
    expect(isObjectType(referral)).toBe(true);
    if (isObjectType(referral)) {
      const { reference, caseId } = referral.getFields();
      expect(reference).toBeDefined();
      expect(reference?.resolve === undefined || reference.resolve === defaultFieldResolver).toBe(true);
      // Field resolvers declared in resolver classes keep their checks.
      expect(caseId?.resolve).toBeTypeOf("function");
    }
  });
});
