import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../graphql/context.js";
import { Permission } from "../core/permissions.js";
import { SaveLetterTemplateInput, SendLetterInput } from "./letter.inputs.js";
import { LetterPlaceholder, LetterTemplate, SentLetter } from "./letter.type.js";
import { listLetterTemplates, saveLetterTemplate, sendLetter } from "./letter.service.js";
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
  @Mutation(() => LetterTemplate, { description: "Save the service's wording for one letter kind. Managers only." })
  saveLetterTemplate(
    @Arg("input", () => SaveLetterTemplateInput) input: SaveLetterTemplateInput,
    @Ctx() ctx: Context,
  ): Promise<LetterTemplate> {
    return saveLetterTemplate({ db: ctx.db, viewer: ctx.viewer!, input, now: ctx.now() });
  }

  @Authorized(Permission.ReadCaseOwn)
  @Mutation(() => SentLetter, { description: "Make a letter for a case from the service's template and file it on the case as a PDF." })
  sendLetter(@Arg("input", () => SendLetterInput) input: SendLetterInput, @Ctx() ctx: Context): Promise<SentLetter> {
    return sendLetter({
      db: ctx.db,
      viewer: ctx.viewer!,
      input,
      now: ctx.now(),
      publicUrl: ctx.env.PUBLIC_URL ?? `http://${ctx.env.HOST}:${ctx.env.PORT}`,
      correlationId: ctx.correlationId,
    });
  }
}
