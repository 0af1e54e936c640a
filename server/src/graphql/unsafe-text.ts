import { GraphQLError, Kind, visit, type DocumentNode, type ValueNode } from "graphql";
import { ErrorCode } from "../core/errors.js";

/**
 * Text PostgreSQL cannot store, checked once for every string a request carries (decision 025): a NUL
 * character (`text` and `jsonb` refuse it: error 22021 / 22P05) or invalid UTF-16 — a lone surrogate,
 * which has no UTF-8 form and would be stored as U+FFFD, silently changed. Both transports call
 * `unsafeTextIn` after validating a document and before running it, over every string literal in the
 * document (argument values, variable defaults) and every string and object key in the variables, so
 * no resolver, scalar or service has to remember to.
 */
// NUL, or a high surrogate not followed by a low one, or a low one not after a high one (code units: no `u` flag).
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
export const isStorableText = (s: string) => !UNSTORABLE.test(s);

export const UNSAFE_TEXT_MESSAGE = "This contains characters we cannot store.";

interface DocumentFacts {
  /** The first unsafe literal's field path, if any. */
  literal: string | null;
  /** Where each variable is used: the argument path it fills ("input.contact"), so a problem names the field as a form knows it. */
  variablePaths: Map<string, string>;
}

// Apollo keeps parsed documents (its document store), so a document is walked once, not per request.
const facts = new WeakMap<DocumentNode, DocumentFacts>();

/** A position in a nested value, linked to its parent: the path string is built only for the one reported. */
interface At {
  parent: At | null;
  key: string;
}
const pathOf = (at: At) => {
  const keys: string[] = [];
  for (let a: At | null = at; a; a = a.parent) keys.push(a.key);
  return keys.reverse().join(".");
};

function factsOf(document: DocumentNode): DocumentFacts {
  let found = facts.get(document);
  if (found) return found;
  const result: DocumentFacts = { literal: null, variablePaths: new Map() };
  const walk = (root: ValueNode, key: string) => {
    // Iterative: a literal may be nested as deep as the token limit allows.
    const stack: [ValueNode, At][] = [[root, { parent: null, key }]];
    while (stack.length > 0) {
      const [node, at] = stack.pop()!;
      if (node.kind === Kind.STRING) {
        if (result.literal === null && !isStorableText(node.value)) result.literal = pathOf(at);
      } else if (node.kind === Kind.VARIABLE) {
        if (!result.variablePaths.has(node.name.value)) result.variablePaths.set(node.name.value, pathOf(at));
      } else if (node.kind === Kind.LIST) {
        for (let i = node.values.length - 1; i >= 0; i--) stack.push([node.values[i]!, { parent: at, key: String(i) }]);
      } else if (node.kind === Kind.OBJECT) {
        for (let i = node.fields.length - 1; i >= 0; i--) {
          const f = node.fields[i]!;
          stack.push([f.value, { parent: at, key: f.name.value }]);
        }
      }
    }
  };
  visit(document, {
    Argument(node) {
      walk(node.value, node.name.value);
    },
    VariableDefinition(node) {
      if (node.defaultValue) walk(node.defaultValue, node.variable.name.value);
    },
  });
  facts.set(document, (found = result));
  return found;
}

/** The first string in the document or the variables that cannot be stored, as the field path a form knows, or null. */
export function unsafeTextIn(document: DocumentNode, variables: Record<string, unknown> | null | undefined): string | null {
  const { literal, variablePaths } = factsOf(document);
  if (literal !== null) return literal;
  if (!variables || typeof variables !== "object") return null;
  // Iterative for the same reason: JSON variables can nest deeper than the call stack.
  const stack: [unknown, At][] = Object.entries(variables)
    .reverse()
    .map(([name, value]) => [value, { parent: null, key: variablePaths.get(name) ?? name }]);
  while (stack.length > 0) {
    const [value, at] = stack.pop()!;
    if (typeof value === "string") {
      if (!isStorableText(value)) return pathOf(at);
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], { parent: at, key: String(i) }]);
    } else if (value !== null && typeof value === "object") {
      const entries = Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, v] = entries[i]!;
        if (!isStorableText(key)) return pathOf(at);
        stack.push([v, { parent: at, key }]);
      }
    }
  }
  return null;
}

/** The refusal both transports send: BAD_USER_INPUT naming the field, HTTP 400. */
export function unsafeTextError(field: string): GraphQLError {
  return new GraphQLError(UNSAFE_TEXT_MESSAGE, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, field, http: { status: 400 } },
  });
}
