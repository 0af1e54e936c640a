import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../graphql/context.js";
import { Permission } from "../core/permissions.js";
import { NotificationState } from "../graphql/enums.js";
import { UpdateNotificationPreferencesInput } from "./notification.inputs.js";
import { NotificationDelivery, NotificationPreferences, NotificationStatus } from "./notification.type.js";
import {
  getMyPreferences,
  getNotificationStatus,
  listNotificationDeliveries,
  retryNotification,
  updateMyPreferences,
} from "./notification.service.js";

@Resolver()
export class NotificationResolver {
  @Authorized(Permission.ManageNotifications)
  @Query(() => NotificationStatus, {
    description: "Whether email notifications are on, and how many wait or failed. Administrators and managers.",
  })
  notificationStatus(@Ctx() ctx: Context): Promise<NotificationStatus> {
    return getNotificationStatus({ db: ctx.db, viewer: ctx.viewer!, enabled: ctx.env.SMTP_URL !== undefined });
  }

  @Authorized(Permission.ManageNotifications)
  @Query(() => [NotificationDelivery], {
    description: "The service's email notifications, unsent first, newest first. Administrators and managers.",
  })
  notificationDeliveries(
    @Ctx() ctx: Context,
    @Arg("state", () => NotificationState, { nullable: true }) state?: NotificationState | null,
    @Arg("first", () => Int, { nullable: true, defaultValue: 50 }) first?: number,
  ): Promise<NotificationDelivery[]> {
    return listNotificationDeliveries({ db: ctx.db, viewer: ctx.viewer!, state, first });
  }

  @Authorized(Permission.ManageNotifications)
  @Mutation(() => NotificationDelivery, { description: "Send a failed or retrying email again now. Administrators and managers." })
  retryNotification(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<NotificationDelivery> {
    return retryNotification({ db: ctx.db, viewer: ctx.viewer!, id, now: ctx.now() });
  }

  @Authorized(Permission.ReceiveNotifications)
  @Query(() => NotificationPreferences, { description: "Which emails you receive." })
  myNotificationPreferences(@Ctx() ctx: Context): Promise<NotificationPreferences> {
    return getMyPreferences({ db: ctx.db, viewer: ctx.viewer! });
  }

  @Authorized(Permission.ReceiveNotifications)
  @Mutation(() => NotificationPreferences, { description: "Choose which emails you receive (your own choices only)." })
  updateMyNotificationPreferences(
    @Arg("input", () => UpdateNotificationPreferencesInput) input: UpdateNotificationPreferencesInput,
    @Ctx() ctx: Context,
  ): Promise<NotificationPreferences> {
    return updateMyPreferences({ db: ctx.db, viewer: ctx.viewer!, input, now: ctx.now() });
  }
}
