import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../graphql/context.js";
import { Permission } from "../core/permissions.js";
import { ActivityExpense, ExpenseTotal, GroupSession, MonitoringNote, SessionAttendeeChoice } from "./groupwork.type.js";
import {
  RecordActivityExpenseInput,
  RecordGroupSessionInput,
  RecordMonitoringNoteInput,
  RecordSessionEvaluationsInput,
} from "./groupwork.inputs.js";
import {
  expenseTotals,
  listGroupSessions,
  listMonitoringNotes,
  recordActivityExpense,
  recordGroupSession,
  recordMonitoringNote,
  recordSessionEvaluations,
  sessionAttendeeChoices,
} from "./groupwork.service.js";

/** Group sessions, monitoring notes and expenses (issue 20, decision 042). */
@Resolver()
export class GroupWorkResolver {
  @Authorized(Permission.WriteCaseOwn)
  @Query(() => [GroupSession], { description: "Information and training sessions, newest first (the latest 200)." })
  groupSessions(@Ctx() ctx: Context): Promise<GroupSession[]> {
    return listGroupSessions({ db: ctx.db, viewer: ctx.viewer! });
  }

  @Authorized(Permission.WriteCaseOwn)
  @Query(() => [SessionAttendeeChoice], {
    description:
      "Whom the caller may link to a session as attending: a manager anyone of the service; others the families of cases they work or worked.",
  })
  sessionAttendeeChoices(@Ctx() ctx: Context): Promise<SessionAttendeeChoice[]> {
    return sessionAttendeeChoices({ db: ctx.db, viewer: ctx.viewer! });
  }

  @Authorized(Permission.WriteCaseOwn)
  @Mutation(() => GroupSession, {
    description:
      "Record a session held: kind, title, topic, facilitator, how many attended and, optionally, who — only people from `sessionAttendeeChoices` (FORBIDDEN), never more attending than the number (ATTENDANCE_EXCEEDS_COUNT).",
  })
  recordGroupSession(
    @Arg("input", () => RecordGroupSessionInput) input: RecordGroupSessionInput,
    @Ctx() ctx: Context,
  ): Promise<GroupSession> {
    return recordGroupSession({ db: ctx.db, viewer: ctx.viewer!, input, now: ctx.now() });
  }

  @Authorized(Permission.WriteCaseOwn)
  @Mutation(() => GroupSession, {
    description: "Enter a session's anonymous evaluation forms (scores only; never more forms than attended: ATTENDANCE_EXCEEDS_COUNT).",
  })
  recordSessionEvaluations(
    @Arg("input", () => RecordSessionEvaluationsInput) input: RecordSessionEvaluationsInput,
    @Ctx() ctx: Context,
  ): Promise<GroupSession> {
    return recordSessionEvaluations({ db: ctx.db, viewer: ctx.viewer!, input });
  }

  @Authorized(Permission.WriteCaseOwn)
  @Query(() => [MonitoringNote], { description: "Anonymised poor practice and positive outcomes, newest month first (the latest 200)." })
  monitoringNotes(@Ctx() ctx: Context): Promise<MonitoringNote[]> {
    return listMonitoringNotes({ db: ctx.db, viewer: ctx.viewer! });
  }

  @Authorized(Permission.WriteCaseOwn)
  @Mutation(() => MonitoringNote, {
    description:
      "Record an anonymised poor-practice issue or positive outcome; text that looks personal is refused (PERSONAL_DATA_IN_ANONYMOUS_TEXT).",
  })
  recordMonitoringNote(
    @Arg("input", () => RecordMonitoringNoteInput) input: RecordMonitoringNoteInput,
    @Ctx() ctx: Context,
  ): Promise<MonitoringNote> {
    return recordMonitoringNote({ db: ctx.db, viewer: ctx.viewer!, input, now: ctx.now() });
  }

  @Authorized(Permission.WriteCaseOwn)
  @Mutation(() => ActivityExpense, {
    description: "Record or correct the mileage and expenses of an activity: whoever did it, or a manager.",
  })
  recordActivityExpense(
    @Arg("input", () => RecordActivityExpenseInput) input: RecordActivityExpenseInput,
    @Ctx() ctx: Context,
  ): Promise<ActivityExpense> {
    return recordActivityExpense({ db: ctx.db, viewer: ctx.viewer!, input });
  }

  @Authorized(Permission.AllocateReferral)
  @Query(() => [ExpenseTotal], { description: "Managers: each staff member's mileage and expenses in a month (YYYY-MM)." })
  expenseTotals(@Arg("month", () => String) month: string, @Ctx() ctx: Context): Promise<ExpenseTotal[]> {
    return expenseTotals({ db: ctx.db, viewer: ctx.viewer!, month });
  }
}
