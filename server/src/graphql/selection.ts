import { Kind, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";

/**
 * What a query selects below a resolver's field, by field name (aliases do not matter, fragments and
 * inline fragments are followed). A field under `@include`/`@skip` counts as selected whatever the
 * variables say: callers use this to leave out work for fields nobody asked for, and doing a little
 * too much is always right.
 */
export interface Selection {
  /** The fields selected here, each with what is selected below it (merged over every mention). */
  fields: Map<string, Selection>;
}

function collect(sets: readonly (SelectionSetNode | undefined)[], fragments: Record<string, FragmentDefinitionNode>): Selection {
  const byName = new Map<string, (SelectionSetNode | undefined)[]>();
  const visit = (set: SelectionSetNode | undefined, seen: Set<string>) => {
    for (const node of set?.selections ?? []) {
      if (node.kind === Kind.FIELD) {
        const name = node.name.value;
        const list = byName.get(name);
        if (list) list.push(node.selectionSet);
        else byName.set(name, [node.selectionSet]);
      } else if (node.kind === Kind.INLINE_FRAGMENT) visit(node.selectionSet, seen);
      else if (!seen.has(node.name.value)) visit(fragments[node.name.value]?.selectionSet, new Set([...seen, node.name.value]));
    }
  };
  for (const set of sets) visit(set, new Set());
  return { fields: new Map([...byName].map(([name, below]) => [name, collect(below, fragments)])) };
}

const cache = new WeakMap<FieldNode, Selection>();

/**
 * The selection below the resolver's field. Kept per field node (a node belongs to one parsed document,
 * and Apollo keeps parsed documents), so a query sent again costs a lookup.
 */
export function selectionOf(info: Pick<GraphQLResolveInfo, "fieldNodes" | "fragments">): Selection {
  const first = info.fieldNodes[0];
  const known = first && info.fieldNodes.length === 1 ? cache.get(first) : undefined;
  if (known) return known;
  const selection = collect(
    info.fieldNodes.map((n) => n.selectionSet),
    info.fragments,
  );
  if (first && info.fieldNodes.length === 1) cache.set(first, selection);
  return selection;
}

/**
 * Whether everything selected is within `allowed`: a field name mapped to `true` (anything below it),
 * or to the allowed names below it, recursively. Unknown fields answer false.
 */
export function selectedWithin(selection: Selection, allowed: Allowed): boolean {
  for (const [name, below] of selection.fields) {
    const rule = allowed[name];
    if (rule === undefined) return false;
    if (rule !== true && !selectedWithin(below, rule)) return false;
  }
  return true;
}
export interface Allowed {
  [field: string]: true | Allowed;
}
