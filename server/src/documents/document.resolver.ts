import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../graphql/context.js";
import { Permission } from "../core/permissions.js";
import { VoidDocumentInput } from "./document.inputs.js";
import { FolderDocument } from "./document.type.js";
import { listDocuments, voidDocument } from "./document.service.js";

@Resolver()
export class DocumentResolver {
  @Authorized(Permission.ReadCaseOwn)
  @Query(() => [FolderDocument], {
    description:
      "The documents of one folder (name exactly one of caseId, referralId, personId), newest first. Whoever may read the record may read its documents.",
  })
  documents(
    @Ctx() ctx: Context,
    @Arg("caseId", () => ID, { nullable: true }) caseId?: string,
    @Arg("referralId", () => ID, { nullable: true }) referralId?: string,
    @Arg("personId", () => ID, { nullable: true }) personId?: string,
    @Arg("withVoided", () => Boolean, { nullable: true, defaultValue: false }) withVoided?: boolean,
  ): Promise<FolderDocument[]> {
    return listDocuments({
      db: ctx.db,
      viewer: ctx.viewer!,
      target: { caseId, referralId, personId },
      withVoided,
      correlationId: ctx.correlationId,
    });
  }

  @Authorized(Permission.ReadCaseOwn)
  @Mutation(() => FolderDocument, {
    description: "Void a document (every version): kept for audit, hidden from the folder. Whoever may change the record.",
  })
  voidDocument(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => VoidDocumentInput) input: VoidDocumentInput,
    @Ctx() ctx: Context,
  ): Promise<FolderDocument> {
    return voidDocument({ db: ctx.db, viewer: ctx.viewer!, id, input, now: ctx.now() });
  }
}
