import { Arg, Authorized, Ctx, Int, Query, Resolver } from "type-graphql";
import type { Context } from "../graphql/context.js";
import { Permission } from "../core/permissions.js";
import { RecordSearchInput } from "./records.inputs.js";
import { RecordSearchConnection } from "./records.type.js";
import { searchRecords } from "./records.service.js";
import { CaseListFilter } from "./case-list.inputs.js";
import { CaseListConnection } from "./case-list.type.js";
import { listCases } from "./case-list.service.js";

@Resolver()
export class RecordsResolver {
  @Authorized(Permission.SearchRecords)
  @Query(() => RecordSearchConnection, {
    description:
      "Find families of the caller's service by name (typos tolerated), date of birth, postcode, reference, phone or email. Audited. Managers see every hit in full; officers in full only families they entered or hold.",
  })
  searchRecords(
    @Arg("input", () => RecordSearchInput) input: RecordSearchInput,
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { nullable: true, defaultValue: 20 }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
  ): Promise<RecordSearchConnection> {
    return searchRecords({ db: ctx.db, viewer: ctx.viewer!, input, first, after, correlationId: ctx.correlationId });
  }

  @Authorized(Permission.ReadCaseOwn)
  @Query(() => CaseListConnection, {
    description: "Cases, newest first: managers every case of the service (by status, level, holder); others the cases they hold now.",
  })
  cases(
    @Ctx() ctx: Context,
    @Arg("filter", () => CaseListFilter, { nullable: true }) filter?: CaseListFilter,
    @Arg("first", () => Int, { nullable: true, defaultValue: 25 }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
  ): Promise<CaseListConnection> {
    return listCases({ db: ctx.db, viewer: ctx.viewer!, filter, first, after, correlationId: ctx.correlationId });
  }
}
