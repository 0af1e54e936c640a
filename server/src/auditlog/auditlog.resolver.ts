import { Arg, Authorized, Ctx, Int, Query, Resolver } from "type-graphql";
import type { Context } from "../graphql/context.js";
import { Permission } from "../core/permissions.js";
import { AuditFilterInput } from "./auditlog.inputs.js";
import { AuditEntryConnection } from "./auditlog.type.js";
import { exportAuditEntriesCsv, listAuditEntries } from "./auditlog.service.js";

@Resolver()
export class AuditLogResolver {
  @Authorized(Permission.ReadAudit)
  @Query(() => AuditEntryConnection, {
    description: "Administrators and managers: the service's audit log, newest first, filtered by person, record, action and dates.",
  })
  auditEntries(
    @Arg("filter", () => AuditFilterInput, { nullable: true }) filter: AuditFilterInput | null,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ): Promise<AuditEntryConnection> {
    return listAuditEntries({ db: ctx.db, viewer: ctx.viewer!, filter, first, after });
  }

  @Authorized(Permission.ReadAudit)
  @Query(() => String, { description: "The filtered audit log as CSV (at most 50,000 rows)." })
  auditEntriesCsv(
    @Arg("filter", () => AuditFilterInput, { nullable: true }) filter: AuditFilterInput | null,
    @Ctx() ctx: Context,
  ): Promise<string> {
    return exportAuditEntriesCsv({ db: ctx.db, viewer: ctx.viewer!, filter });
  }
}
