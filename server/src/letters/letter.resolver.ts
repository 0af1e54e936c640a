import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../graphql/context.js";
import { Permission } from "../core/permissions.js";
import { PreviewLetterInput, ResetLetterTemplateInput, SaveLetterTemplateInput, SendLetterInput } from "./letter.inputs.js";
import { LetterPlaceholder, LetterPreview, LetterTemplate, SentLetter } from "./letter.type.js";
import { listLetterTemplates, previewLetter, resetLetterTemplate, saveLetterTemplate, sendLetter } from "./letter.service.js";
import { PLACEHOLDERS } from "./letter.rules.js";

@Resolver()
export class LetterResolver {
  @Authorized(Permission.ReadCaseOwn)
  @Query(() => [LetterTemplate], { description: "Every letter kind, standard and easy read, as the service words it now." })
  letterTemplates(@Ctx() ctx: Context): Promise<LetterTemplate[]> {
    return listLetterTemplates({ db: ctx.db, viewer: ctx.viewer! });
  }

  @Authorized(Permission.ReadCaseOwn)
  @Query(() => [LetterPlaceholder], { description: "The placeholders a letter template may use." })
  letterPlaceholders(): LetterPlaceholder[] {
    return Object.entries(PLACEHOLDERS).map(([name, description]) => ({ name, description }));
  }

  @Authorized(Permission.AllocateReferral)
  @Query(() => LetterPreview, {
    description: "Wording being edited, filled with sample values and made into PDF, to check before saving. Managers only.",
  })
  letterPreview(@Arg("input", () => PreviewLetterInput) input: PreviewLetterInput): Promise<LetterPreview> {
    return previewLetter({ input });
  }

  @Authorized(Permission.AllocateReferral)
  @Mutation(() => LetterTemplate, { description: "Save the service's wording for one letter kind. Managers only." })
  saveLetterTemplate(
    @Arg("input", () => SaveLetterTemplateInput) input: SaveLetterTemplateInput,
    @Ctx() ctx: Context,
  ): Promise<LetterTemplate> {
    return saveLetterTemplate({ db: ctx.db, viewer: ctx.viewer!, input, now: ctx.now() });
  }

  @Authorized(Permission.AllocateReferral)
  @Mutation(() => LetterTemplate, { description: "Put the service's wording for one letter kind back to the default. Managers only." })
  resetLetterTemplate(
    @Arg("input", () => ResetLetterTemplateInput) input: ResetLetterTemplateInput,
    @Ctx() ctx: Context,
  ): Promise<LetterTemplate> {
    return resetLetterTemplate({ db: ctx.db, viewer: ctx.viewer!, input });
  }

  @Authorized(Permission.ReadCaseOwn)
  @Mutation(() => SentLetter, {
    description:
      "Make a letter from the service's template as a PDF and file it on the case, or (before a case) in the referral's documents.",
  })
  sendLetter(@Arg("input", () => SendLetterInput) input: SendLetterInput, @Ctx() ctx: Context): Promise<SentLetter> {
    return sendLetter({
      db: ctx.db,
      viewer: ctx.viewer!,
      input,
      now: ctx.now(),
      publicUrl: ctx.publicUrl(),
      correlationId: ctx.correlationId,
    });
  }
}
