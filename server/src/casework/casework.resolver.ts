import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../graphql/context.js";
import {
  Activity,
  Case,
  CloseCasePayload,
  ConductAwaitingReview,
  ConductIncident,
  ConductReferralFlag,
  Consent,
  Meeting,
  ProposedClosure,
} from "./casework.type.js";
import {
  CloseCaseInput,
  DecideClosureProposalInput,
  LogActivityInput,
  RecordMentalCapacityInput,
  RecordConductIncidentInput,
  RecordConductLetterInput,
  ReviewConductIncidentInput,
  RecordConsentInput,
  RecordMeetingOutcomeInput,
  ScheduleMeetingInput,
  WithdrawConsentArgs,
} from "./casework.inputs.js";
import { getCase } from "./case.service.js";
import { caseIdsByReferral } from "./case.query.js";
import { batcherPerDatabase } from "../graphql/batch.js";
import { Referral } from "../referral/referral.type.js";
import { logActivity } from "./activity.service.js";
import { recordConsent, withdrawConsent } from "./consent.service.js";
import { recordMeetingOutcome, scheduleMeeting } from "./meeting.service.js";
import { closeCase, decideClosureProposal, listProposedClosures } from "./closure.service.js";
import {
  conductFlagsByReferral,
  listConductAwaitingReview,
  recordConductIncident,
  recordConductLetter,
  reviewConductIncident,
} from "./conduct.service.js";
import { can, Permission as P } from "../core/permissions.js";
import { addKeyDateAsCaseworker } from "./key-date.service.js";
import { recordMentalCapacity } from "./capacity.service.js";
import { KeyDateInput } from "../referral/referral.inputs.js";

