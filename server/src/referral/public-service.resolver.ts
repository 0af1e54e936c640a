import { Arg, Ctx, Field, Int, ObjectType, Query, Resolver } from "type-graphql";
import type { Context } from "../graphql/context.js";
import { findServiceBySlug } from "../service/service.service.js";
import { notFound } from "../core/errors.js";

@ObjectType({ simpleResolvers: true, description: "What the public form may show about a service: no staff, no families." })
export class PublicService {
  @Field(() => String) slug!: string;
  @Field(() => String) name!: string;
  @Field(() => String) areaName!: string;
  @Field(() => String, { nullable: true }) helplinePhone!: string | null;
  @Field(() => Int, { description: "Working days within which the service aims to respond." }) responseTargetDays!: number;
}

@Resolver()
export class ServiceResolver {
  @Query(() => PublicService, { description: "Public: the service a self-referral form belongs to." })
  async publicService(@Arg("slug", () => String) slug: string, @Ctx() ctx: Context): Promise<PublicService> {
    const service = slug.length <= 100 ? await findServiceBySlug(ctx.db, slug.trim()) : null;
    if (!service) throw notFound("Service");
    const { name, areaName, helplinePhone, responseTargetDays } = service;
    return { slug: service.slug, name, areaName, helplinePhone, responseTargetDays };
  }
}
