import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../graphql/context.js";
import { Permission } from "../core/permissions.js";
import { Referral } from "../referral/referral.type.js";
import { AnonymousEnquiryInput, InformationCallInput } from "./intake.inputs.js";
import { AnonymousEnquiry } from "./intake.type.js";
import { recordAnonymousEnquiry, recordInformationCall } from "./intake.service.js";

@Resolver()
export class IntakeResolver {
  @Authorized(Permission.CreateReferral)
  @Mutation(() => AnonymousEnquiry, {
    description: "Count an enquiry whose caller declined to be recorded: channel and topic only. Managers and officers.",
  })
  recordAnonymousEnquiry(
    @Arg("input", () => AnonymousEnquiryInput) input: AnonymousEnquiryInput,
    @Ctx() ctx: Context,
  ): Promise<AnonymousEnquiry> {
    return recordAnonymousEnquiry({ db: ctx.db, viewer: ctx.viewer!, input, now: ctx.now() });
  }

  @Authorized(Permission.CreateReferral)
  @Mutation(() => Referral, {
    description:
      "A quick information call in one step: the caller, topic, advice given and minutes; level 1, closed as information given. Managers and officers.",
  })
  recordInformationCall(@Arg("input", () => InformationCallInput) input: InformationCallInput, @Ctx() ctx: Context): Promise<Referral> {
    return recordInformationCall({ db: ctx.db, viewer: ctx.viewer!, input, now: ctx.now(), correlationId: ctx.correlationId });
  }
}