// Every case operation needs at least the "own" permission; the service narrows it to allocated cases.
@Resolver(() => Case)
export class CaseworkResolver {
  @Authorized(P.ReadCaseOwn)
  @Query(() => Case, {
    description: "One case: officers and volunteers see cases allocated to them (now or before); managers all. Audited.",
  })
  case(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<Case> {
    return getCase({ db: ctx.db, viewer: ctx.viewer!, id, now: ctx.now(), correlationId: ctx.correlationId });
  }

  @Authorized(P.WriteCaseOwn)
  @Mutation(() => Activity, {
    description: "Record casework. A professional contact needs a current granted consent for that party (CONSENT_REQUIRED).",
  })
  logActivity(@Arg("input", () => LogActivityInput) input: LogActivityInput, @Ctx() ctx: Context): Promise<Activity> {
    return logActivity({ db: ctx.db, bus: ctx.bus, viewer: ctx.viewer!, input, now: ctx.now() });
  }

  @Authorized(P.WriteCaseOwn)
  @Mutation(() => Consent, { description: "Record consent (or refusal) to speak to one named party, with a review date." })
  recordConsent(@Arg("input", () => RecordConsentInput) input: RecordConsentInput, @Ctx() ctx: Context): Promise<Consent> {
    return recordConsent({ db: ctx.db, viewer: ctx.viewer!, input, now: ctx.now() });
  }

  @Authorized(P.WriteCaseOwn)
  @Mutation(() => Consent, { description: "The family withdraws a consent from the given date." })
  withdrawConsent(@Args(() => WithdrawConsentArgs) args: WithdrawConsentArgs, @Ctx() ctx: Context): Promise<Consent> {
    return withdrawConsent({ db: ctx.db, viewer: ctx.viewer!, input: { consentId: args.consentId, on: args.on }, now: ctx.now() });
  }

  @Authorized(P.WriteCaseOwn)
  @Mutation(() => Meeting, { description: "Book a meeting; `shortNotice` shows when less than two weeks' notice was given." })
  scheduleMeeting(@Arg("input", () => ScheduleMeetingInput) input: ScheduleMeetingInput, @Ctx() ctx: Context): Promise<Meeting> {
    return scheduleMeeting({ db: ctx.db, viewer: ctx.viewer!, input, now: ctx.now() });
  }

  @Authorized(P.WriteCaseOwn)
  @Mutation(() => Meeting, { description: "Attended (family present, key points, follow-up due), missed without notice, or cancelled." })
  recordMeetingOutcome(
    @Arg("input", () => RecordMeetingOutcomeInput) input: RecordMeetingOutcomeInput,
    @Ctx() ctx: Context,
  ): Promise<Meeting> {
    return recordMeetingOutcome({
      db: ctx.db,
      viewer: ctx.viewer!,
      input,
      now: ctx.now(),
    });
  }

  @Authorized(P.WriteCaseOwn)
  @Mutation(() => ConductIncident, {
    description:
      "Record an incident of abusive behaviour [003]; it waits for a manager's review. Who may record one is a service setting (FORBIDDEN otherwise).",
  })
  recordConductIncident(
    @Arg("input", () => RecordConductIncidentInput) input: RecordConductIncidentInput,
    @Ctx() ctx: Context,
  ): Promise<ConductIncident> {
    return recordConductIncident({ db: ctx.db, viewer: ctx.viewer!, input, now: ctx.now() });
  }

  @Authorized(P.AllocateReferral)
  @Mutation(() => ConductIncident, {
    description:
      "A manager upholds or dismisses a conduct incident (CONDUCT_NOT_AWAITING once reviewed). Upholding the family's first: a warning letter; a later one removes the family — every open case of theirs closes.",
  })
  reviewConductIncident(
    @Arg("input", () => ReviewConductIncidentInput) input: ReviewConductIncidentInput,
    @Ctx() ctx: Context,
  ): Promise<ConductIncident> {
    return reviewConductIncident({ db: ctx.db, viewer: ctx.viewer!, input, now: ctx.now() });
  }

  @Authorized(P.AllocateReferral)
  @Mutation(() => ConductIncident, { description: "Record that the manager's letter about an upheld incident was sent, and when." })
  recordConductLetter(
    @Arg("input", () => RecordConductLetterInput) input: RecordConductLetterInput,
    @Ctx() ctx: Context,
  ): Promise<ConductIncident> {
    return recordConductLetter({ db: ctx.db, viewer: ctx.viewer!, input, now: ctx.now() });
  }

  @Authorized(P.AllocateReferral)
  @Query(() => [ConductAwaitingReview], {
    description: "Conduct incidents awaiting a manager's review, and upheld ones whose letter is not yet recorded; oldest first.",
  })
  conductIncidentsToAct(@Ctx() ctx: Context): Promise<ConductAwaitingReview[]> {
    return listConductAwaitingReview({ db: ctx.db, viewer: ctx.viewer! });
  }

  @Authorized(P.WriteCaseOwn)
  @Mutation(() => CloseCasePayload, {
    description: "Close a case with a reason; returns the anonymous evaluation code once (XXXX-XXXX-XXXX-XXXX).",
  })
  closeCase(@Arg("input", () => CloseCaseInput) input: CloseCaseInput, @Ctx() ctx: Context): Promise<CloseCasePayload> {
    return closeCase({ db: ctx.db, viewer: ctx.viewer!, input, now: ctx.now(), correlationId: ctx.correlationId });
  }

  @Authorized(P.WriteCaseOwn)
  @Mutation(() => Case, {
    description:
      "Record whether a young person aged 16 or over has the mental capacity to decide (CAPACITY_NOT_APPLICABLE under 16); the latest assessment sets the decision-maker.",
  })
  recordMentalCapacity(
    @Arg("input", () => RecordMentalCapacityInput) input: RecordMentalCapacityInput,
    @Ctx() ctx: Context,
  ): Promise<Case> {
    return recordMentalCapacity({ db: ctx.db, viewer: ctx.viewer!, input, now: ctx.now(), correlationId: ctx.correlationId });
  }

  @Authorized(P.AllocateReferral)
  @Query(() => [ProposedClosure], {
    description: "Cases put forward for closure after two missed meetings, waiting for a manager's decision, oldest first.",
  })
  casesProposedForClosure(@Ctx() ctx: Context): Promise<ProposedClosure[]> {
    return listProposedClosures({ db: ctx.db, viewer: ctx.viewer! });
  }

  @Authorized(P.AllocateReferral)
  @Mutation(() => CloseCasePayload, {
    description:
      "Close a case put forward for closure (as MISSED_MEETINGS; the evaluation code is returned once, as closeCase does), or keep it open.",
  })
  decideClosureProposal(
    @Arg("input", () => DecideClosureProposalInput) input: DecideClosureProposalInput,
    @Ctx() ctx: Context,
  ): Promise<CloseCasePayload> {
    return decideClosureProposal({ db: ctx.db, viewer: ctx.viewer!, input, now: ctx.now(), correlationId: ctx.correlationId });
  }

  @Authorized(P.WriteCaseOwn)
  @Mutation(() => Referral, {
    description:
      "Add a key date; statutory dates that follow from it are added too, and a new appeal deadline supersedes the earlier one. Managers: any referral; others: the referral whose case they hold.",
  })
  addKeyDate(
    @Arg("referralId", () => ID) referralId: string,
    @Arg("input", () => KeyDateInput) input: KeyDateInput,
    @Ctx() ctx: Context,
  ): Promise<Referral> {
    return addKeyDateAsCaseworker({
      db: ctx.db,
      bus: ctx.bus,
      viewer: ctx.viewer!,
      referralId,
      input,
      now: ctx.now(),
      correlationId: ctx.correlationId,
    });
  }
}

/** Conduct flags by referral id, batched per turn of the event loop. */
const conductFlagsFor = batcherPerDatabase(conductFlagsByReferral);

/** Case ids by referral id, batched per turn of the event loop. */
const caseIdsFor = batcherPerDatabase(caseIdsByReferral);

/** What casework adds to a referral: the case opened for it (casework sits above referrals, so the field is resolved here). */
@Resolver(() => Referral)
export class ReferralCaseResolver {
  @FieldResolver(() => ID, {
    nullable: true,
    description: "The case opened for this referral on its first allocation, if any (one query for a whole list).",
  })
  caseId(@Root() referral: Referral, @Ctx() ctx: Context): Promise<string | null> {
    return caseIdsFor(ctx.db)
      .load(referral.id)
      .then((id) => id ?? null);
  }

  @FieldResolver(() => ConductReferralFlag, {
    nullable: true,
    description: "Managers: this referral may come from a family removed for conduct [003]. Null for everyone else.",
  })
  conductFlag(@Root() referral: Referral, @Ctx() ctx: Context): Promise<ConductReferralFlag | null> {
    if (!ctx.viewer || !can(ctx.viewer.role, P.AllocateReferral)) return Promise.resolve(null);
    return conductFlagsFor(ctx.db)
      .load(referral.id)
      .then((flag) => flag ?? null);
  }
}
