import { Field, ObjectType } from "type-graphql";
import { GraphQLDateTime } from "graphql-scalars";
import { FolderDocument } from "../documents/document.type.js";
import type * as M from "./letter.model.js";

@ObjectType({ simpleResolvers: true, description: "A letter kind's wording as the service uses it now (decision 039)." })
export class LetterTemplate implements M.LetterTemplate {
  @Field(() => String, { description: "ACKNOWLEDGEMENT, CLOSURE, APPOINTMENT, CONSENT_TO_SHARE or SIGNPOSTING." }) kind!: string;
  @Field(() => String, { description: "The kind's title, as the filed letter is named." }) title!: string;
  @Field(() => Boolean, {
    description: "Whether this kind can be made for a referral before a case exists (filed in the referral's documents).",
  })
  onReferral!: boolean;
  @Field(() => Boolean, { description: "The easy-read wording, used for families who need easy read." }) easyRead!: boolean;
  @Field(() => String, { description: "The wording, with placeholders such as {{family.name}}." }) body!: string;
  @Field(() => Boolean, { description: "False while the service uses the default wording." }) customised!: boolean;
  @Field(() => GraphQLDateTime, { nullable: true }) updatedAt!: Date | null;
  @Field(() => String, { nullable: true }) updatedBy!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "One placeholder a letter template may use." })
export class LetterPlaceholder {
  @Field(() => String, { description: "Written in a template as {{name}}." }) name!: string;
  @Field(() => String) description!: string;
}

@ObjectType({ simpleResolvers: true, description: "A letter made from the service's template and filed on the case." })
export class SentLetter implements M.SentLetter {
  @Field(() => FolderDocument) document!: FolderDocument;
  @Field(() => String, { description: "STANDARD, LARGE_PRINT, EASY_READ or EASY_READ_LARGE_PRINT, from the family's access needs." })
  format!: string;
  @Field(() => String, {
    nullable: true,
    description:
      "The closure letter with the evaluation code, as base64 PDF, for printing now: the code is never kept, so the filed copy leaves it out.",
  })
  printableOnce!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "Letter wording filled with sample values, to check before saving it." })
export class LetterPreview implements M.LetterPreview {
  @Field(() => String, { description: "The wording with every placeholder filled with a sample value." }) text!: string;
  @Field(() => String, { description: "STANDARD, LARGE_PRINT, EASY_READ or EASY_READ_LARGE_PRINT." }) format!: string;
  @Field(() => String, { description: "The letter as a family would get it, as base64 PDF." }) pdf!: string;
}
