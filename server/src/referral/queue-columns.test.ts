import "reflect-metadata";
import { describe, expect, it } from "vitest";
import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode, type FieldNode } from "graphql";
import { queueColumnsFor } from "./referral.resolver.js";

/** The resolve info `triageQueue` gets for a document (its field node and the document's fragments). */
function infoOf(document: string) {
  const doc = parse(document);
  const operation = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments };
}

describe("queueColumnsFor (decision 051)", () => {
  it("reads the queue's columns for the queue's fields, however they are written", () => {
    expect(queueColumnsFor(infoOf(`{ triageQueue { totalCount pageInfo { endCursor } } }`))).toBe("queue");
    expect(
      queueColumnsFor(
        infoOf(`{ triageQueue { edges { cursor node { id x: priority priorityReasons { label } contact { fullName } child { ageYears }
          nextKeyDate { kind on } keyDates { notes } caseId } } } }`),
      ),
    ).toBe("queue");
    expect(
      queueColumnsFor(infoOf(`{ triageQueue { edges { node { ...F } } } } fragment F on Referral { ... on Referral { id overdue } }`)),
    ).toBe("queue");
  });

  it("reads every column as soon as one field needs another (or is not known)", () => {
    for (const node of [
      "id reasonForReferral",
      "contact { email }",
      "child { needsOverview }",
      "nextKeyDate { notes }",
      "eligibilityChecks { met }",
      "triagedAt",
      "someFieldAddedLater",
    ])
      expect(queueColumnsFor(infoOf(`{ triageQueue { edges { node { ${node} } } } }`)), node).toBe("all");
    // In a fragment, under an include, or in a second mention of the same field: still seen.
    expect(queueColumnsFor(infoOf(`{ triageQueue { edges { node { ...F } } } } fragment F on Referral { triageNotes }`))).toBe("all");
    expect(queueColumnsFor(infoOf(`query($x: Boolean!) { triageQueue { edges { node { id topic @include(if: $x) } } } }`))).toBe("all");
    expect(queueColumnsFor(infoOf(`{ triageQueue { edges { node { id } } edges { node { howHeard } } } }`))).toBe("all");
  });
});
