import { graphql } from "../../gql";

/**
 * Allocations made or picked up: to the staff member allocated, and to managers. Carries what both
 * screens that listen show, so the cache updates them: the caseworker's list and the manager's status.
 */
export const AllocationAssignedDocument = graphql(`
  subscription AllocationAssigned {
    allocationAssigned {
      ...MyAllocationsEntry
      ...AllocationStatus
    }
  }
`);
