import { Field, ID, Int, ObjectType } from "type-graphql";
import { GraphQLDateTime } from "graphql-scalars";
import { NotificationKind, NotificationState } from "../graphql/enums.js";
import type * as M from "./notification.model.js";

@ObjectType({ simpleResolvers: true, description: "One email notification and how its delivery went; its words are never kept." })
export class NotificationDelivery implements M.NotificationDelivery {
  @Field(() => ID) id!: string;
  @Field(() => NotificationKind) kind!: NotificationKind;
  @Field(() => NotificationState) state!: NotificationState;
  @Field(() => Int, { description: "Attempts made so far." }) attempts!: number;
  @Field(() => String, { nullable: true, description: "The staff member it goes to; null for a family's receipt." })
  recipientName!: string | null;
  @Field(() => String, { nullable: true, description: "The referral reference it carries." }) reference!: string | null;
  @Field(() => GraphQLDateTime) createdAt!: Date;
  @Field(() => GraphQLDateTime, { nullable: true, description: "When it will be tried next (queued or retrying)." })
  nextAttemptAt!: Date | null;
  @Field(() => GraphQLDateTime, { nullable: true }) sentAt!: Date | null;
  @Field(() => String, { nullable: true, description: "The mail server's last refusal, addresses masked." }) lastError!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "Whether email notifications are on, and what is waiting." })
export class NotificationStatus implements M.NotificationStatus {
  @Field(() => Boolean, { description: "false: no SMTP server is configured, so no email is sent." }) enabled!: boolean;
  @Field(() => Int) queued!: number;
  @Field(() => Int) retrying!: number;
  @Field(() => Int) failed!: number;
}

@ObjectType({ simpleResolvers: true, description: "Which emails the signed-in person receives." })
export class NotificationPreferences implements M.NotificationPreferences {
  @Field(() => Boolean) safeguarding!: boolean;
  @Field(() => Boolean) allocation!: boolean;
  @Field(() => Boolean) overdueDigest!: boolean;
  @Field(() => [NotificationKind], { description: "The kinds of email this person's role can receive." }) available!: NotificationKind[];
}
