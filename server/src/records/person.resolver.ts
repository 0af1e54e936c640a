import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../graphql/context.js";
import { Permission } from "../core/permissions.js";
import { CorrectContactInput, MergePeopleInput, VoidActivityInput } from "./person.inputs.js";
import { FamilyActivity, PersonRecord } from "./person.type.js";
import { correctContact, getPersonRecord, mergePeople, voidActivity } from "./person.service.js";

@Resolver()
export class PersonResolver {
  @Authorized(Permission.SearchRecords)
  @Query(() => PersonRecord, {
    description: "The family record: one person with every referral, case, contact, consent, key date and correction. Audited.",
  })
  person(
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: Context,
    @Arg("withVoided", () => Boolean, { nullable: true, description: "Include activities voided as entered in error." })
    withVoided?: boolean,
  ): Promise<PersonRecord> {
    return getPersonRecord({ db: ctx.db, viewer: ctx.viewer!, personId: id, withVoided, correlationId: ctx.correlationId });
  }

  @Authorized(Permission.SearchRecords)
  @Mutation(() => PersonRecord, { description: "Correct a person's contact details, keeping the previous values with who, when and why." })
  correctContact(@Arg("input", () => CorrectContactInput) input: CorrectContactInput, @Ctx() ctx: Context): Promise<PersonRecord> {
    return correctContact({ db: ctx.db, viewer: ctx.viewer!, input, now: ctx.now(), correlationId: ctx.correlationId });
  }

  @Authorized(Permission.WriteCaseOwn)
  @Mutation(() => FamilyActivity, {
    description: "Void an activity entered in error (e.g. logged twice): kept for audit, out of statistics.",
  })
  voidActivity(@Arg("input", () => VoidActivityInput) input: VoidActivityInput, @Ctx() ctx: Context): Promise<FamilyActivity> {
    return voidActivity({ db: ctx.db, viewer: ctx.viewer!, input, now: ctx.now(), correlationId: ctx.correlationId });
  }

  @Authorized(Permission.ReadReferralAny)
  @Mutation(() => PersonRecord, { description: "Merge a duplicate record into the one kept (audited). Managers only." })
  mergePeople(@Arg("input", () => MergePeopleInput) input: MergePeopleInput, @Ctx() ctx: Context): Promise<PersonRecord> {
    return mergePeople({ db: ctx.db, viewer: ctx.viewer!, input, now: ctx.now(), correlationId: ctx.correlationId });
  }
}
