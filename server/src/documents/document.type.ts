import { Field, ID, Int, ObjectType } from "type-graphql";
import { GraphQLDateTime } from "graphql-scalars";
import { DocumentAttachment } from "../graphql/enums.js";
import type * as M from "./document.model.js";

@ObjectType({ simpleResolvers: true, description: "One stored version of a document." })
export class DocumentVersion implements M.DocumentVersion {
  @Field(() => ID, { description: "Download with GET /documents/{id}/download (session token, as for GraphQL)." }) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { description: "The file's name, sanitised." }) name!: string;
  @Field(() => String, { description: "The type the content was checked to be." }) contentType!: string;
  @Field(() => Int) sizeBytes!: number;
  @Field(() => GraphQLDateTime) uploadedAt!: Date;
  @Field(() => String, { description: "Display name of who filed it." }) uploadedBy!: string;
}

@ObjectType({
  simpleResolvers: true,
  description:
    "A document in a family's folder (decision 038): its newest version, with the earlier ones. Never shown to steering members.",
})
export class FolderDocument extends DocumentVersion implements M.FolderDocument {
  @Field(() => ID, { description: "Shared by every version of the document." }) seriesId!: string;
  @Field(() => DocumentAttachment) attachedTo!: DocumentAttachment;
  @Field(() => ID, { nullable: true }) referralId!: string | null;
  @Field(() => ID, { nullable: true }) caseId!: string | null;
  @Field(() => ID) personId!: string;
  @Field(() => Boolean, { description: "A browser can show it (PDF, images, plain text)." }) previewable!: boolean;
  @Field(() => GraphQLDateTime, { nullable: true }) voidedAt!: Date | null;
  @Field(() => String, { nullable: true }) voidedBy!: string | null;
  @Field(() => String, { nullable: true }) voidReason!: string | null;
  @Field(() => String, { nullable: true, description: "For a letter the service produced: which letter." }) letterKind!: string | null;
  @Field(() => String, { nullable: true, description: "For a letter: STANDARD, LARGE_PRINT or EASY_READ." }) letterFormat!: string | null;
  @Field(() => [DocumentVersion], { description: "Earlier versions, newest first." }) earlierVersions!: DocumentVersion[];
}
