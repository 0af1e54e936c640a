import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Case } from "../casework/casework.type.js";
import type { Context } from "../graphql/context.js";
import { Permission } from "../core/permissions.js";
import {
  CorrectActivityInput,
  CorrectChildInput,
  CorrectConsentInput,
  CorrectContactInput,
  CorrectKeyDateInput,
  CorrectReferralInput,
  MergePeopleInput,
  VoidActivityInput,
  VoidKeyDateInput,
} from "./person.inputs.js";
import { correctActivity, correctChild, correctConsent, correctKeyDate, correctReferral, voidKeyDate } from "./correction.service.js";
import { Correction, FamilyActivity, PersonRecord } from "./person.type.js";
import { caseCorrections, correctContact, getPersonRecord, mergePeople, voidActivity } from "./person.service.js";

@Resolver()
export class PersonResolver {
  @Authorized(Permission.SearchRecords)
  @Query(() => PersonRecord, {
    description: "The family record: one person with every referral, case, contact, consent, key date and correction. Audited.",
  })
  person(
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: Context,
    @Arg("withVoided", () => Boolean, { nullable: true, description: "Include activities and key dates voided as entered in error." })
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
    return voidActivity({ db: ctx.db, bus: ctx.bus, viewer: ctx.viewer!, input, now: ctx.now(), correlationId: ctx.correlationId });
  }

  @Authorized(Permission.ReadReferralAny)
  @Mutation(() => PersonRecord, { description: "Merge a duplicate record into the one kept (audited). Managers only." })
  mergePeople(@Arg("input", () => MergePeopleInput) input: MergePeopleInput, @Ctx() ctx: Context): Promise<PersonRecord> {
    return mergePeople({ db: ctx.db, viewer: ctx.viewer!, input, now: ctx.now(), correlationId: ctx.correlationId });
  }

  @Authorized(Permission.SearchRecords)
  @Mutation(() => PersonRecord, {
    description: "Correct the child's details on a referral, keeping the previous values with who, when and why.",
  })
  correctChild(@Arg("input", () => CorrectChildInput) input: CorrectChildInput, @Ctx() ctx: Context): Promise<PersonRecord> {
    return correctChild({ db: ctx.db, viewer: ctx.viewer!, input, now: ctx.now(), correlationId: ctx.correlationId });
  }

  @Authorized(Permission.SearchRecords)
  @Mutation(() => PersonRecord, { description: "Correct a referral's details, keeping the previous values with who, when and why." })
  correctReferral(@Arg("input", () => CorrectReferralInput) input: CorrectReferralInput, @Ctx() ctx: Context): Promise<PersonRecord> {
    return correctReferral({ db: ctx.db, bus: ctx.bus, viewer: ctx.viewer!, input, now: ctx.now(), correlationId: ctx.correlationId });
  }

  @Authorized(Permission.WriteCaseOwn)
  @Mutation(() => PersonRecord, { description: "Correct an activity, keeping the previous values with who, when and why." })
  correctActivity(@Arg("input", () => CorrectActivityInput) input: CorrectActivityInput, @Ctx() ctx: Context): Promise<PersonRecord> {
    return correctActivity({ db: ctx.db, bus: ctx.bus, viewer: ctx.viewer!, input, now: ctx.now(), correlationId: ctx.correlationId });
  }

  @Authorized(Permission.SearchRecords)
  @Mutation(() => PersonRecord, { description: "Correct a key date, keeping the previous values with who, when and why." })
  correctKeyDate(@Arg("input", () => CorrectKeyDateInput) input: CorrectKeyDateInput, @Ctx() ctx: Context): Promise<PersonRecord> {
    return correctKeyDate({ db: ctx.db, viewer: ctx.viewer!, input, now: ctx.now(), correlationId: ctx.correlationId });
  }

  @Authorized(Permission.SearchRecords)
  @Mutation(() => PersonRecord, {
    description: "Void a key date entered in error: kept for audit, out of the queue, reminders and statistics.",
  })
  voidKeyDate(@Arg("input", () => VoidKeyDateInput) input: VoidKeyDateInput, @Ctx() ctx: Context): Promise<PersonRecord> {
    return voidKeyDate({ db: ctx.db, viewer: ctx.viewer!, input, now: ctx.now(), correlationId: ctx.correlationId });
  }

  @Authorized(Permission.WriteCaseOwn)
  @Mutation(() => PersonRecord, { description: "Correct a consent, keeping the previous values with who, when and why." })
  correctConsent(@Arg("input", () => CorrectConsentInput) input: CorrectConsentInput, @Ctx() ctx: Context): Promise<PersonRecord> {
    return correctConsent({ db: ctx.db, viewer: ctx.viewer!, input, now: ctx.now(), correlationId: ctx.correlationId });
  }
}

/** The case page's history of corrections (decision 046). */
@Resolver(() => Case)
export class CaseCorrectionsResolver {
  @Authorized(Permission.ReadCaseOwn)
  @FieldResolver(() => [Correction], {
    description:
      "Corrections to this case's referral, child, key dates, activities and consents, newest first: previous and new values, who, when and why; entries since voided are marked. Readable by whoever may read the case. Audited.",
  })
  corrections(@Root() kase: Case, @Ctx() ctx: Context): Promise<Correction[]> {
    return caseCorrections({ db: ctx.db, viewer: ctx.viewer!, caseId: kase.id, correlationId: ctx.correlationId });
  }
}
