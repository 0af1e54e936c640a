/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation SetPassword($t: String!, $p: String!) { setPassword(token: $t, password: $p) }": typeof types.SetPasswordDocument,
    "mutation AccountsLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token me { role serviceName } } }": typeof types.AccountsLoginDocument,
    "query StaffAccounts { staffAccounts { canManage accounts { id email role active holdsCases capacity maxLevel openCases passwordSet } } }": typeof types.StaffAccountsDocument,
    "mutation AddStaff($input: AddStaffInput!) {\n  addStaff(input: $input) { account { id email role capacity maxLevel active passwordSet holdsCases } link { path expiresAt } }\n}": typeof types.AddStaffDocument,
    "mutation DeactivateStaff($id: ID!) {\n  deactivateStaff(staffId: $id) { account { id active } openCases { caseId referralId reference level } }\n}": typeof types.DeactivateStaffDocument,
    "mutation ReactivateStaff($id: ID!) { reactivateStaff(staffId: $id) { id active } }": typeof types.ReactivateStaffDocument,
    "mutation ResetStaffPassword($id: ID!) { resetStaffPassword(staffId: $id) { account { id passwordSet } link { path } } }": typeof types.ResetStaffPasswordDocument,
    "mutation ChangeStaffRole($id: ID!, $input: ChangeStaffRoleInput!) { changeStaffRole(staffId: $id, input: $input) { id role } }": typeof types.ChangeStaffRoleDocument,
    "mutation ChangeStaffCapacity($id: ID!, $input: ChangeStaffCapacityInput!) {\n  changeStaffCapacity(staffId: $id, input: $input) { id capacity maxLevel }\n}": typeof types.ChangeStaffCapacityDocument,
    "mutation RecordStaffCompliance($id: ID!, $input: StaffComplianceInput!) { recordStaffCompliance(staffId: $id, input: $input) { id } }": typeof types.RecordStaffComplianceDocument,
    "mutation RecordStaffTraining($id: ID!, $input: StaffTrainingInput!) { recordStaffTraining(staffId: $id, input: $input) { id } }": typeof types.RecordStaffTrainingDocument,
    "query AccountsMe { me { id role } }": typeof types.AccountsMeDocument,
    "query TeamRoles { team { id role } }": typeof types.TeamRolesDocument,
    "query ReferralPool { referralPool { id level blockingReasons { code } } }": typeof types.ReferralPoolDocument,
    "mutation AcceptAllocation($id: ID!) { acceptAllocation(allocationId: $id) { id acceptedAt } }": typeof types.AcceptAllocationDocument,
    "query MyAllocations($after: String) {\n  myAllocations(first: 2, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id caseId current } } }\n}": typeof types.MyAllocationsDocument,
    "query MyAllocationCursors { myAllocations { edges { cursor } } }": typeof types.MyAllocationCursorsDocument,
    "query MyAllocationRows {\n  myAllocations { edges { node { caseId childInitials primaryNeed responseTargetAt responseDeadlineAt firstRespondedAt } } }\n}": typeof types.MyAllocationRowsDocument,
    "query ReferralPoolRows { referralPool { id primaryNeed responseTargetAt responseDeadlineAt } }": typeof types.ReferralPoolRowsDocument,
    "query Team($level: Int, $r: ID) {\n  team(level: $level, forReferralId: $r) {\n    id role capacity openCases caseload { level openCases } blockingReasons { code message }\n  }\n}": typeof types.TeamDocument,
    "subscription AllocationAssigned {\n  allocationAssigned { id caseId referralReference level staffId staffDisplayName allocatedAt acceptedAt }\n}": typeof types.AllocationAssignedDocument,
    "mutation AllocationAddCoworker($input: AddCaseCoworkerInput!) {\n    addCaseCoworker(input: $input) { id coworkers { staffId role } }\n  }": typeof types.AllocationAddCoworkerDocument,
    "query AuditViewerEntries($filter: AuditFilterInput, $first: Int, $after: String) {\n  auditEntries(filter: $filter, first: $first, after: $after) {\n    edges { cursor node { id at actorId actorName action entityType entityId fields } }\n    pageInfo { hasNextPage endCursor }\n  }\n}": typeof types.AuditViewerEntriesDocument,
    "query AuditViewerCsv($filter: AuditFilterInput) { auditEntriesCsv(filter: $filter) }": typeof types.AuditViewerCsvDocument,
    "mutation Login($e: String!, $p: String!) {\n  login(email: $e, password: $p) { token expiresAt me { id role serviceName } }\n}": typeof types.LoginDocument,
    "query MyId { me { id } }": typeof types.MyIdDocument,
    "query MyIdAndRole { me { id role } }": typeof types.MyIdAndRoleDocument,
    "mutation Logout { logout }": typeof types.LogoutDocument,
    "subscription ReferralReceivedId { referralReceived { id } }": typeof types.ReferralReceivedIdDocument,
    "mutation ConductRecord($input: RecordConductIncidentInput!) {\n  recordConductIncident(input: $input) { id action reviewStatus signposting letterSentOn }\n}": typeof types.ConductRecordDocument,
    "mutation ConductReview($input: ReviewConductIncidentInput!) {\n  reviewConductIncident(input: $input) { id action reviewStatus reviewNote signposting }\n}": typeof types.ConductReviewDocument,
    "mutation ConductLetter($input: RecordConductLetterInput!) {\n  recordConductLetter(input: $input) { id letterSentOn }\n}": typeof types.ConductLetterDocument,
    "query ConductToAct { conductIncidentsToAct { id referralReference reviewStatus recordedByName } }": typeof types.ConductToActDocument,
    "query ConductCase($id: ID!) { case(id: $id) { id status closureReason conductIncidents { id reviewStatus action } } }": typeof types.ConductCaseDocument,
    "query ConductReferral($id: ID!) { referral(id: $id) { id conductFlag { incidentId matchedOn removedOn } } }": typeof types.ConductReferralDocument,
    "mutation GroupSessionRecord($input: RecordGroupSessionInput!) {\n  recordGroupSession(input: $input) { id kind title topic attendance attendees { personId attended } evaluationForms meanUsefulness }\n}": typeof types.GroupSessionRecordDocument,
    "query GroupSessionList { groupSessions { id title } }": typeof types.GroupSessionListDocument,
    "query GroupSessionNames { groupSessions { id attendees { personId fullName attended } } }": typeof types.GroupSessionNamesDocument,
    "query GroupSessionChoices { sessionAttendeeChoices { personId fullName } }": typeof types.GroupSessionChoicesDocument,
    "query ExpenseCase($id: ID!) {\n  case(id: $id) { id activities { id viewerMayClaimExpense expense { miles amountPence note } } }\n}": typeof types.ExpenseCaseDocument,
    "mutation GroupSessionEvaluate($input: RecordSessionEvaluationsInput!) {\n  recordSessionEvaluations(input: $input) { id evaluationForms meanUsefulness meanImpartiality }\n}": typeof types.GroupSessionEvaluateDocument,
    "mutation MonitoringNoteRecord($input: RecordMonitoringNoteInput!) {\n  recordMonitoringNote(input: $input) { id kind category agencyType month summary }\n}": typeof types.MonitoringNoteRecordDocument,
    "query MonitoringNoteList { monitoringNotes { id } }": typeof types.MonitoringNoteListDocument,
    "mutation GroupWorkLog($input: LogActivityInput!) { logActivity(input: $input) { id } }": typeof types.GroupWorkLogDocument,
    "mutation ExpenseRecord($input: RecordActivityExpenseInput!) {\n  recordActivityExpense(input: $input) { id incurredOn miles amountPence note }\n}": typeof types.ExpenseRecordDocument,
    "query ExpenseTotals($month: String!) { expenseTotals(month: $month) { staffId staffName claims miles amountPence } }": typeof types.ExpenseTotalsDocument,
    "query CaseRulesDetail($id: ID!) {\n  case(id: $id) {\n    id status level closureReason\n    activities { kind withFamily consentId partyName }\n    consents { id partyName givenBy mayShare current withdrawnOn }\n    meetings { id status }\n  }\n}": typeof types.CaseRulesDetailDocument,
    "mutation CaseRulesLog($input: LogActivityInput!) {\n  logActivity(input: $input) { id kind withFamily consentId partyName }\n}": typeof types.CaseRulesLogDocument,
    "mutation CaseRulesConsent($input: RecordConsentInput!) {\n  recordConsent(input: $input) { id partyName givenBy mayShare current }\n}": typeof types.CaseRulesConsentDocument,
    "mutation CaseRulesClose($input: CloseCaseInput!) {\n  closeCase(input: $input) { evaluationToken case { status closureReason } }\n}": typeof types.CaseRulesCloseDocument,
    "mutation CaseRulesSchedule($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id status } }": typeof types.CaseRulesScheduleDocument,
    "mutation CaseRulesAddKeyDate($r: ID!, $input: KeyDateInput!) {\n  addKeyDate(referralId: $r, input: $input) { id keyDates { id kind on derivedFromId supersededById } }\n}": typeof types.CaseRulesAddKeyDateDocument,
    "mutation CaseRulesRaise($input: RaiseSafeguardingConcernInput!) {\n  raiseSafeguardingConcern(input: $input) { id referralId caseId raisedById }\n}": typeof types.CaseRulesRaiseDocument,
    "subscription CaseRulesSafeguardingAlert { safeguardingAlert { id referralId raisedByName summary } }": typeof types.CaseRulesSafeguardingAlertDocument,
    "query CaseRulesUnacknowledged { unacknowledgedSafeguardingConcerns { id referralReference } }": typeof types.CaseRulesUnacknowledgedDocument,
    "mutation CaseRulesChangeLevel($input: ChangeCaseLevelInput!) {\n  changeCaseLevel(input: $input) { id level levelChanges { fromLevel toLevel reason } }\n}": typeof types.CaseRulesChangeLevelDocument,
    "mutation CaseRulesReopen($input: ReopenCaseInput!) {\n  reopenCase(input: $input) { id status closedAt currentAllocation { staffId } reopenings { previousClosureReason reason } }\n}": typeof types.CaseRulesReopenDocument,
    "mutation CaseRulesAddCoworker($input: AddCaseCoworkerInput!) {\n  addCaseCoworker(input: $input) { id coworkers { staffId role endedAt } }\n}": typeof types.CaseRulesAddCoworkerDocument,
    "mutation CaseRulesErase($personId: ID!) { eraseServiceUser(personId: $personId) { personId } }": typeof types.CaseRulesEraseDocument,
    "mutation CaseRulesOutcome($input: RecordMeetingOutcomeInput!) {\n  recordMeetingOutcome(input: $input) { id status familyPresent followUpDueOn }\n}": typeof types.CaseRulesOutcomeDocument,
    "query CaseRulesProposed { casesProposedForClosure { caseId referralReference missedMeetings holderName } }": typeof types.CaseRulesProposedDocument,
    "mutation CaseRulesDecide($input: DecideClosureProposalInput!) {\n  decideClosureProposal(input: $input) { evaluationToken case { id status closureReason missedMeetings putForwardForClosureAt } }\n}": typeof types.CaseRulesDecideDocument,
    "mutation CaseRulesCapacity($input: RecordMentalCapacityInput!) {\n  recordMentalCapacity(input: $input) { id decisionMaker capacityAssessments { hasCapacity assessedOn assessedBy } }\n}": typeof types.CaseRulesCapacityDocument,
    "query CaseworkStats($from: LocalDate!, $to: LocalDate!) {\n  serviceStats(from: $from, to: $to) {\n    figures suppressionThreshold\n    current {\n      casesOpenedByLevel { total { value } }\n      casesClosedByLevel { cells { key value } total { value } }\n      casesOpenAtEndByLevel { total { value } }\n      casesReopened { value }\n      levelChanges { cells { key value } total { value } }\n      sessionsByTopic { cells { key value } total { value } }\n      sessionsByKind { total { value } }\n      sessionAttendanceByTopic { cells { key value } total { value } }\n      sessionEvaluationScores { key value suppressed }\n      poorPracticeByCategory { cells { key value } total { value } }\n      positiveOutcomes { value }\n    }\n  }\n}": typeof types.CaseworkStatsDocument,
    "mutation StatsClose($input: CloseCaseInput!) { closeCase(input: $input) { case { id status } } }": typeof types.StatsCloseDocument,
    "mutation StatsReopen($input: ReopenCaseInput!) { reopenCase(input: $input) { id status } }": typeof types.StatsReopenDocument,
    "mutation StatsLevel($input: ChangeCaseLevelInput!) { changeCaseLevel(input: $input) { id level } }": typeof types.StatsLevelDocument,
    "mutation StatsSession($input: RecordGroupSessionInput!) { recordGroupSession(input: $input) { id } }": typeof types.StatsSessionDocument,
    "mutation StatsSessionEvaluate($input: RecordSessionEvaluationsInput!) { recordSessionEvaluations(input: $input) { id } }": typeof types.StatsSessionEvaluateDocument,
    "mutation StatsNote($input: RecordMonitoringNoteInput!) { recordMonitoringNote(input: $input) { id } }": typeof types.StatsNoteDocument,
    "query CaseDetail($id: ID!) {\n  case(id: $id) {\n    id status level readOnly decisionMaker totalMinutes missedMeetings putForwardForClosureAt closureReason closedAt\n    referral { id reference firstRespondedAt contact { fullName } } currentAllocation { staffId } allocations { staffId current }\n    activities { kind withFamily consentId summary } consents { partyName current reviewOn }\n    meetings { status shortNotice followUpDueOn } conductIncidents { action } safeguardingConcerns { id }\n  }\n}": typeof types.CaseDetailDocument,
    "mutation LogActivity($input: LogActivityInput!) {\n  logActivity(input: $input) { id kind occurredAt minutes withFamily consentId summary staffId }\n}": typeof types.LogActivityDocument,
    "mutation RecordConsent($input: RecordConsentInput!) {\n  recordConsent(input: $input) { id partyName granted reviewOn current }\n}": typeof types.RecordConsentDocument,
    "mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n  scheduleMeeting(input: $input) { id status shortNotice }\n}": typeof types.ScheduleMeetingDocument,
    "mutation RecordMeetingOutcome($input: RecordMeetingOutcomeInput!) {\n  recordMeetingOutcome(input: $input) { id status familyPresent followUpDueOn }\n}": typeof types.RecordMeetingOutcomeDocument,
    "mutation RecordConductIncident($input: RecordConductIncidentInput!) {\n  recordConductIncident(input: $input) { id action signposting }\n}": typeof types.RecordConductIncidentDocument,
    "mutation CloseCase($input: CloseCaseInput!) {\n  closeCase(input: $input) { evaluationToken case { status closureReason currentAllocation { id } } }\n}": typeof types.CloseCaseDocument,
    "mutation EvaluateClosedCase($t: String!, $a: EvaluationAnswersInput!) {\n  submitEvaluation(token: $t, answers: $a) { received }\n}": typeof types.EvaluateClosedCaseDocument,
    "subscription QueueChangedWithFirstResponse {\n  triageQueueChanged { change referralId referral { firstRespondedAt } }\n}": typeof types.QueueChangedWithFirstResponseDocument,
    "mutation WithdrawConsent($id: ID!, $on: LocalDate!) { withdrawConsent(consentId: $id, on: $on) { current } }": typeof types.WithdrawConsentDocument,
    "fragment ComplaintFields on Complaint {\n  id kind receivedAt fromWhom what measuresTaken outcome escalatedTo responseDueOn respondedAt responseOverdue loggedBy\n}": typeof types.ComplaintFieldsFragmentDoc,
    "mutation LogComplaint($input: LogComplaintInput!) { logComplaint(input: $input) { ...ComplaintFields } }": typeof types.LogComplaintDocument,
    "mutation UpdateComplaint($id: ID!, $input: UpdateComplaintInput!) {\n  updateComplaint(id: $id, input: $input) { ...ComplaintFields }\n}": typeof types.UpdateComplaintDocument,
    "query Complaints($first: Int, $after: String) {\n  complaints(first: $first, after: $after) { edges { cursor node { ...ComplaintFields } } pageInfo { hasNextPage endCursor } }\n}": typeof types.ComplaintsDocument,
    "query FeedbackStats {\n  serviceStats(from: \"2026-11-01\", to: \"2026-11-30\") { current { feedback { total { value } cells { key display value } } } }\n}": typeof types.FeedbackStatsDocument,
    "query StaffComplianceList {\n  staffCompliance {\n    staffId displayName role holdsCases dbsEnhanced dbsCheckedOn dbsBarredListChecked dbsBarredListCheckedOn\n    dbsUpdateService dbsUpdateServiceRenewalOn dbsEvidenceRef confidentialitySignedOn appraisalDueOn\n    training { kind completedOn expiresOn evidenceRef }\n    appraisals { heldOn appraiserId appraiserName }\n    conflicts { id kind subject dateOfBirth postcode colleagueId declaredOn withdrawnOn matchedByNameAlone }\n    issues { item state dueOn message }\n  }\n}": typeof types.StaffComplianceListDocument,
    "mutation ComplianceRecordDbs($id: ID!, $input: StaffComplianceInput!) {\n  recordStaffCompliance(staffId: $id, input: $input) { id }\n}": typeof types.ComplianceRecordDbsDocument,
    "mutation ComplianceRecordTraining($id: ID!, $input: StaffTrainingInput!) {\n  recordStaffTraining(staffId: $id, input: $input) { id }\n}": typeof types.ComplianceRecordTrainingDocument,
    "mutation RecordAppraisal($id: ID!, $input: AppraisalInput!) {\n  recordStaffAppraisal(staffId: $id, input: $input) { staffId appraisalDueOn appraisals { heldOn appraiserName } issues { item state } }\n}": typeof types.RecordAppraisalDocument,
    "mutation DeclareConflict($id: ID!, $input: ConflictInput!) {\n  declareConflict(staffId: $id, input: $input) { id kind subject dateOfBirth postcode colleagueId declaredOn withdrawnOn }\n}": typeof types.DeclareConflictDocument,
    "mutation WithdrawConflict($id: ID!, $input: WithdrawConflictInput!) {\n  withdrawConflict(conflictId: $id, input: $input) { id withdrawnOn }\n}": typeof types.WithdrawConflictDocument,
    "query ComplianceSchedule { supervisionSchedule { staff { id } compliance { issues { item state } } } }": typeof types.ComplianceScheduleDocument,
    "query UnavailableMe { me { id } }": typeof types.UnavailableMeDocument,
    "mutation CreateReferralForPerson($input: CreateReferralInput!) {\n  createReferral(input: $input) { id personId }\n}": typeof types.CreateReferralForPersonDocument,
    "query ServiceStatsCsv { serviceStatsCsv(from: \"2026-11-01\", to: \"2026-11-30\") }": typeof types.ServiceStatsCsvDocument,
    "mutation EraseServiceUser($id: ID!) { eraseServiceUser(personId: $id) { personId referralsErased erasedAt } }": typeof types.EraseServiceUserDocument,
    "query SubjectAccessExport($id: ID!) { subjectAccessExport(personId: $id) { json html } }": typeof types.SubjectAccessExportDocument,
    "query DemoTeamCaseload { team { id openCases } }": typeof types.DemoTeamCaseloadDocument,
    "mutation DeploymentCreateService($input: CreateServiceInput!) {\n  createService(input: $input) { serviceId slug name administrator { id email role passwordSet } link { path } }\n}": typeof types.DeploymentCreateServiceDocument,
    "mutation DeploymentSetPassword($t: String!, $p: String!) { setPassword(token: $t, password: $p) }": typeof types.DeploymentSetPasswordDocument,
    "query DeploymentTeam { team { id role } }": typeof types.DeploymentTeamDocument,
    "query DeploymentMe { me { id isDeploymentAdmin } }": typeof types.DeploymentMeDocument,
    "mutation DeploymentLogin($e: String!, $p: String!) { login(email: $e, password: $p) { me { isDeploymentAdmin } } }": typeof types.DeploymentLoginDocument,
    "query FolderDocuments($caseId: ID, $referralId: ID, $personId: ID, $withVoided: Boolean) {\n  documents(caseId: $caseId, referralId: $referralId, personId: $personId, withVoided: $withVoided) {\n    id seriesId version name contentType sizeBytes attachedTo previewable voidedAt voidReason voidedBy uploadedBy\n    earlierVersions { id version name }\n  }\n}": typeof types.FolderDocumentsDocument,
    "mutation VoidDocument($id: ID!, $input: VoidDocumentInput!) {\n  voidDocument(id: $id, input: $input) { id voidedAt voidReason voidedBy }\n}": typeof types.VoidDocumentDocument,
    "mutation EraseFamilyDocuments($id: ID!) { eraseServiceUser(personId: $id) { personId } }": typeof types.EraseFamilyDocumentsDocument,
    "query DocumentsSubjectAccess($id: ID!) { subjectAccessExport(personId: $id) { json } }": typeof types.DocumentsSubjectAccessDocument,
    "mutation CloseCaseForLinkage($input: CloseCaseInput!) { closeCase(input: $input) { evaluationToken } }": typeof types.CloseCaseForLinkageDocument,
    "mutation SubmitEvaluationForLinkage($t: String!, $a: EvaluationAnswersInput!) {\n  submitEvaluation(token: $t, answers: $a) { received }\n}": typeof types.SubmitEvaluationForLinkageDocument,
    "query EvaluationBatches($from: LocalDate!, $to: LocalDate!) { evaluationBatches(from: $from, to: $to) { month responses comments } }": typeof types.EvaluationBatchesDocument,
    "mutation CloseCaseForEvaluation($input: CloseCaseInput!) { closeCase(input: $input) { evaluationToken } }": typeof types.CloseCaseForEvaluationDocument,
    "mutation SubmitEvaluation($t: String!, $a: EvaluationAnswersInput!) {\n  submitEvaluation(token: $t, answers: $a) { received message }\n}": typeof types.SubmitEvaluationDocument,
    "subscription LocalReceived { referralReceived { ...ReferralFields } }": typeof types.LocalReceivedDocument,
    "subscription LocalQueue { triageQueueChanged { change referralId referral { ...ReferralFields } } }": typeof types.LocalQueueDocument,
    "query LocalRead($id: ID!) { referral(id: $id) { ...ReferralFields } }": typeof types.LocalReadDocument,
    "query FuzzQueue { triageQueue(first: 5) { totalCount edges { node { id reference status } } } }": typeof types.FuzzQueueDocument,
    "query Typename { __typename }": typeof types.TypenameDocument,
    "query MissingReferral { referral(id: \"00000000-0000-0000-0000-000000000000\") { id } }": typeof types.MissingReferralDocument,
    "query QueueTotal { triageQueue(first: 1) { totalCount } }": typeof types.QueueTotalDocument,
    "subscription ReceivedReferralId { referralReceived { id } }": typeof types.ReceivedReferralIdDocument,
    "query TypeNames { __schema { types { name } } }": typeof types.TypeNamesDocument,
    "query HostileTypename { __typename }": typeof types.HostileTypenameDocument,
    "mutation HostileLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }": typeof types.HostileLoginDocument,
    "subscription HostileReceived { referralReceived { id } }": typeof types.HostileReceivedDocument,
    "mutation IdempotentLogActivity($input: LogActivityInput!) { logActivity(input: $input) { id summary } }": typeof types.IdempotentLogActivityDocument,
    "mutation IdempotentLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }": typeof types.IdempotentLoginDocument,
    "mutation InstanceLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }": typeof types.InstanceLoginDocument,
    "subscription ReceivedOnOtherInstance { referralReceived { reference channel } }": typeof types.ReceivedOnOtherInstanceDocument,
    "mutation InstanceLogout { logout }": typeof types.InstanceLogoutDocument,
    "subscription ReceivedFullOnEitherInstance { referralReceived { ...ReferralFields } }": typeof types.ReceivedFullOnEitherInstanceDocument,
    "query InstanceReadReferral($id: ID!) { referral(id: $id) { ...ReferralFields } }": typeof types.InstanceReadReferralDocument,
    "subscription ReferralReceived { referralReceived { ...ReferralFields } }": typeof types.ReferralReceivedDocument,
    "mutation CreateReferralWithKeyDates($input: CreateReferralInput!) {\n  createReferral(input: $input) { id keyDates { kind on rule } }\n}": typeof types.CreateReferralWithKeyDatesDocument,
    "query LetterTemplates { letterTemplates { kind title onReferral easyRead body customised } }": typeof types.LetterTemplatesDocument,
    "query LetterPreview($input: PreviewLetterInput!) { letterPreview(input: $input) { text format pdf } }": typeof types.LetterPreviewDocument,
    "mutation ResetLetterTemplate($input: ResetLetterTemplateInput!) {\n  resetLetterTemplate(input: $input) { kind easyRead body customised updatedBy }\n}": typeof types.ResetLetterTemplateDocument,
    "mutation SaveLetterTemplate($input: SaveLetterTemplateInput!) {\n  saveLetterTemplate(input: $input) { kind easyRead body customised updatedBy }\n}": typeof types.SaveLetterTemplateDocument,
    "mutation SendLetter($input: SendLetterInput!) {\n  sendLetter(input: $input) { format printableOnce document { id name letterKind letterFormat contentType attachedTo } }\n}": typeof types.SendLetterDocument,
    "mutation LettersSchedule($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }": typeof types.LettersScheduleDocument,
    "mutation LettersClose($input: CloseCaseInput!) { closeCase(input: $input) { evaluationToken } }": typeof types.LettersCloseDocument,
    "subscription NewReferralId { referralReceived { id } }": typeof types.NewReferralIdDocument,
    "mutation LogsTriage($input: TriageReferralInput!) { triageReferral(input: $input) { id } }": typeof types.LogsTriageDocument,
    "mutation LogsActivity($input: LogActivityInput!) { logActivity(input: $input) { id } }": typeof types.LogsActivityDocument,
    "mutation LogsConsent($input: RecordConsentInput!) { recordConsent(input: $input) { id } }": typeof types.LogsConsentDocument,
    "mutation LogsMeeting($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }": typeof types.LogsMeetingDocument,
    "mutation LogsConcern($input: RaiseSafeguardingConcernInput!) { raiseSafeguardingConcern(input: $input) { id } }": typeof types.LogsConcernDocument,
    "mutation LogsComplaint($input: LogComplaintInput!) { logComplaint(input: $input) { id } }": typeof types.LogsComplaintDocument,
    "mutation LogsLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }": typeof types.LogsLoginDocument,
    "mutation NotifyRaiseConcern($input: RaiseSafeguardingConcernInput!) {\n  raiseSafeguardingConcern(input: $input) { id referralId }\n}": typeof types.NotifyRaiseConcernDocument,
    "query NotifyStatus { notificationStatus { enabled queued retrying failed } }": typeof types.NotifyStatusDocument,
    "query NotifyDeliveries($state: NotificationState) {\n  notificationDeliveries(state: $state) { id kind state attempts recipientName reference nextAttemptAt sentAt lastError }\n}": typeof types.NotifyDeliveriesDocument,
    "mutation NotifyRetry($id: ID!) { retryNotification(id: $id) { id state attempts lastError } }": typeof types.NotifyRetryDocument,
    "query NotifyMyPrefs { myNotificationPreferences { safeguarding allocation overdueDigest available } }": typeof types.NotifyMyPrefsDocument,
    "mutation NotifyUpdatePrefs($input: UpdateNotificationPreferencesInput!) {\n  updateMyNotificationPreferences(input: $input) { safeguarding allocation overdueDigest available }\n}": typeof types.NotifyUpdatePrefsDocument,
    "fragment OverdueItemFields on OverdueItem { id kind label dueAt raisedAt referralId assigneeStaffId }": typeof types.OverdueItemFieldsFragmentDoc,
    "subscription OverdueItemRaised { overdueItemRaised { ...OverdueItemFields } }": typeof types.OverdueItemRaisedDocument,
    "query TeamOverdueItems { overdueItems(scope: TEAM) { ...OverdueItemFields subjectId upcomingOn } }": typeof types.TeamOverdueItemsDocument,
    "query MyOverdueItems { overdueItems { id } }": typeof types.MyOverdueItemsDocument,
    "subscription OverdueSubjectRaised { overdueItemRaised { subjectId kind } }": typeof types.OverdueSubjectRaisedDocument,
    "query MyOverdueSubjects { overdueItems { subjectId kind assigneeStaffId } }": typeof types.MyOverdueSubjectsDocument,
    "mutation GuessLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }": typeof types.GuessLoginDocument,
    "query PublicService($s: String!) {\n  publicService(slug: $s) { slug name areaName helplinePhone responseTargetDays }\n}": typeof types.PublicServiceDocument,
    "query UnknownPublicService { publicService(slug: \"nowhere\") { name } }": typeof types.UnknownPublicServiceDocument,
    "query QueuePriorities { triageQueue(first: 100) { edges { node { priority priorityReasons { weight } } } } }": typeof types.QueuePrioritiesDocument,
    "mutation DemoLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token me { role } } }": typeof types.DemoLoginDocument,
    "query StartedMe { me { id } }": typeof types.StartedMeDocument,
    "query StartedMeRole { me { role } }": typeof types.StartedMeRoleDocument,
    "query StartedQueue { triageQueue(first: 100) { totalCount edges { node { reference } } } }": typeof types.StartedQueueDocument,
    "query ReassignmentPlan($id: ID!) {\n  reassignmentPlan(fromStaffId: $id) {\n    fromStaffId fromActive\n    cases { caseId reference level suggestedStaffId candidates { staffId openCases capacity blockingReasons { code } } }\n  }\n}": typeof types.ReassignmentPlanDocument,
    "mutation ReassignCases($input: ReassignCasesInput!) { reassignCases(input: $input) { reassigned } }": typeof types.ReassignCasesDocument,
    "query StaffToReassign { staffToReassign { staffId displayName openCases } }": typeof types.StaffToReassignDocument,
    "mutation DeactivateLeaver($id: ID!) { deactivateStaff(staffId: $id) { openCases { caseId } } }": typeof types.DeactivateLeaverDocument,
    "query CaseList($filter: CaseListFilter, $first: Int, $after: String) {\n  cases(filter: $filter, first: $first, after: $after) {\n    totalCount pageInfo { hasNextPage endCursor } edges { node { caseId reference status level heldById heldBy contactName } }\n  }\n}": typeof types.CaseListDocument,
    "query ReferralClock($id: ID!) { referral(id: $id) { id receivedAt responseTargetAt responseDeadlineAt } }": typeof types.ReferralClockDocument,
    "mutation CorrectReceivedAt($input: CorrectReferralInput!) {\n  correctReferral(input: $input) { id corrections { entityType entityId field previousValue newValue reason changedBy } }\n}": typeof types.CorrectReceivedAtDocument,
    "mutation CorrectActivityConsent($input: CorrectActivityInput!) {\n  correctActivity(input: $input) {\n    id\n    activities { id withFamily consentId partyName }\n    corrections { entityType entityId field previousValue newValue reason }\n  }\n}": typeof types.CorrectActivityConsentDocument,
    "mutation LogForClock($input: LogActivityInput!) { logActivity(input: $input) { id consentId } }": typeof types.LogForClockDocument,
    "mutation ConsentForClock($input: RecordConsentInput!) { recordConsent(input: $input) { id } }": typeof types.ConsentForClockDocument,
    "mutation VoidForCaseHistory($input: VoidActivityInput!) { voidActivity(input: $input) { id voided } }": typeof types.VoidForCaseHistoryDocument,
    "mutation ContactForCaseHistory($input: CorrectContactInput!) { correctContact(input: $input) { id } }": typeof types.ContactForCaseHistoryDocument,
    "mutation InfoCallForClock($input: InformationCallInput!) {\n  recordInformationCall(input: $input) { id receivedAt firstRespondedAt }\n}": typeof types.InfoCallForClockDocument,
    "query PersonOfClock($id: ID!) { referral(id: $id) { personId } }": typeof types.PersonOfClockDocument,
    "query CaseCorrections($id: ID!) {\n  case(id: $id) { id corrections { entityType entityId field previousValue newValue reason changedBy changedAt entryVoided } }\n}": typeof types.CaseCorrectionsDocument,
    "query CorrectionsFamily($id: ID!, $withVoided: Boolean) {\n  person(id: $id, withVoided: $withVoided) {\n    id\n    referrals { id channel childName childDateOfBirth }\n    activities { id kind minutes summary voided }\n    consents { id partyName reviewOn }\n    keyDates { id kind on derived voided voidReason }\n    corrections { entityType entityId field previousValue newValue reason changedBy }\n  }\n}": typeof types.CorrectionsFamilyDocument,
    "mutation CorrectChildT($input: CorrectChildInput!) {\n  correctChild(input: $input) { id referrals { id childName childDateOfBirth } corrections { entityType field previousValue newValue reason } }\n}": typeof types.CorrectChildTDocument,
    "mutation CorrectReferralT($input: CorrectReferralInput!) {\n  correctReferral(input: $input) { id referrals { id channel } corrections { entityType field previousValue newValue } }\n}": typeof types.CorrectReferralTDocument,
    "mutation CorrectActivityT($input: CorrectActivityInput!) {\n  correctActivity(input: $input) { id activities { id kind minutes summary } corrections { entityType field previousValue newValue } }\n}": typeof types.CorrectActivityTDocument,
    "mutation CorrectKeyDateT($input: CorrectKeyDateInput!) {\n  correctKeyDate(input: $input) { id keyDates { id kind on derived } corrections { entityType field previousValue newValue } }\n}": typeof types.CorrectKeyDateTDocument,
    "mutation VoidKeyDateT($input: VoidKeyDateInput!) { voidKeyDate(input: $input) { id keyDates { id } } }": typeof types.VoidKeyDateTDocument,
    "mutation CorrectConsentT($input: CorrectConsentInput!) {\n  correctConsent(input: $input) { id consents { id partyName reviewOn } corrections { entityType field previousValue newValue } }\n}": typeof types.CorrectConsentTDocument,
    "mutation LogActivityForCorrection($input: LogActivityInput!) { logActivity(input: $input) { id } }": typeof types.LogActivityForCorrectionDocument,
    "mutation RecordConsentForCorrection($input: RecordConsentInput!) { recordConsent(input: $input) { id } }": typeof types.RecordConsentForCorrectionDocument,
    "mutation AddKeyDateForCorrection($r: ID!, $input: KeyDateInput!) {\n  addKeyDate(referralId: $r, input: $input) { id keyDates { id kind on derivedFromId } }\n}": typeof types.AddKeyDateForCorrectionDocument,
    "query PersonOfCorrected($id: ID!) { referral(id: $id) { personId } }": typeof types.PersonOfCorrectedDocument,
    "query StatsAfterCorrection($from: LocalDate!, $to: LocalDate!) {\n  serviceStats(from: $from, to: $to) { current {\n    referralsByChannel { cells { key value } }\n    referralsByAgeBand { cells { key value } }\n    activityHoursByKind { key value }\n    activitiesByKind { cells { key value } }\n  } }\n}": typeof types.StatsAfterCorrectionDocument,
    "query SubjectAccessCorrections($id: ID!) { subjectAccessExport(personId: $id) { json } }": typeof types.SubjectAccessCorrectionsDocument,
    "mutation EraseCorrections($id: ID!) { eraseServiceUser(personId: $id) { personId } }": typeof types.EraseCorrectionsDocument,
    "query FamilyRecord($id: ID!, $withVoided: Boolean) {\n  person(id: $id, withVoided: $withVoided) {\n    id fullName phone mergedIntoId\n    referrals { id reference repeat caseId childName }\n    activities { id kind minutes voided voidReason }\n    corrections { entityType field previousValue newValue reason changedBy }\n    possibleDuplicates { personId matchedOn referralCount }\n  }\n}": typeof types.FamilyRecordDocument,
    "mutation MergePeople($input: MergePeopleInput!) { mergePeople(input: $input) { id referrals { id repeat } } }": typeof types.MergePeopleDocument,
    "mutation CorrectContact($input: CorrectContactInput!) {\n  correctContact(input: $input) { id phone corrections { field previousValue newValue reason } }\n}": typeof types.CorrectContactDocument,
    "mutation VoidActivity($input: VoidActivityInput!) { voidActivity(input: $input) { id voided voidReason } }": typeof types.VoidActivityDocument,
    "mutation LogActivityForVoid($input: LogActivityInput!) { logActivity(input: $input) { id } }": typeof types.LogActivityForVoidDocument,
    "query CaseTimelineAfterVoid($id: ID!) { case(id: $id) { activities { id } } }": typeof types.CaseTimelineAfterVoidDocument,
    "query PersonOfReferral($id: ID!) { referral(id: $id) { personId } }": typeof types.PersonOfReferralDocument,
    "query ActivityStatsAfterVoid($from: LocalDate!, $to: LocalDate!) {\n  serviceStats(from: $from, to: $to) { current { activitiesByKind { cells { key value } } } }\n}": typeof types.ActivityStatsAfterVoidDocument,
    "query SubjectAccessWithHistory($id: ID!) { subjectAccessExport(personId: $id) { json } }": typeof types.SubjectAccessWithHistoryDocument,
    "mutation EraseWithHistory($id: ID!) { eraseServiceUser(personId: $id) { personId } }": typeof types.EraseWithHistoryDocument,
    "mutation RecordInformationCall($input: InformationCallInput!) {\n  recordInformationCall(input: $input) {\n    id reference status level eligibility channel topic receivedAt firstRespondedAt caseId contact { fullName phone } child { fullName }\n  }\n}": typeof types.RecordInformationCallDocument,
    "mutation RecordAnonymousEnquiry($input: AnonymousEnquiryInput!) {\n  recordAnonymousEnquiry(input: $input) { id channel topic receivedOn }\n}": typeof types.RecordAnonymousEnquiryDocument,
    "query IntakeReferral($id: ID!) { referral(id: $id) { id status eligibility ineligibleReason signposting topic } }": typeof types.IntakeReferralDocument,
    "query InformationCallCase($id: ID!) {\n  case(id: $id) { id status level closureReason activities { kind minutes summary } }\n}": typeof types.InformationCallCaseDocument,
    "query IntakeStats($from: LocalDate!, $to: LocalDate!) {\n  serviceStats(from: $from, to: $to) {\n    current {\n      referralsReceived { value }\n      anonymousEnquiries { value }\n      referralsByChannel { cells { key value } }\n      referralsByLevel { cells { key value } }\n      casesClosedByLevel { cells { key value } }\n      activitiesByKind { cells { key value } }\n    }\n  }\n}": typeof types.IntakeStatsDocument,
    "query SearchRecords($input: RecordSearchInput!, $first: Int, $after: String) {\n  searchRecords(input: $input, first: $first, after: $after) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { node { referralId reference access personId contactName childName heldBy nameScore childDateOfBirth postcode phone email } }\n  }\n}": typeof types.SearchRecordsDocument,
    "mutation SubmitSelfReferralEligible($input: SelfReferralInput!) {\n  submitSelfReferral(input: $input) { recorded eligible reference responsePromise respondBy }\n}": typeof types.SubmitSelfReferralEligibleDocument,
    "subscription ResyncArrivals { referralReceived { reference } }": typeof types.ResyncArrivalsDocument,
    "mutation RaiseSafeguardingConcern($input: RaiseSafeguardingConcernInput!) {\n  raiseSafeguardingConcern(input: $input) { id referralId caseId summary raisedById raisedAt acknowledgedAt }\n}": typeof types.RaiseSafeguardingConcernDocument,
    "mutation AcknowledgeSafeguardingConcern($id: ID!, $o: String!) {\n  acknowledgeSafeguardingConcern(id: $id, outcome: $o) { id acknowledgedAt acknowledgedByName outcome }\n}": typeof types.AcknowledgeSafeguardingConcernDocument,
    "subscription SafeguardingAlert {\n  safeguardingAlert { id referralId referralReference caseId summary raisedByName }\n}": typeof types.SafeguardingAlertDocument,
    "query UnacknowledgedConcerns {\n  unacknowledgedSafeguardingConcerns { id referralReference summary raisedByName acknowledgedAt }\n}": typeof types.UnacknowledgedConcernsDocument,
    "query SafeguardingCaseOf($id: ID!) { case(id: $id) { id } }": typeof types.SafeguardingCaseOfDocument,
    "query RevocationMe { me { id role } }": typeof types.RevocationMeDocument,
    "subscription RevocationReceived { referralReceived { id } }": typeof types.RevocationReceivedDocument,
    "mutation RevocationLogout { logout }": typeof types.RevocationLogoutDocument,
    "query CachedStats($from: LocalDate!, $to: LocalDate!) {\n  serviceStats(from: $from, to: $to) {\n    figures\n    current {\n      referralsReceived { value }\n      responseMaximumBreached { value }\n      waitingAtPeriodEnd { value }\n      feedback { total { value } }\n      safeguardingConcerns { value }\n      hearingsSupported { total { value } }\n      activitiesByKind { total { value } }\n    }\n  }\n}": typeof types.CachedStatsDocument,
    "mutation LogActivityForCache($input: LogActivityInput!) { logActivity(input: $input) { id } }": typeof types.LogActivityForCacheDocument,
    "mutation LogComplaintForCache($i: LogComplaintInput!) { logComplaint(input: $i) { id } }": typeof types.LogComplaintForCacheDocument,
    "query AttackServiceStats($from: LocalDate!, $to: LocalDate!) {\n  serviceStats(from: $from, to: $to) {\n    figures suppressionThreshold\n    current { from to referralsReceived { value }\n      referralsByChannel { cells { key value } total { value } } referralsBySource { cells { key value } total { value } }\n      referralsByStage { cells { key value } total { value } } referralsByHowHeard { cells { key value } total { value } }\n      referralsByLevel { cells { key value } total { value } } referralsByAgeBand { cells { key value } total { value } }\n      referralsByPrimaryNeed { cells { key value } total { value } } referralsByEthnicity { cells { key value } total { value } }\n      activitiesByKind { cells { key value } total { value } } }\n    previous { from to referralsReceived { value }\n      referralsByChannel { cells { key value } total { value } } referralsBySource { cells { key value } total { value } }\n      referralsByStage { cells { key value } total { value } } referralsByHowHeard { cells { key value } total { value } }\n      referralsByLevel { cells { key value } total { value } } referralsByAgeBand { cells { key value } total { value } }\n      referralsByPrimaryNeed { cells { key value } total { value } } referralsByEthnicity { cells { key value } total { value } }\n      activitiesByKind { cells { key value } total { value } } }\n  }\n}": typeof types.AttackServiceStatsDocument,
    "query AttackNationalStats($from: LocalDate!, $to: LocalDate!) {\n  nationalStats(from: $from, to: $to) {\n    available figures suppressionThreshold\n    current { from to referralsReceived { value }\n      referralsByChannel { cells { key value } total { value } } referralsBySource { cells { key value } total { value } }\n      referralsByStage { cells { key value } total { value } } referralsByHowHeard { cells { key value } total { value } }\n      referralsByLevel { cells { key value } total { value } } referralsByAgeBand { cells { key value } total { value } }\n      referralsByPrimaryNeed { cells { key value } total { value } } referralsByEthnicity { cells { key value } total { value } }\n      activitiesByKind { cells { key value } total { value } } }\n    previous { from to referralsReceived { value }\n      referralsByChannel { cells { key value } total { value } } referralsBySource { cells { key value } total { value } }\n      referralsByStage { cells { key value } total { value } } referralsByHowHeard { cells { key value } total { value } }\n      referralsByLevel { cells { key value } total { value } } referralsByAgeBand { cells { key value } total { value } }\n      referralsByPrimaryNeed { cells { key value } total { value } } referralsByEthnicity { cells { key value } total { value } }\n      activitiesByKind { cells { key value } total { value } } }\n  }\n}": typeof types.AttackNationalStatsDocument,
    "query NationalStats($from: LocalDate!, $to: LocalDate!) {\n  nationalStats(from: $from, to: $to) {\n    available reason minimumServices contributingServices figures footnotes suppressionThreshold suppressionMark\n    current {\n      from to contributingServices\n      referralsReceived { key label value suppressed display }\n      referralsByChannel { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsBySource { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByStage { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByHowHeard { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByLevel { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByAgeBand { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByPrimaryNeed { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByEthnicity { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      activitiesByKind { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      activityHoursByKind { key label unit value suppressed display }\n    }\n    previous {\n      from to contributingServices\n      referralsReceived { key label value suppressed display }\n      referralsByChannel { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsBySource { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByStage { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByHowHeard { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByLevel { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByAgeBand { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByPrimaryNeed { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByEthnicity { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      activitiesByKind { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      activityHoursByKind { key label unit value suppressed display }\n    }\n  }\n}": typeof types.NationalStatsDocument,
    "query ServiceStats($from: LocalDate!, $to: LocalDate!) {\n  serviceStats(from: $from, to: $to) {\n    figures footnotes suppressionThreshold suppressionMark\n    current {\n      from to\n      referralsReceived { key label value suppressed display }\n      referralsByChannel { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsBySource { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByStage { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByHowHeard { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByLevel { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByAgeBand { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByPrimaryNeed { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByEthnicity { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      anonymousEnquiries { key label value suppressed display }\n      responseTimes { key label unit value suppressed display }\n      casesOpenedByLevel { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      casesClosedByLevel { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      casesOpenAtEndByLevel { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      caseDurationByLevel { key label unit value suppressed display }\n      activitiesByKind { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      activityHoursByKind { key label unit value suppressed display }\n      meetingsByStatus { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      hearingsSupported { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      evaluations { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      evaluationResponseRate { key label unit value suppressed display }\n      evaluationScores { key label unit value suppressed display }\n      feedback { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      safeguardingConcerns { key label value suppressed display }\n      responseMaximumBreached { key label value suppressed display }\n      waitingAtPeriodEnd { key label value suppressed display }\n      peakWaitingList { key label value suppressed display }\n    }\n    previous {\n      from to\n      referralsReceived { key label value suppressed display }\n      referralsByChannel { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsBySource { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByStage { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByHowHeard { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByLevel { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByAgeBand { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByPrimaryNeed { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByEthnicity { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      anonymousEnquiries { key label value suppressed display }\n      responseTimes { key label unit value suppressed display }\n      casesOpenedByLevel { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      casesClosedByLevel { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      casesOpenAtEndByLevel { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      caseDurationByLevel { key label unit value suppressed display }\n      activitiesByKind { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      activityHoursByKind { key label unit value suppressed display }\n      meetingsByStatus { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      hearingsSupported { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      evaluations { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      evaluationResponseRate { key label unit value suppressed display }\n      evaluationScores { key label unit value suppressed display }\n      feedback { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      safeguardingConcerns { key label value suppressed display }\n      responseMaximumBreached { key label value suppressed display }\n      waitingAtPeriodEnd { key label value suppressed display }\n      peakWaitingList { key label value suppressed display }\n    }\n  }\n}": typeof types.ServiceStatsDocument,
    "query ServiceStatsCsvForPeriod($from: LocalDate!, $to: LocalDate!) { serviceStatsCsv(from: $from, to: $to) }": typeof types.ServiceStatsCsvForPeriodDocument,
    "query ServiceStatsReport($from: LocalDate!, $to: LocalDate!) { serviceStatsReport(from: $from, to: $to) }": typeof types.ServiceStatsReportDocument,
    "query ServiceStatsTrend($from: LocalDate!, $to: LocalDate!) {\n  serviceStatsTrend(from: $from, to: $to) {\n    figures footnotes\n    months {\n      from to\n      referralsReceived { key label value suppressed display }\n      referralsByChannel { cells { key value } total { value } }\n      responseTimes { key value suppressed display }\n      casesOpenedByLevel { total { value } }\n      casesClosedByLevel { total { value } }\n    }\n  }\n}": typeof types.ServiceStatsTrendDocument,
    "mutation LogComplaintForStats($i: LogComplaintInput!) { logComplaint(input: $i) { id } }": typeof types.LogComplaintForStatsDocument,
    "query NationalChannels($from: LocalDate!, $to: LocalDate!) {\n  nationalStats(from: $from, to: $to) {\n    available reason contributingServices current { referralsByChannel { cells { key label display } } }\n  }\n}": typeof types.NationalChannelsDocument,
    "query ServiceStatsTrailingYear($from: LocalDate!, $to: LocalDate!) {\n      serviceStatsTrend(from: $from, to: $to, trailingYear: true) { figures months { from to referralsReceived { value } } }\n    }": typeof types.ServiceStatsTrailingYearDocument,
    "mutation RecordSupervision($input: RecordSupervisionInput!) {\n  recordSupervision(input: $input) { id kind heldOn topics notes supervisor { id } attendees { id displayName } }\n}": typeof types.RecordSupervisionDocument,
    "query Supervisions($staffId: ID, $first: Int, $after: String) {\n  supervisions(staffId: $staffId, first: $first, after: $after) {\n    edges { cursor node { id notes heldOn attendees { id } } } pageInfo { hasNextPage endCursor }\n  }\n}": typeof types.SupervisionsDocument,
    "query SupervisionSchedule {\n  supervisionSchedule {\n    staff { id role } everyWeeks lastSupervisedOn lastGroupSupportOn nextDueOn overdue\n    compliance {\n      dbsEnhanced dbsRenewalDueOn dbsExpired dbsRenewalDueSoon confidentialitySigned confidentialitySignedOn\n      training { kind completedOn expiresOn expired expiringSoon } trainingExpired trainingExpiringSoon\n    }\n  }\n}": typeof types.SupervisionScheduleDocument,
    "query TriageQueue($first: Int, $after: String, $filter: TriageQueueFilter) {\n  triageQueue(first: $first, after: $after, filter: $filter) {\n    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...ReferralFields } }\n  }\n}": typeof types.TriageQueueDocument,
    "mutation TriageReferralDecision($input: TriageReferralInput!) {\n  triageReferral(input: $input) {\n    id status eligibility level ineligibleReason signposting priority priorityReasons { code label weight }\n  }\n}": typeof types.TriageReferralDecisionDocument,
    "query ReferralCase($id: ID!) { referral(id: $id) { id caseId } }": typeof types.ReferralCaseDocument,
    "query QueueCases { triageQueue(first: 40) { edges { node { id caseId } } } }": typeof types.QueueCasesDocument,
    "query QueueKeyDates { triageQueue(first: 40) { edges { node { id keyDates { id kind on } } } } }": typeof types.QueueKeyDatesDocument,
    "query ReferralKeyDates($id: ID!) { referral(id: $id) { keyDates { id kind on } } }": typeof types.ReferralKeyDatesDocument,
    "query QueueEveryField {\n  triageQueue(first: 12) {\n    edges {\n      node {\n        id reference status channel source professionalType referrerName referrerOrganisation familyConsentedToShare\n        receivedAt responseTargetAt responseDeadlineAt firstRespondedAt priority priorityReasons { code label weight }\n        level eligibility eligibilityChecks { code met label } ineligibleReason signposting possibleDuplicate possibleDuplicateOfId\n        currentStage howHeard topic reasonForReferral safeguardingFlag excludedOrNoPlace childInNeedOrLookedAfter\n        priorityOverride priorityOverrideReason triageNotes triagedAt overdue decisionMaker personId\n        contact { fullName email phone address postcode preferredContact accessibilityNeeds interpreterLanguage ethnicity }\n        child { fullName dateOfBirth ageYears educationSetting needsOverview diagnosisStatus primaryNeed }\n        nextKeyDate { id kind on rule derivedFromId notes supersededById }\n      }\n    }\n  }\n}": typeof types.QueueEveryFieldDocument,
    "query QueueNarrow {\n  triageQueue(first: 12) {\n    edges {\n      node {\n        ...QueueNarrowFields\n        when: receivedAt\n        nextKeyDate { id kind on rule supersededById }\n        child { fullName dateOfBirth ageYears }\n        decisionMaker overdue personId possibleDuplicateOfId currentStage excludedOrNoPlace childInNeedOrLookedAfter priorityOverrideReason\n      }\n    }\n  }\n}\nfragment QueueNarrowFields on Referral { ... on Referral { id priority priorityReasons { code label weight } contact { fullName preferredContact accessibilityNeeds } } }": typeof types.QueueNarrowDocument,
    "query ReferralEveryField($id: ID!) {\n  referral(id: $id) {\n    id reference status channel source professionalType referrerName referrerOrganisation familyConsentedToShare\n    receivedAt responseTargetAt responseDeadlineAt firstRespondedAt priority priorityReasons { code label weight }\n    level eligibility eligibilityChecks { code met label } ineligibleReason signposting possibleDuplicate possibleDuplicateOfId\n    currentStage howHeard topic reasonForReferral safeguardingFlag excludedOrNoPlace childInNeedOrLookedAfter\n    priorityOverride priorityOverrideReason triageNotes triagedAt overdue decisionMaker personId\n    contact { fullName email phone address postcode preferredContact accessibilityNeeds interpreterLanguage ethnicity }\n    child { fullName dateOfBirth ageYears educationSetting needsOverview diagnosisStatus primaryNeed }\n    nextKeyDate { id kind on rule derivedFromId notes supersededById }\n  }\n}": typeof types.ReferralEveryFieldDocument,
    "query ReferralId($id: ID!) { referral(id: $id) { id } }": typeof types.ReferralIdDocument,
    "query ReferralByMalformedId { referral(id: \"1 or 1=1\") { id } }": typeof types.ReferralByMalformedIdDocument,
    "query ReferralEligibility($id: ID!) {\n  referral(id: $id) { decisionMaker eligibilityChecks { code met label } }\n}": typeof types.ReferralEligibilityDocument,
    "query ReferralStatus($id: ID!) { referral(id: $id) { status } }": typeof types.ReferralStatusDocument,
    "subscription QueueChangedLevel { triageQueueChanged { change referralId referral { id level priority } } }": typeof types.QueueChangedLevelDocument,
    "subscription QueueChangedReferralId { triageQueueChanged { referralId } }": typeof types.QueueChangedReferralIdDocument,
    "subscription ReceivedReference { referralReceived { id reference } }": typeof types.ReceivedReferenceDocument,
    "subscription ReceivedId { referralReceived { id } }": typeof types.ReceivedIdDocument,
    "subscription Wide { referralReceived { id reference status } }": typeof types.WideDocument,
    "subscription Narrow { referralReceived { theId: id } }": typeof types.NarrowDocument,
    "mutation ResyncSignIn($e: String!, $p: String!) { login(email: $e, password: $p) { token } }": typeof types.ResyncSignInDocument,
    "mutation FaultSignIn($e: String!, $p: String!) { login(email: $e, password: $p) { token } }": typeof types.FaultSignInDocument,
    "subscription FaultArrivals { referralReceived { reference } }": typeof types.FaultArrivalsDocument,
    "mutation TriageReferral($input: TriageReferralInput!) {\n  triageReferral(input: $input) { id status level }\n}": typeof types.TriageReferralDocument,
    "mutation AllocateReferral($r: ID!, $s: ID!) {\n  allocateReferral(referralId: $r, staffId: $s) {\n    id caseId referralId referralReference level staffId staffDisplayName kind allocatedAt acceptedAt endedAt current\n  }\n}": typeof types.AllocateReferralDocument,
    "mutation PublishToPool($r: ID!) { publishToPool(referralId: $r) { id status } }": typeof types.PublishToPoolDocument,
    "mutation PickUpAllocation($id: ID!) { acceptAllocation(allocationId: $id) { id acceptedAt } }": typeof types.PickUpAllocationDocument,
    "mutation ClaimReferral($r: ID!) { claimReferral(referralId: $r) { id caseId staffId kind } }": typeof types.ClaimReferralDocument,
    "mutation SignIn($e: String!, $p: String!) { login(email: $e, password: $p) { token } }": typeof types.SignInDocument,
    "mutation SubmitSelfReferral($input: SelfReferralInput!) {\n  submitSelfReferral(input: $input) { recorded reference responsePromise respondBy }\n}": typeof types.SubmitSelfReferralDocument,
    "mutation CreateReferral($input: CreateReferralInput!) {\n  createReferral(input: $input) {\n    id reference status channel receivedAt responseTargetAt responseDeadlineAt priority possibleDuplicate possibleDuplicateOfId\n  }\n}": typeof types.CreateReferralDocument,
    "fragment ReferralFields on Referral {\n  id reference status channel receivedAt responseTargetAt responseDeadlineAt firstRespondedAt priority safeguardingFlag\n  priorityReasons { code label weight } level eligibility possibleDuplicate contact { fullName preferredContact accessibilityNeeds }\n  child { fullName ageYears } nextKeyDate { kind on }\n}": typeof types.ReferralFieldsFragmentDoc,
    "query ServiceSettings {\n  serviceSettings {\n    officeHours { timeZone days open close } closureDays responseTargetDays responseMaxDays suppressionK volunteerMaxLevel\n    supervisionOfficerWeeks supervisionVolunteerWeeks inactiveCaseDays acceptWithinHours safeguardingAckMinutes dbsWarningDays\n    keyDateWarningDays meetingFollowUpWorkingDays reopenWithinMonths areaPostcodeDistricts\n  }\n}": typeof types.ServiceSettingsDocument,
    "mutation UpdateServiceSettings($input: ServiceSettingsInput!) {\n  updateServiceSettings(input: $input) { officeHours { open close } closureDays acceptWithinHours }\n}": typeof types.UpdateServiceSettingsDocument,
};
const documents: Documents = {
    "mutation SetPassword($t: String!, $p: String!) { setPassword(token: $t, password: $p) }": types.SetPasswordDocument,
    "mutation AccountsLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token me { role serviceName } } }": types.AccountsLoginDocument,
    "query StaffAccounts { staffAccounts { canManage accounts { id email role active holdsCases capacity maxLevel openCases passwordSet } } }": types.StaffAccountsDocument,
    "mutation AddStaff($input: AddStaffInput!) {\n  addStaff(input: $input) { account { id email role capacity maxLevel active passwordSet holdsCases } link { path expiresAt } }\n}": types.AddStaffDocument,
    "mutation DeactivateStaff($id: ID!) {\n  deactivateStaff(staffId: $id) { account { id active } openCases { caseId referralId reference level } }\n}": types.DeactivateStaffDocument,
    "mutation ReactivateStaff($id: ID!) { reactivateStaff(staffId: $id) { id active } }": types.ReactivateStaffDocument,
    "mutation ResetStaffPassword($id: ID!) { resetStaffPassword(staffId: $id) { account { id passwordSet } link { path } } }": types.ResetStaffPasswordDocument,
    "mutation ChangeStaffRole($id: ID!, $input: ChangeStaffRoleInput!) { changeStaffRole(staffId: $id, input: $input) { id role } }": types.ChangeStaffRoleDocument,
    "mutation ChangeStaffCapacity($id: ID!, $input: ChangeStaffCapacityInput!) {\n  changeStaffCapacity(staffId: $id, input: $input) { id capacity maxLevel }\n}": types.ChangeStaffCapacityDocument,
    "mutation RecordStaffCompliance($id: ID!, $input: StaffComplianceInput!) { recordStaffCompliance(staffId: $id, input: $input) { id } }": types.RecordStaffComplianceDocument,
    "mutation RecordStaffTraining($id: ID!, $input: StaffTrainingInput!) { recordStaffTraining(staffId: $id, input: $input) { id } }": types.RecordStaffTrainingDocument,
    "query AccountsMe { me { id role } }": types.AccountsMeDocument,
    "query TeamRoles { team { id role } }": types.TeamRolesDocument,
    "query ReferralPool { referralPool { id level blockingReasons { code } } }": types.ReferralPoolDocument,
    "mutation AcceptAllocation($id: ID!) { acceptAllocation(allocationId: $id) { id acceptedAt } }": types.AcceptAllocationDocument,
    "query MyAllocations($after: String) {\n  myAllocations(first: 2, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id caseId current } } }\n}": types.MyAllocationsDocument,
    "query MyAllocationCursors { myAllocations { edges { cursor } } }": types.MyAllocationCursorsDocument,
    "query MyAllocationRows {\n  myAllocations { edges { node { caseId childInitials primaryNeed responseTargetAt responseDeadlineAt firstRespondedAt } } }\n}": types.MyAllocationRowsDocument,
    "query ReferralPoolRows { referralPool { id primaryNeed responseTargetAt responseDeadlineAt } }": types.ReferralPoolRowsDocument,
    "query Team($level: Int, $r: ID) {\n  team(level: $level, forReferralId: $r) {\n    id role capacity openCases caseload { level openCases } blockingReasons { code message }\n  }\n}": types.TeamDocument,
    "subscription AllocationAssigned {\n  allocationAssigned { id caseId referralReference level staffId staffDisplayName allocatedAt acceptedAt }\n}": types.AllocationAssignedDocument,
    "mutation AllocationAddCoworker($input: AddCaseCoworkerInput!) {\n    addCaseCoworker(input: $input) { id coworkers { staffId role } }\n  }": types.AllocationAddCoworkerDocument,
    "query AuditViewerEntries($filter: AuditFilterInput, $first: Int, $after: String) {\n  auditEntries(filter: $filter, first: $first, after: $after) {\n    edges { cursor node { id at actorId actorName action entityType entityId fields } }\n    pageInfo { hasNextPage endCursor }\n  }\n}": types.AuditViewerEntriesDocument,
    "query AuditViewerCsv($filter: AuditFilterInput) { auditEntriesCsv(filter: $filter) }": types.AuditViewerCsvDocument,
    "mutation Login($e: String!, $p: String!) {\n  login(email: $e, password: $p) { token expiresAt me { id role serviceName } }\n}": types.LoginDocument,
    "query MyId { me { id } }": types.MyIdDocument,
    "query MyIdAndRole { me { id role } }": types.MyIdAndRoleDocument,
    "mutation Logout { logout }": types.LogoutDocument,
    "subscription ReferralReceivedId { referralReceived { id } }": types.ReferralReceivedIdDocument,
    "mutation ConductRecord($input: RecordConductIncidentInput!) {\n  recordConductIncident(input: $input) { id action reviewStatus signposting letterSentOn }\n}": types.ConductRecordDocument,
    "mutation ConductReview($input: ReviewConductIncidentInput!) {\n  reviewConductIncident(input: $input) { id action reviewStatus reviewNote signposting }\n}": types.ConductReviewDocument,
    "mutation ConductLetter($input: RecordConductLetterInput!) {\n  recordConductLetter(input: $input) { id letterSentOn }\n}": types.ConductLetterDocument,
    "query ConductToAct { conductIncidentsToAct { id referralReference reviewStatus recordedByName } }": types.ConductToActDocument,
    "query ConductCase($id: ID!) { case(id: $id) { id status closureReason conductIncidents { id reviewStatus action } } }": types.ConductCaseDocument,
    "query ConductReferral($id: ID!) { referral(id: $id) { id conductFlag { incidentId matchedOn removedOn } } }": types.ConductReferralDocument,
    "mutation GroupSessionRecord($input: RecordGroupSessionInput!) {\n  recordGroupSession(input: $input) { id kind title topic attendance attendees { personId attended } evaluationForms meanUsefulness }\n}": types.GroupSessionRecordDocument,
    "query GroupSessionList { groupSessions { id title } }": types.GroupSessionListDocument,
    "query GroupSessionNames { groupSessions { id attendees { personId fullName attended } } }": types.GroupSessionNamesDocument,
    "query GroupSessionChoices { sessionAttendeeChoices { personId fullName } }": types.GroupSessionChoicesDocument,
    "query ExpenseCase($id: ID!) {\n  case(id: $id) { id activities { id viewerMayClaimExpense expense { miles amountPence note } } }\n}": types.ExpenseCaseDocument,
    "mutation GroupSessionEvaluate($input: RecordSessionEvaluationsInput!) {\n  recordSessionEvaluations(input: $input) { id evaluationForms meanUsefulness meanImpartiality }\n}": types.GroupSessionEvaluateDocument,
    "mutation MonitoringNoteRecord($input: RecordMonitoringNoteInput!) {\n  recordMonitoringNote(input: $input) { id kind category agencyType month summary }\n}": types.MonitoringNoteRecordDocument,
    "query MonitoringNoteList { monitoringNotes { id } }": types.MonitoringNoteListDocument,
    "mutation GroupWorkLog($input: LogActivityInput!) { logActivity(input: $input) { id } }": types.GroupWorkLogDocument,
    "mutation ExpenseRecord($input: RecordActivityExpenseInput!) {\n  recordActivityExpense(input: $input) { id incurredOn miles amountPence note }\n}": types.ExpenseRecordDocument,
    "query ExpenseTotals($month: String!) { expenseTotals(month: $month) { staffId staffName claims miles amountPence } }": types.ExpenseTotalsDocument,
    "query CaseRulesDetail($id: ID!) {\n  case(id: $id) {\n    id status level closureReason\n    activities { kind withFamily consentId partyName }\n    consents { id partyName givenBy mayShare current withdrawnOn }\n    meetings { id status }\n  }\n}": types.CaseRulesDetailDocument,
    "mutation CaseRulesLog($input: LogActivityInput!) {\n  logActivity(input: $input) { id kind withFamily consentId partyName }\n}": types.CaseRulesLogDocument,
    "mutation CaseRulesConsent($input: RecordConsentInput!) {\n  recordConsent(input: $input) { id partyName givenBy mayShare current }\n}": types.CaseRulesConsentDocument,
    "mutation CaseRulesClose($input: CloseCaseInput!) {\n  closeCase(input: $input) { evaluationToken case { status closureReason } }\n}": types.CaseRulesCloseDocument,
    "mutation CaseRulesSchedule($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id status } }": types.CaseRulesScheduleDocument,
    "mutation CaseRulesAddKeyDate($r: ID!, $input: KeyDateInput!) {\n  addKeyDate(referralId: $r, input: $input) { id keyDates { id kind on derivedFromId supersededById } }\n}": types.CaseRulesAddKeyDateDocument,
    "mutation CaseRulesRaise($input: RaiseSafeguardingConcernInput!) {\n  raiseSafeguardingConcern(input: $input) { id referralId caseId raisedById }\n}": types.CaseRulesRaiseDocument,
    "subscription CaseRulesSafeguardingAlert { safeguardingAlert { id referralId raisedByName summary } }": types.CaseRulesSafeguardingAlertDocument,
    "query CaseRulesUnacknowledged { unacknowledgedSafeguardingConcerns { id referralReference } }": types.CaseRulesUnacknowledgedDocument,
    "mutation CaseRulesChangeLevel($input: ChangeCaseLevelInput!) {\n  changeCaseLevel(input: $input) { id level levelChanges { fromLevel toLevel reason } }\n}": types.CaseRulesChangeLevelDocument,
    "mutation CaseRulesReopen($input: ReopenCaseInput!) {\n  reopenCase(input: $input) { id status closedAt currentAllocation { staffId } reopenings { previousClosureReason reason } }\n}": types.CaseRulesReopenDocument,
    "mutation CaseRulesAddCoworker($input: AddCaseCoworkerInput!) {\n  addCaseCoworker(input: $input) { id coworkers { staffId role endedAt } }\n}": types.CaseRulesAddCoworkerDocument,
    "mutation CaseRulesErase($personId: ID!) { eraseServiceUser(personId: $personId) { personId } }": types.CaseRulesEraseDocument,
    "mutation CaseRulesOutcome($input: RecordMeetingOutcomeInput!) {\n  recordMeetingOutcome(input: $input) { id status familyPresent followUpDueOn }\n}": types.CaseRulesOutcomeDocument,
    "query CaseRulesProposed { casesProposedForClosure { caseId referralReference missedMeetings holderName } }": types.CaseRulesProposedDocument,
    "mutation CaseRulesDecide($input: DecideClosureProposalInput!) {\n  decideClosureProposal(input: $input) { evaluationToken case { id status closureReason missedMeetings putForwardForClosureAt } }\n}": types.CaseRulesDecideDocument,
    "mutation CaseRulesCapacity($input: RecordMentalCapacityInput!) {\n  recordMentalCapacity(input: $input) { id decisionMaker capacityAssessments { hasCapacity assessedOn assessedBy } }\n}": types.CaseRulesCapacityDocument,
    "query CaseworkStats($from: LocalDate!, $to: LocalDate!) {\n  serviceStats(from: $from, to: $to) {\n    figures suppressionThreshold\n    current {\n      casesOpenedByLevel { total { value } }\n      casesClosedByLevel { cells { key value } total { value } }\n      casesOpenAtEndByLevel { total { value } }\n      casesReopened { value }\n      levelChanges { cells { key value } total { value } }\n      sessionsByTopic { cells { key value } total { value } }\n      sessionsByKind { total { value } }\n      sessionAttendanceByTopic { cells { key value } total { value } }\n      sessionEvaluationScores { key value suppressed }\n      poorPracticeByCategory { cells { key value } total { value } }\n      positiveOutcomes { value }\n    }\n  }\n}": types.CaseworkStatsDocument,
    "mutation StatsClose($input: CloseCaseInput!) { closeCase(input: $input) { case { id status } } }": types.StatsCloseDocument,
    "mutation StatsReopen($input: ReopenCaseInput!) { reopenCase(input: $input) { id status } }": types.StatsReopenDocument,
    "mutation StatsLevel($input: ChangeCaseLevelInput!) { changeCaseLevel(input: $input) { id level } }": types.StatsLevelDocument,
    "mutation StatsSession($input: RecordGroupSessionInput!) { recordGroupSession(input: $input) { id } }": types.StatsSessionDocument,
    "mutation StatsSessionEvaluate($input: RecordSessionEvaluationsInput!) { recordSessionEvaluations(input: $input) { id } }": types.StatsSessionEvaluateDocument,
    "mutation StatsNote($input: RecordMonitoringNoteInput!) { recordMonitoringNote(input: $input) { id } }": types.StatsNoteDocument,
    "query CaseDetail($id: ID!) {\n  case(id: $id) {\n    id status level readOnly decisionMaker totalMinutes missedMeetings putForwardForClosureAt closureReason closedAt\n    referral { id reference firstRespondedAt contact { fullName } } currentAllocation { staffId } allocations { staffId current }\n    activities { kind withFamily consentId summary } consents { partyName current reviewOn }\n    meetings { status shortNotice followUpDueOn } conductIncidents { action } safeguardingConcerns { id }\n  }\n}": types.CaseDetailDocument,
    "mutation LogActivity($input: LogActivityInput!) {\n  logActivity(input: $input) { id kind occurredAt minutes withFamily consentId summary staffId }\n}": types.LogActivityDocument,
    "mutation RecordConsent($input: RecordConsentInput!) {\n  recordConsent(input: $input) { id partyName granted reviewOn current }\n}": types.RecordConsentDocument,
    "mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n  scheduleMeeting(input: $input) { id status shortNotice }\n}": types.ScheduleMeetingDocument,
    "mutation RecordMeetingOutcome($input: RecordMeetingOutcomeInput!) {\n  recordMeetingOutcome(input: $input) { id status familyPresent followUpDueOn }\n}": types.RecordMeetingOutcomeDocument,
    "mutation RecordConductIncident($input: RecordConductIncidentInput!) {\n  recordConductIncident(input: $input) { id action signposting }\n}": types.RecordConductIncidentDocument,
    "mutation CloseCase($input: CloseCaseInput!) {\n  closeCase(input: $input) { evaluationToken case { status closureReason currentAllocation { id } } }\n}": types.CloseCaseDocument,
    "mutation EvaluateClosedCase($t: String!, $a: EvaluationAnswersInput!) {\n  submitEvaluation(token: $t, answers: $a) { received }\n}": types.EvaluateClosedCaseDocument,
    "subscription QueueChangedWithFirstResponse {\n  triageQueueChanged { change referralId referral { firstRespondedAt } }\n}": types.QueueChangedWithFirstResponseDocument,
    "mutation WithdrawConsent($id: ID!, $on: LocalDate!) { withdrawConsent(consentId: $id, on: $on) { current } }": types.WithdrawConsentDocument,
    "fragment ComplaintFields on Complaint {\n  id kind receivedAt fromWhom what measuresTaken outcome escalatedTo responseDueOn respondedAt responseOverdue loggedBy\n}": types.ComplaintFieldsFragmentDoc,
    "mutation LogComplaint($input: LogComplaintInput!) { logComplaint(input: $input) { ...ComplaintFields } }": types.LogComplaintDocument,
    "mutation UpdateComplaint($id: ID!, $input: UpdateComplaintInput!) {\n  updateComplaint(id: $id, input: $input) { ...ComplaintFields }\n}": types.UpdateComplaintDocument,
    "query Complaints($first: Int, $after: String) {\n  complaints(first: $first, after: $after) { edges { cursor node { ...ComplaintFields } } pageInfo { hasNextPage endCursor } }\n}": types.ComplaintsDocument,
    "query FeedbackStats {\n  serviceStats(from: \"2026-11-01\", to: \"2026-11-30\") { current { feedback { total { value } cells { key display value } } } }\n}": types.FeedbackStatsDocument,
    "query StaffComplianceList {\n  staffCompliance {\n    staffId displayName role holdsCases dbsEnhanced dbsCheckedOn dbsBarredListChecked dbsBarredListCheckedOn\n    dbsUpdateService dbsUpdateServiceRenewalOn dbsEvidenceRef confidentialitySignedOn appraisalDueOn\n    training { kind completedOn expiresOn evidenceRef }\n    appraisals { heldOn appraiserId appraiserName }\n    conflicts { id kind subject dateOfBirth postcode colleagueId declaredOn withdrawnOn matchedByNameAlone }\n    issues { item state dueOn message }\n  }\n}": types.StaffComplianceListDocument,
    "mutation ComplianceRecordDbs($id: ID!, $input: StaffComplianceInput!) {\n  recordStaffCompliance(staffId: $id, input: $input) { id }\n}": types.ComplianceRecordDbsDocument,
    "mutation ComplianceRecordTraining($id: ID!, $input: StaffTrainingInput!) {\n  recordStaffTraining(staffId: $id, input: $input) { id }\n}": types.ComplianceRecordTrainingDocument,
    "mutation RecordAppraisal($id: ID!, $input: AppraisalInput!) {\n  recordStaffAppraisal(staffId: $id, input: $input) { staffId appraisalDueOn appraisals { heldOn appraiserName } issues { item state } }\n}": types.RecordAppraisalDocument,
    "mutation DeclareConflict($id: ID!, $input: ConflictInput!) {\n  declareConflict(staffId: $id, input: $input) { id kind subject dateOfBirth postcode colleagueId declaredOn withdrawnOn }\n}": types.DeclareConflictDocument,
    "mutation WithdrawConflict($id: ID!, $input: WithdrawConflictInput!) {\n  withdrawConflict(conflictId: $id, input: $input) { id withdrawnOn }\n}": types.WithdrawConflictDocument,
    "query ComplianceSchedule { supervisionSchedule { staff { id } compliance { issues { item state } } } }": types.ComplianceScheduleDocument,
    "query UnavailableMe { me { id } }": types.UnavailableMeDocument,
    "mutation CreateReferralForPerson($input: CreateReferralInput!) {\n  createReferral(input: $input) { id personId }\n}": types.CreateReferralForPersonDocument,
    "query ServiceStatsCsv { serviceStatsCsv(from: \"2026-11-01\", to: \"2026-11-30\") }": types.ServiceStatsCsvDocument,
    "mutation EraseServiceUser($id: ID!) { eraseServiceUser(personId: $id) { personId referralsErased erasedAt } }": types.EraseServiceUserDocument,
    "query SubjectAccessExport($id: ID!) { subjectAccessExport(personId: $id) { json html } }": types.SubjectAccessExportDocument,
    "query DemoTeamCaseload { team { id openCases } }": types.DemoTeamCaseloadDocument,
    "mutation DeploymentCreateService($input: CreateServiceInput!) {\n  createService(input: $input) { serviceId slug name administrator { id email role passwordSet } link { path } }\n}": types.DeploymentCreateServiceDocument,
    "mutation DeploymentSetPassword($t: String!, $p: String!) { setPassword(token: $t, password: $p) }": types.DeploymentSetPasswordDocument,
    "query DeploymentTeam { team { id role } }": types.DeploymentTeamDocument,
    "query DeploymentMe { me { id isDeploymentAdmin } }": types.DeploymentMeDocument,
    "mutation DeploymentLogin($e: String!, $p: String!) { login(email: $e, password: $p) { me { isDeploymentAdmin } } }": types.DeploymentLoginDocument,
    "query FolderDocuments($caseId: ID, $referralId: ID, $personId: ID, $withVoided: Boolean) {\n  documents(caseId: $caseId, referralId: $referralId, personId: $personId, withVoided: $withVoided) {\n    id seriesId version name contentType sizeBytes attachedTo previewable voidedAt voidReason voidedBy uploadedBy\n    earlierVersions { id version name }\n  }\n}": types.FolderDocumentsDocument,
    "mutation VoidDocument($id: ID!, $input: VoidDocumentInput!) {\n  voidDocument(id: $id, input: $input) { id voidedAt voidReason voidedBy }\n}": types.VoidDocumentDocument,
    "mutation EraseFamilyDocuments($id: ID!) { eraseServiceUser(personId: $id) { personId } }": types.EraseFamilyDocumentsDocument,
    "query DocumentsSubjectAccess($id: ID!) { subjectAccessExport(personId: $id) { json } }": types.DocumentsSubjectAccessDocument,
    "mutation CloseCaseForLinkage($input: CloseCaseInput!) { closeCase(input: $input) { evaluationToken } }": types.CloseCaseForLinkageDocument,
    "mutation SubmitEvaluationForLinkage($t: String!, $a: EvaluationAnswersInput!) {\n  submitEvaluation(token: $t, answers: $a) { received }\n}": types.SubmitEvaluationForLinkageDocument,
    "query EvaluationBatches($from: LocalDate!, $to: LocalDate!) { evaluationBatches(from: $from, to: $to) { month responses comments } }": types.EvaluationBatchesDocument,
    "mutation CloseCaseForEvaluation($input: CloseCaseInput!) { closeCase(input: $input) { evaluationToken } }": types.CloseCaseForEvaluationDocument,
    "mutation SubmitEvaluation($t: String!, $a: EvaluationAnswersInput!) {\n  submitEvaluation(token: $t, answers: $a) { received message }\n}": types.SubmitEvaluationDocument,
    "subscription LocalReceived { referralReceived { ...ReferralFields } }": types.LocalReceivedDocument,
    "subscription LocalQueue { triageQueueChanged { change referralId referral { ...ReferralFields } } }": types.LocalQueueDocument,
    "query LocalRead($id: ID!) { referral(id: $id) { ...ReferralFields } }": types.LocalReadDocument,
    "query FuzzQueue { triageQueue(first: 5) { totalCount edges { node { id reference status } } } }": types.FuzzQueueDocument,
    "query Typename { __typename }": types.TypenameDocument,
    "query MissingReferral { referral(id: \"00000000-0000-0000-0000-000000000000\") { id } }": types.MissingReferralDocument,
    "query QueueTotal { triageQueue(first: 1) { totalCount } }": types.QueueTotalDocument,
    "subscription ReceivedReferralId { referralReceived { id } }": types.ReceivedReferralIdDocument,
    "query TypeNames { __schema { types { name } } }": types.TypeNamesDocument,
    "query HostileTypename { __typename }": types.HostileTypenameDocument,
    "mutation HostileLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }": types.HostileLoginDocument,
    "subscription HostileReceived { referralReceived { id } }": types.HostileReceivedDocument,
    "mutation IdempotentLogActivity($input: LogActivityInput!) { logActivity(input: $input) { id summary } }": types.IdempotentLogActivityDocument,
    "mutation IdempotentLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }": types.IdempotentLoginDocument,
    "mutation InstanceLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }": types.InstanceLoginDocument,
    "subscription ReceivedOnOtherInstance { referralReceived { reference channel } }": types.ReceivedOnOtherInstanceDocument,
    "mutation InstanceLogout { logout }": types.InstanceLogoutDocument,
    "subscription ReceivedFullOnEitherInstance { referralReceived { ...ReferralFields } }": types.ReceivedFullOnEitherInstanceDocument,
    "query InstanceReadReferral($id: ID!) { referral(id: $id) { ...ReferralFields } }": types.InstanceReadReferralDocument,
    "subscription ReferralReceived { referralReceived { ...ReferralFields } }": types.ReferralReceivedDocument,
    "mutation CreateReferralWithKeyDates($input: CreateReferralInput!) {\n  createReferral(input: $input) { id keyDates { kind on rule } }\n}": types.CreateReferralWithKeyDatesDocument,
    "query LetterTemplates { letterTemplates { kind title onReferral easyRead body customised } }": types.LetterTemplatesDocument,
    "query LetterPreview($input: PreviewLetterInput!) { letterPreview(input: $input) { text format pdf } }": types.LetterPreviewDocument,
    "mutation ResetLetterTemplate($input: ResetLetterTemplateInput!) {\n  resetLetterTemplate(input: $input) { kind easyRead body customised updatedBy }\n}": types.ResetLetterTemplateDocument,
    "mutation SaveLetterTemplate($input: SaveLetterTemplateInput!) {\n  saveLetterTemplate(input: $input) { kind easyRead body customised updatedBy }\n}": types.SaveLetterTemplateDocument,
    "mutation SendLetter($input: SendLetterInput!) {\n  sendLetter(input: $input) { format printableOnce document { id name letterKind letterFormat contentType attachedTo } }\n}": types.SendLetterDocument,
    "mutation LettersSchedule($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }": types.LettersScheduleDocument,
    "mutation LettersClose($input: CloseCaseInput!) { closeCase(input: $input) { evaluationToken } }": types.LettersCloseDocument,
    "subscription NewReferralId { referralReceived { id } }": types.NewReferralIdDocument,
    "mutation LogsTriage($input: TriageReferralInput!) { triageReferral(input: $input) { id } }": types.LogsTriageDocument,
    "mutation LogsActivity($input: LogActivityInput!) { logActivity(input: $input) { id } }": types.LogsActivityDocument,
    "mutation LogsConsent($input: RecordConsentInput!) { recordConsent(input: $input) { id } }": types.LogsConsentDocument,
    "mutation LogsMeeting($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }": types.LogsMeetingDocument,
    "mutation LogsConcern($input: RaiseSafeguardingConcernInput!) { raiseSafeguardingConcern(input: $input) { id } }": types.LogsConcernDocument,
    "mutation LogsComplaint($input: LogComplaintInput!) { logComplaint(input: $input) { id } }": types.LogsComplaintDocument,
    "mutation LogsLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }": types.LogsLoginDocument,
    "mutation NotifyRaiseConcern($input: RaiseSafeguardingConcernInput!) {\n  raiseSafeguardingConcern(input: $input) { id referralId }\n}": types.NotifyRaiseConcernDocument,
    "query NotifyStatus { notificationStatus { enabled queued retrying failed } }": types.NotifyStatusDocument,
    "query NotifyDeliveries($state: NotificationState) {\n  notificationDeliveries(state: $state) { id kind state attempts recipientName reference nextAttemptAt sentAt lastError }\n}": types.NotifyDeliveriesDocument,
    "mutation NotifyRetry($id: ID!) { retryNotification(id: $id) { id state attempts lastError } }": types.NotifyRetryDocument,
    "query NotifyMyPrefs { myNotificationPreferences { safeguarding allocation overdueDigest available } }": types.NotifyMyPrefsDocument,
    "mutation NotifyUpdatePrefs($input: UpdateNotificationPreferencesInput!) {\n  updateMyNotificationPreferences(input: $input) { safeguarding allocation overdueDigest available }\n}": types.NotifyUpdatePrefsDocument,
    "fragment OverdueItemFields on OverdueItem { id kind label dueAt raisedAt referralId assigneeStaffId }": types.OverdueItemFieldsFragmentDoc,
    "subscription OverdueItemRaised { overdueItemRaised { ...OverdueItemFields } }": types.OverdueItemRaisedDocument,
    "query TeamOverdueItems { overdueItems(scope: TEAM) { ...OverdueItemFields subjectId upcomingOn } }": types.TeamOverdueItemsDocument,
    "query MyOverdueItems { overdueItems { id } }": types.MyOverdueItemsDocument,
    "subscription OverdueSubjectRaised { overdueItemRaised { subjectId kind } }": types.OverdueSubjectRaisedDocument,
    "query MyOverdueSubjects { overdueItems { subjectId kind assigneeStaffId } }": types.MyOverdueSubjectsDocument,
    "mutation GuessLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }": types.GuessLoginDocument,
    "query PublicService($s: String!) {\n  publicService(slug: $s) { slug name areaName helplinePhone responseTargetDays }\n}": types.PublicServiceDocument,
    "query UnknownPublicService { publicService(slug: \"nowhere\") { name } }": types.UnknownPublicServiceDocument,
    "query QueuePriorities { triageQueue(first: 100) { edges { node { priority priorityReasons { weight } } } } }": types.QueuePrioritiesDocument,
    "mutation DemoLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token me { role } } }": types.DemoLoginDocument,
    "query StartedMe { me { id } }": types.StartedMeDocument,
    "query StartedMeRole { me { role } }": types.StartedMeRoleDocument,
    "query StartedQueue { triageQueue(first: 100) { totalCount edges { node { reference } } } }": types.StartedQueueDocument,
    "query ReassignmentPlan($id: ID!) {\n  reassignmentPlan(fromStaffId: $id) {\n    fromStaffId fromActive\n    cases { caseId reference level suggestedStaffId candidates { staffId openCases capacity blockingReasons { code } } }\n  }\n}": types.ReassignmentPlanDocument,
    "mutation ReassignCases($input: ReassignCasesInput!) { reassignCases(input: $input) { reassigned } }": types.ReassignCasesDocument,
    "query StaffToReassign { staffToReassign { staffId displayName openCases } }": types.StaffToReassignDocument,
    "mutation DeactivateLeaver($id: ID!) { deactivateStaff(staffId: $id) { openCases { caseId } } }": types.DeactivateLeaverDocument,
    "query CaseList($filter: CaseListFilter, $first: Int, $after: String) {\n  cases(filter: $filter, first: $first, after: $after) {\n    totalCount pageInfo { hasNextPage endCursor } edges { node { caseId reference status level heldById heldBy contactName } }\n  }\n}": types.CaseListDocument,
    "query ReferralClock($id: ID!) { referral(id: $id) { id receivedAt responseTargetAt responseDeadlineAt } }": types.ReferralClockDocument,
    "mutation CorrectReceivedAt($input: CorrectReferralInput!) {\n  correctReferral(input: $input) { id corrections { entityType entityId field previousValue newValue reason changedBy } }\n}": types.CorrectReceivedAtDocument,
    "mutation CorrectActivityConsent($input: CorrectActivityInput!) {\n  correctActivity(input: $input) {\n    id\n    activities { id withFamily consentId partyName }\n    corrections { entityType entityId field previousValue newValue reason }\n  }\n}": types.CorrectActivityConsentDocument,
    "mutation LogForClock($input: LogActivityInput!) { logActivity(input: $input) { id consentId } }": types.LogForClockDocument,
    "mutation ConsentForClock($input: RecordConsentInput!) { recordConsent(input: $input) { id } }": types.ConsentForClockDocument,
    "mutation VoidForCaseHistory($input: VoidActivityInput!) { voidActivity(input: $input) { id voided } }": types.VoidForCaseHistoryDocument,
    "mutation ContactForCaseHistory($input: CorrectContactInput!) { correctContact(input: $input) { id } }": types.ContactForCaseHistoryDocument,
    "mutation InfoCallForClock($input: InformationCallInput!) {\n  recordInformationCall(input: $input) { id receivedAt firstRespondedAt }\n}": types.InfoCallForClockDocument,
    "query PersonOfClock($id: ID!) { referral(id: $id) { personId } }": types.PersonOfClockDocument,
    "query CaseCorrections($id: ID!) {\n  case(id: $id) { id corrections { entityType entityId field previousValue newValue reason changedBy changedAt entryVoided } }\n}": types.CaseCorrectionsDocument,
    "query CorrectionsFamily($id: ID!, $withVoided: Boolean) {\n  person(id: $id, withVoided: $withVoided) {\n    id\n    referrals { id channel childName childDateOfBirth }\n    activities { id kind minutes summary voided }\n    consents { id partyName reviewOn }\n    keyDates { id kind on derived voided voidReason }\n    corrections { entityType entityId field previousValue newValue reason changedBy }\n  }\n}": types.CorrectionsFamilyDocument,
    "mutation CorrectChildT($input: CorrectChildInput!) {\n  correctChild(input: $input) { id referrals { id childName childDateOfBirth } corrections { entityType field previousValue newValue reason } }\n}": types.CorrectChildTDocument,
    "mutation CorrectReferralT($input: CorrectReferralInput!) {\n  correctReferral(input: $input) { id referrals { id channel } corrections { entityType field previousValue newValue } }\n}": types.CorrectReferralTDocument,
    "mutation CorrectActivityT($input: CorrectActivityInput!) {\n  correctActivity(input: $input) { id activities { id kind minutes summary } corrections { entityType field previousValue newValue } }\n}": types.CorrectActivityTDocument,
    "mutation CorrectKeyDateT($input: CorrectKeyDateInput!) {\n  correctKeyDate(input: $input) { id keyDates { id kind on derived } corrections { entityType field previousValue newValue } }\n}": types.CorrectKeyDateTDocument,
    "mutation VoidKeyDateT($input: VoidKeyDateInput!) { voidKeyDate(input: $input) { id keyDates { id } } }": types.VoidKeyDateTDocument,
    "mutation CorrectConsentT($input: CorrectConsentInput!) {\n  correctConsent(input: $input) { id consents { id partyName reviewOn } corrections { entityType field previousValue newValue } }\n}": types.CorrectConsentTDocument,
    "mutation LogActivityForCorrection($input: LogActivityInput!) { logActivity(input: $input) { id } }": types.LogActivityForCorrectionDocument,
    "mutation RecordConsentForCorrection($input: RecordConsentInput!) { recordConsent(input: $input) { id } }": types.RecordConsentForCorrectionDocument,
    "mutation AddKeyDateForCorrection($r: ID!, $input: KeyDateInput!) {\n  addKeyDate(referralId: $r, input: $input) { id keyDates { id kind on derivedFromId } }\n}": types.AddKeyDateForCorrectionDocument,
    "query PersonOfCorrected($id: ID!) { referral(id: $id) { personId } }": types.PersonOfCorrectedDocument,
    "query StatsAfterCorrection($from: LocalDate!, $to: LocalDate!) {\n  serviceStats(from: $from, to: $to) { current {\n    referralsByChannel { cells { key value } }\n    referralsByAgeBand { cells { key value } }\n    activityHoursByKind { key value }\n    activitiesByKind { cells { key value } }\n  } }\n}": types.StatsAfterCorrectionDocument,
    "query SubjectAccessCorrections($id: ID!) { subjectAccessExport(personId: $id) { json } }": types.SubjectAccessCorrectionsDocument,
    "mutation EraseCorrections($id: ID!) { eraseServiceUser(personId: $id) { personId } }": types.EraseCorrectionsDocument,
    "query FamilyRecord($id: ID!, $withVoided: Boolean) {\n  person(id: $id, withVoided: $withVoided) {\n    id fullName phone mergedIntoId\n    referrals { id reference repeat caseId childName }\n    activities { id kind minutes voided voidReason }\n    corrections { entityType field previousValue newValue reason changedBy }\n    possibleDuplicates { personId matchedOn referralCount }\n  }\n}": types.FamilyRecordDocument,
    "mutation MergePeople($input: MergePeopleInput!) { mergePeople(input: $input) { id referrals { id repeat } } }": types.MergePeopleDocument,
    "mutation CorrectContact($input: CorrectContactInput!) {\n  correctContact(input: $input) { id phone corrections { field previousValue newValue reason } }\n}": types.CorrectContactDocument,
    "mutation VoidActivity($input: VoidActivityInput!) { voidActivity(input: $input) { id voided voidReason } }": types.VoidActivityDocument,
    "mutation LogActivityForVoid($input: LogActivityInput!) { logActivity(input: $input) { id } }": types.LogActivityForVoidDocument,
    "query CaseTimelineAfterVoid($id: ID!) { case(id: $id) { activities { id } } }": types.CaseTimelineAfterVoidDocument,
    "query PersonOfReferral($id: ID!) { referral(id: $id) { personId } }": types.PersonOfReferralDocument,
    "query ActivityStatsAfterVoid($from: LocalDate!, $to: LocalDate!) {\n  serviceStats(from: $from, to: $to) { current { activitiesByKind { cells { key value } } } }\n}": types.ActivityStatsAfterVoidDocument,
    "query SubjectAccessWithHistory($id: ID!) { subjectAccessExport(personId: $id) { json } }": types.SubjectAccessWithHistoryDocument,
    "mutation EraseWithHistory($id: ID!) { eraseServiceUser(personId: $id) { personId } }": types.EraseWithHistoryDocument,
    "mutation RecordInformationCall($input: InformationCallInput!) {\n  recordInformationCall(input: $input) {\n    id reference status level eligibility channel topic receivedAt firstRespondedAt caseId contact { fullName phone } child { fullName }\n  }\n}": types.RecordInformationCallDocument,
    "mutation RecordAnonymousEnquiry($input: AnonymousEnquiryInput!) {\n  recordAnonymousEnquiry(input: $input) { id channel topic receivedOn }\n}": types.RecordAnonymousEnquiryDocument,
    "query IntakeReferral($id: ID!) { referral(id: $id) { id status eligibility ineligibleReason signposting topic } }": types.IntakeReferralDocument,
    "query InformationCallCase($id: ID!) {\n  case(id: $id) { id status level closureReason activities { kind minutes summary } }\n}": types.InformationCallCaseDocument,
    "query IntakeStats($from: LocalDate!, $to: LocalDate!) {\n  serviceStats(from: $from, to: $to) {\n    current {\n      referralsReceived { value }\n      anonymousEnquiries { value }\n      referralsByChannel { cells { key value } }\n      referralsByLevel { cells { key value } }\n      casesClosedByLevel { cells { key value } }\n      activitiesByKind { cells { key value } }\n    }\n  }\n}": types.IntakeStatsDocument,
    "query SearchRecords($input: RecordSearchInput!, $first: Int, $after: String) {\n  searchRecords(input: $input, first: $first, after: $after) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { node { referralId reference access personId contactName childName heldBy nameScore childDateOfBirth postcode phone email } }\n  }\n}": types.SearchRecordsDocument,
    "mutation SubmitSelfReferralEligible($input: SelfReferralInput!) {\n  submitSelfReferral(input: $input) { recorded eligible reference responsePromise respondBy }\n}": types.SubmitSelfReferralEligibleDocument,
    "subscription ResyncArrivals { referralReceived { reference } }": types.ResyncArrivalsDocument,
    "mutation RaiseSafeguardingConcern($input: RaiseSafeguardingConcernInput!) {\n  raiseSafeguardingConcern(input: $input) { id referralId caseId summary raisedById raisedAt acknowledgedAt }\n}": types.RaiseSafeguardingConcernDocument,
    "mutation AcknowledgeSafeguardingConcern($id: ID!, $o: String!) {\n  acknowledgeSafeguardingConcern(id: $id, outcome: $o) { id acknowledgedAt acknowledgedByName outcome }\n}": types.AcknowledgeSafeguardingConcernDocument,
    "subscription SafeguardingAlert {\n  safeguardingAlert { id referralId referralReference caseId summary raisedByName }\n}": types.SafeguardingAlertDocument,
    "query UnacknowledgedConcerns {\n  unacknowledgedSafeguardingConcerns { id referralReference summary raisedByName acknowledgedAt }\n}": types.UnacknowledgedConcernsDocument,
    "query SafeguardingCaseOf($id: ID!) { case(id: $id) { id } }": types.SafeguardingCaseOfDocument,
    "query RevocationMe { me { id role } }": types.RevocationMeDocument,
    "subscription RevocationReceived { referralReceived { id } }": types.RevocationReceivedDocument,
    "mutation RevocationLogout { logout }": types.RevocationLogoutDocument,
    "query CachedStats($from: LocalDate!, $to: LocalDate!) {\n  serviceStats(from: $from, to: $to) {\n    figures\n    current {\n      referralsReceived { value }\n      responseMaximumBreached { value }\n      waitingAtPeriodEnd { value }\n      feedback { total { value } }\n      safeguardingConcerns { value }\n      hearingsSupported { total { value } }\n      activitiesByKind { total { value } }\n    }\n  }\n}": types.CachedStatsDocument,
    "mutation LogActivityForCache($input: LogActivityInput!) { logActivity(input: $input) { id } }": types.LogActivityForCacheDocument,
    "mutation LogComplaintForCache($i: LogComplaintInput!) { logComplaint(input: $i) { id } }": types.LogComplaintForCacheDocument,
    "query AttackServiceStats($from: LocalDate!, $to: LocalDate!) {\n  serviceStats(from: $from, to: $to) {\n    figures suppressionThreshold\n    current { from to referralsReceived { value }\n      referralsByChannel { cells { key value } total { value } } referralsBySource { cells { key value } total { value } }\n      referralsByStage { cells { key value } total { value } } referralsByHowHeard { cells { key value } total { value } }\n      referralsByLevel { cells { key value } total { value } } referralsByAgeBand { cells { key value } total { value } }\n      referralsByPrimaryNeed { cells { key value } total { value } } referralsByEthnicity { cells { key value } total { value } }\n      activitiesByKind { cells { key value } total { value } } }\n    previous { from to referralsReceived { value }\n      referralsByChannel { cells { key value } total { value } } referralsBySource { cells { key value } total { value } }\n      referralsByStage { cells { key value } total { value } } referralsByHowHeard { cells { key value } total { value } }\n      referralsByLevel { cells { key value } total { value } } referralsByAgeBand { cells { key value } total { value } }\n      referralsByPrimaryNeed { cells { key value } total { value } } referralsByEthnicity { cells { key value } total { value } }\n      activitiesByKind { cells { key value } total { value } } }\n  }\n}": types.AttackServiceStatsDocument,
    "query AttackNationalStats($from: LocalDate!, $to: LocalDate!) {\n  nationalStats(from: $from, to: $to) {\n    available figures suppressionThreshold\n    current { from to referralsReceived { value }\n      referralsByChannel { cells { key value } total { value } } referralsBySource { cells { key value } total { value } }\n      referralsByStage { cells { key value } total { value } } referralsByHowHeard { cells { key value } total { value } }\n      referralsByLevel { cells { key value } total { value } } referralsByAgeBand { cells { key value } total { value } }\n      referralsByPrimaryNeed { cells { key value } total { value } } referralsByEthnicity { cells { key value } total { value } }\n      activitiesByKind { cells { key value } total { value } } }\n    previous { from to referralsReceived { value }\n      referralsByChannel { cells { key value } total { value } } referralsBySource { cells { key value } total { value } }\n      referralsByStage { cells { key value } total { value } } referralsByHowHeard { cells { key value } total { value } }\n      referralsByLevel { cells { key value } total { value } } referralsByAgeBand { cells { key value } total { value } }\n      referralsByPrimaryNeed { cells { key value } total { value } } referralsByEthnicity { cells { key value } total { value } }\n      activitiesByKind { cells { key value } total { value } } }\n  }\n}": types.AttackNationalStatsDocument,
    "query NationalStats($from: LocalDate!, $to: LocalDate!) {\n  nationalStats(from: $from, to: $to) {\n    available reason minimumServices contributingServices figures footnotes suppressionThreshold suppressionMark\n    current {\n      from to contributingServices\n      referralsReceived { key label value suppressed display }\n      referralsByChannel { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsBySource { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByStage { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByHowHeard { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByLevel { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByAgeBand { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByPrimaryNeed { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByEthnicity { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      activitiesByKind { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      activityHoursByKind { key label unit value suppressed display }\n    }\n    previous {\n      from to contributingServices\n      referralsReceived { key label value suppressed display }\n      referralsByChannel { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsBySource { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByStage { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByHowHeard { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByLevel { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByAgeBand { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByPrimaryNeed { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByEthnicity { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      activitiesByKind { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      activityHoursByKind { key label unit value suppressed display }\n    }\n  }\n}": types.NationalStatsDocument,
    "query ServiceStats($from: LocalDate!, $to: LocalDate!) {\n  serviceStats(from: $from, to: $to) {\n    figures footnotes suppressionThreshold suppressionMark\n    current {\n      from to\n      referralsReceived { key label value suppressed display }\n      referralsByChannel { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsBySource { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByStage { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByHowHeard { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByLevel { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByAgeBand { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByPrimaryNeed { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByEthnicity { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      anonymousEnquiries { key label value suppressed display }\n      responseTimes { key label unit value suppressed display }\n      casesOpenedByLevel { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      casesClosedByLevel { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      casesOpenAtEndByLevel { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      caseDurationByLevel { key label unit value suppressed display }\n      activitiesByKind { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      activityHoursByKind { key label unit value suppressed display }\n      meetingsByStatus { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      hearingsSupported { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      evaluations { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      evaluationResponseRate { key label unit value suppressed display }\n      evaluationScores { key label unit value suppressed display }\n      feedback { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      safeguardingConcerns { key label value suppressed display }\n      responseMaximumBreached { key label value suppressed display }\n      waitingAtPeriodEnd { key label value suppressed display }\n      peakWaitingList { key label value suppressed display }\n    }\n    previous {\n      from to\n      referralsReceived { key label value suppressed display }\n      referralsByChannel { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsBySource { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByStage { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByHowHeard { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByLevel { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByAgeBand { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByPrimaryNeed { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByEthnicity { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      anonymousEnquiries { key label value suppressed display }\n      responseTimes { key label unit value suppressed display }\n      casesOpenedByLevel { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      casesClosedByLevel { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      casesOpenAtEndByLevel { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      caseDurationByLevel { key label unit value suppressed display }\n      activitiesByKind { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      activityHoursByKind { key label unit value suppressed display }\n      meetingsByStatus { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      hearingsSupported { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      evaluations { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      evaluationResponseRate { key label unit value suppressed display }\n      evaluationScores { key label unit value suppressed display }\n      feedback { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      safeguardingConcerns { key label value suppressed display }\n      responseMaximumBreached { key label value suppressed display }\n      waitingAtPeriodEnd { key label value suppressed display }\n      peakWaitingList { key label value suppressed display }\n    }\n  }\n}": types.ServiceStatsDocument,
    "query ServiceStatsCsvForPeriod($from: LocalDate!, $to: LocalDate!) { serviceStatsCsv(from: $from, to: $to) }": types.ServiceStatsCsvForPeriodDocument,
    "query ServiceStatsReport($from: LocalDate!, $to: LocalDate!) { serviceStatsReport(from: $from, to: $to) }": types.ServiceStatsReportDocument,
    "query ServiceStatsTrend($from: LocalDate!, $to: LocalDate!) {\n  serviceStatsTrend(from: $from, to: $to) {\n    figures footnotes\n    months {\n      from to\n      referralsReceived { key label value suppressed display }\n      referralsByChannel { cells { key value } total { value } }\n      responseTimes { key value suppressed display }\n      casesOpenedByLevel { total { value } }\n      casesClosedByLevel { total { value } }\n    }\n  }\n}": types.ServiceStatsTrendDocument,
    "mutation LogComplaintForStats($i: LogComplaintInput!) { logComplaint(input: $i) { id } }": types.LogComplaintForStatsDocument,
    "query NationalChannels($from: LocalDate!, $to: LocalDate!) {\n  nationalStats(from: $from, to: $to) {\n    available reason contributingServices current { referralsByChannel { cells { key label display } } }\n  }\n}": types.NationalChannelsDocument,
    "query ServiceStatsTrailingYear($from: LocalDate!, $to: LocalDate!) {\n      serviceStatsTrend(from: $from, to: $to, trailingYear: true) { figures months { from to referralsReceived { value } } }\n    }": types.ServiceStatsTrailingYearDocument,
    "mutation RecordSupervision($input: RecordSupervisionInput!) {\n  recordSupervision(input: $input) { id kind heldOn topics notes supervisor { id } attendees { id displayName } }\n}": types.RecordSupervisionDocument,
    "query Supervisions($staffId: ID, $first: Int, $after: String) {\n  supervisions(staffId: $staffId, first: $first, after: $after) {\n    edges { cursor node { id notes heldOn attendees { id } } } pageInfo { hasNextPage endCursor }\n  }\n}": types.SupervisionsDocument,
    "query SupervisionSchedule {\n  supervisionSchedule {\n    staff { id role } everyWeeks lastSupervisedOn lastGroupSupportOn nextDueOn overdue\n    compliance {\n      dbsEnhanced dbsRenewalDueOn dbsExpired dbsRenewalDueSoon confidentialitySigned confidentialitySignedOn\n      training { kind completedOn expiresOn expired expiringSoon } trainingExpired trainingExpiringSoon\n    }\n  }\n}": types.SupervisionScheduleDocument,
    "query TriageQueue($first: Int, $after: String, $filter: TriageQueueFilter) {\n  triageQueue(first: $first, after: $after, filter: $filter) {\n    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...ReferralFields } }\n  }\n}": types.TriageQueueDocument,
    "mutation TriageReferralDecision($input: TriageReferralInput!) {\n  triageReferral(input: $input) {\n    id status eligibility level ineligibleReason signposting priority priorityReasons { code label weight }\n  }\n}": types.TriageReferralDecisionDocument,
    "query ReferralCase($id: ID!) { referral(id: $id) { id caseId } }": types.ReferralCaseDocument,
    "query QueueCases { triageQueue(first: 40) { edges { node { id caseId } } } }": types.QueueCasesDocument,
    "query QueueKeyDates { triageQueue(first: 40) { edges { node { id keyDates { id kind on } } } } }": types.QueueKeyDatesDocument,
    "query ReferralKeyDates($id: ID!) { referral(id: $id) { keyDates { id kind on } } }": types.ReferralKeyDatesDocument,
    "query QueueEveryField {\n  triageQueue(first: 12) {\n    edges {\n      node {\n        id reference status channel source professionalType referrerName referrerOrganisation familyConsentedToShare\n        receivedAt responseTargetAt responseDeadlineAt firstRespondedAt priority priorityReasons { code label weight }\n        level eligibility eligibilityChecks { code met label } ineligibleReason signposting possibleDuplicate possibleDuplicateOfId\n        currentStage howHeard topic reasonForReferral safeguardingFlag excludedOrNoPlace childInNeedOrLookedAfter\n        priorityOverride priorityOverrideReason triageNotes triagedAt overdue decisionMaker personId\n        contact { fullName email phone address postcode preferredContact accessibilityNeeds interpreterLanguage ethnicity }\n        child { fullName dateOfBirth ageYears educationSetting needsOverview diagnosisStatus primaryNeed }\n        nextKeyDate { id kind on rule derivedFromId notes supersededById }\n      }\n    }\n  }\n}": types.QueueEveryFieldDocument,
    "query QueueNarrow {\n  triageQueue(first: 12) {\n    edges {\n      node {\n        ...QueueNarrowFields\n        when: receivedAt\n        nextKeyDate { id kind on rule supersededById }\n        child { fullName dateOfBirth ageYears }\n        decisionMaker overdue personId possibleDuplicateOfId currentStage excludedOrNoPlace childInNeedOrLookedAfter priorityOverrideReason\n      }\n    }\n  }\n}\nfragment QueueNarrowFields on Referral { ... on Referral { id priority priorityReasons { code label weight } contact { fullName preferredContact accessibilityNeeds } } }": types.QueueNarrowDocument,
    "query ReferralEveryField($id: ID!) {\n  referral(id: $id) {\n    id reference status channel source professionalType referrerName referrerOrganisation familyConsentedToShare\n    receivedAt responseTargetAt responseDeadlineAt firstRespondedAt priority priorityReasons { code label weight }\n    level eligibility eligibilityChecks { code met label } ineligibleReason signposting possibleDuplicate possibleDuplicateOfId\n    currentStage howHeard topic reasonForReferral safeguardingFlag excludedOrNoPlace childInNeedOrLookedAfter\n    priorityOverride priorityOverrideReason triageNotes triagedAt overdue decisionMaker personId\n    contact { fullName email phone address postcode preferredContact accessibilityNeeds interpreterLanguage ethnicity }\n    child { fullName dateOfBirth ageYears educationSetting needsOverview diagnosisStatus primaryNeed }\n    nextKeyDate { id kind on rule derivedFromId notes supersededById }\n  }\n}": types.ReferralEveryFieldDocument,
    "query ReferralId($id: ID!) { referral(id: $id) { id } }": types.ReferralIdDocument,
    "query ReferralByMalformedId { referral(id: \"1 or 1=1\") { id } }": types.ReferralByMalformedIdDocument,
    "query ReferralEligibility($id: ID!) {\n  referral(id: $id) { decisionMaker eligibilityChecks { code met label } }\n}": types.ReferralEligibilityDocument,
    "query ReferralStatus($id: ID!) { referral(id: $id) { status } }": types.ReferralStatusDocument,
    "subscription QueueChangedLevel { triageQueueChanged { change referralId referral { id level priority } } }": types.QueueChangedLevelDocument,
    "subscription QueueChangedReferralId { triageQueueChanged { referralId } }": types.QueueChangedReferralIdDocument,
    "subscription ReceivedReference { referralReceived { id reference } }": types.ReceivedReferenceDocument,
    "subscription ReceivedId { referralReceived { id } }": types.ReceivedIdDocument,
    "subscription Wide { referralReceived { id reference status } }": types.WideDocument,
    "subscription Narrow { referralReceived { theId: id } }": types.NarrowDocument,
    "mutation ResyncSignIn($e: String!, $p: String!) { login(email: $e, password: $p) { token } }": types.ResyncSignInDocument,
    "mutation FaultSignIn($e: String!, $p: String!) { login(email: $e, password: $p) { token } }": types.FaultSignInDocument,
    "subscription FaultArrivals { referralReceived { reference } }": types.FaultArrivalsDocument,
    "mutation TriageReferral($input: TriageReferralInput!) {\n  triageReferral(input: $input) { id status level }\n}": types.TriageReferralDocument,
    "mutation AllocateReferral($r: ID!, $s: ID!) {\n  allocateReferral(referralId: $r, staffId: $s) {\n    id caseId referralId referralReference level staffId staffDisplayName kind allocatedAt acceptedAt endedAt current\n  }\n}": types.AllocateReferralDocument,
    "mutation PublishToPool($r: ID!) { publishToPool(referralId: $r) { id status } }": types.PublishToPoolDocument,
    "mutation PickUpAllocation($id: ID!) { acceptAllocation(allocationId: $id) { id acceptedAt } }": types.PickUpAllocationDocument,
    "mutation ClaimReferral($r: ID!) { claimReferral(referralId: $r) { id caseId staffId kind } }": types.ClaimReferralDocument,
    "mutation SignIn($e: String!, $p: String!) { login(email: $e, password: $p) { token } }": types.SignInDocument,
    "mutation SubmitSelfReferral($input: SelfReferralInput!) {\n  submitSelfReferral(input: $input) { recorded reference responsePromise respondBy }\n}": types.SubmitSelfReferralDocument,
    "mutation CreateReferral($input: CreateReferralInput!) {\n  createReferral(input: $input) {\n    id reference status channel receivedAt responseTargetAt responseDeadlineAt priority possibleDuplicate possibleDuplicateOfId\n  }\n}": types.CreateReferralDocument,
    "fragment ReferralFields on Referral {\n  id reference status channel receivedAt responseTargetAt responseDeadlineAt firstRespondedAt priority safeguardingFlag\n  priorityReasons { code label weight } level eligibility possibleDuplicate contact { fullName preferredContact accessibilityNeeds }\n  child { fullName ageYears } nextKeyDate { kind on }\n}": types.ReferralFieldsFragmentDoc,
    "query ServiceSettings {\n  serviceSettings {\n    officeHours { timeZone days open close } closureDays responseTargetDays responseMaxDays suppressionK volunteerMaxLevel\n    supervisionOfficerWeeks supervisionVolunteerWeeks inactiveCaseDays acceptWithinHours safeguardingAckMinutes dbsWarningDays\n    keyDateWarningDays meetingFollowUpWorkingDays reopenWithinMonths areaPostcodeDistricts\n  }\n}": types.ServiceSettingsDocument,
    "mutation UpdateServiceSettings($input: ServiceSettingsInput!) {\n  updateServiceSettings(input: $input) { officeHours { open close } closureDays acceptWithinHours }\n}": types.UpdateServiceSettingsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetPassword($t: String!, $p: String!) { setPassword(token: $t, password: $p) }"): typeof import('./graphql').SetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountsLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token me { role serviceName } } }"): typeof import('./graphql').AccountsLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StaffAccounts { staffAccounts { canManage accounts { id email role active holdsCases capacity maxLevel openCases passwordSet } } }"): typeof import('./graphql').StaffAccountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddStaff($input: AddStaffInput!) {\n  addStaff(input: $input) { account { id email role capacity maxLevel active passwordSet holdsCases } link { path expiresAt } }\n}"): typeof import('./graphql').AddStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeactivateStaff($id: ID!) {\n  deactivateStaff(staffId: $id) { account { id active } openCases { caseId referralId reference level } }\n}"): typeof import('./graphql').DeactivateStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReactivateStaff($id: ID!) { reactivateStaff(staffId: $id) { id active } }"): typeof import('./graphql').ReactivateStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResetStaffPassword($id: ID!) { resetStaffPassword(staffId: $id) { account { id passwordSet } link { path } } }"): typeof import('./graphql').ResetStaffPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangeStaffRole($id: ID!, $input: ChangeStaffRoleInput!) { changeStaffRole(staffId: $id, input: $input) { id role } }"): typeof import('./graphql').ChangeStaffRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangeStaffCapacity($id: ID!, $input: ChangeStaffCapacityInput!) {\n  changeStaffCapacity(staffId: $id, input: $input) { id capacity maxLevel }\n}"): typeof import('./graphql').ChangeStaffCapacityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordStaffCompliance($id: ID!, $input: StaffComplianceInput!) { recordStaffCompliance(staffId: $id, input: $input) { id } }"): typeof import('./graphql').RecordStaffComplianceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordStaffTraining($id: ID!, $input: StaffTrainingInput!) { recordStaffTraining(staffId: $id, input: $input) { id } }"): typeof import('./graphql').RecordStaffTrainingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccountsMe { me { id role } }"): typeof import('./graphql').AccountsMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamRoles { team { id role } }"): typeof import('./graphql').TeamRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReferralPool { referralPool { id level blockingReasons { code } } }"): typeof import('./graphql').ReferralPoolDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptAllocation($id: ID!) { acceptAllocation(allocationId: $id) { id acceptedAt } }"): typeof import('./graphql').AcceptAllocationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyAllocations($after: String) {\n  myAllocations(first: 2, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id caseId current } } }\n}"): typeof import('./graphql').MyAllocationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyAllocationCursors { myAllocations { edges { cursor } } }"): typeof import('./graphql').MyAllocationCursorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyAllocationRows {\n  myAllocations { edges { node { caseId childInitials primaryNeed responseTargetAt responseDeadlineAt firstRespondedAt } } }\n}"): typeof import('./graphql').MyAllocationRowsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReferralPoolRows { referralPool { id primaryNeed responseTargetAt responseDeadlineAt } }"): typeof import('./graphql').ReferralPoolRowsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Team($level: Int, $r: ID) {\n  team(level: $level, forReferralId: $r) {\n    id role capacity openCases caseload { level openCases } blockingReasons { code message }\n  }\n}"): typeof import('./graphql').TeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription AllocationAssigned {\n  allocationAssigned { id caseId referralReference level staffId staffDisplayName allocatedAt acceptedAt }\n}"): typeof import('./graphql').AllocationAssignedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AllocationAddCoworker($input: AddCaseCoworkerInput!) {\n    addCaseCoworker(input: $input) { id coworkers { staffId role } }\n  }"): typeof import('./graphql').AllocationAddCoworkerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditViewerEntries($filter: AuditFilterInput, $first: Int, $after: String) {\n  auditEntries(filter: $filter, first: $first, after: $after) {\n    edges { cursor node { id at actorId actorName action entityType entityId fields } }\n    pageInfo { hasNextPage endCursor }\n  }\n}"): typeof import('./graphql').AuditViewerEntriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditViewerCsv($filter: AuditFilterInput) { auditEntriesCsv(filter: $filter) }"): typeof import('./graphql').AuditViewerCsvDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Login($e: String!, $p: String!) {\n  login(email: $e, password: $p) { token expiresAt me { id role serviceName } }\n}"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyId { me { id } }"): typeof import('./graphql').MyIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyIdAndRole { me { id role } }"): typeof import('./graphql').MyIdAndRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Logout { logout }"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ReferralReceivedId { referralReceived { id } }"): typeof import('./graphql').ReferralReceivedIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConductRecord($input: RecordConductIncidentInput!) {\n  recordConductIncident(input: $input) { id action reviewStatus signposting letterSentOn }\n}"): typeof import('./graphql').ConductRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConductReview($input: ReviewConductIncidentInput!) {\n  reviewConductIncident(input: $input) { id action reviewStatus reviewNote signposting }\n}"): typeof import('./graphql').ConductReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConductLetter($input: RecordConductLetterInput!) {\n  recordConductLetter(input: $input) { id letterSentOn }\n}"): typeof import('./graphql').ConductLetterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConductToAct { conductIncidentsToAct { id referralReference reviewStatus recordedByName } }"): typeof import('./graphql').ConductToActDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConductCase($id: ID!) { case(id: $id) { id status closureReason conductIncidents { id reviewStatus action } } }"): typeof import('./graphql').ConductCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConductReferral($id: ID!) { referral(id: $id) { id conductFlag { incidentId matchedOn removedOn } } }"): typeof import('./graphql').ConductReferralDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GroupSessionRecord($input: RecordGroupSessionInput!) {\n  recordGroupSession(input: $input) { id kind title topic attendance attendees { personId attended } evaluationForms meanUsefulness }\n}"): typeof import('./graphql').GroupSessionRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GroupSessionList { groupSessions { id title } }"): typeof import('./graphql').GroupSessionListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GroupSessionNames { groupSessions { id attendees { personId fullName attended } } }"): typeof import('./graphql').GroupSessionNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GroupSessionChoices { sessionAttendeeChoices { personId fullName } }"): typeof import('./graphql').GroupSessionChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExpenseCase($id: ID!) {\n  case(id: $id) { id activities { id viewerMayClaimExpense expense { miles amountPence note } } }\n}"): typeof import('./graphql').ExpenseCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GroupSessionEvaluate($input: RecordSessionEvaluationsInput!) {\n  recordSessionEvaluations(input: $input) { id evaluationForms meanUsefulness meanImpartiality }\n}"): typeof import('./graphql').GroupSessionEvaluateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MonitoringNoteRecord($input: RecordMonitoringNoteInput!) {\n  recordMonitoringNote(input: $input) { id kind category agencyType month summary }\n}"): typeof import('./graphql').MonitoringNoteRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MonitoringNoteList { monitoringNotes { id } }"): typeof import('./graphql').MonitoringNoteListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GroupWorkLog($input: LogActivityInput!) { logActivity(input: $input) { id } }"): typeof import('./graphql').GroupWorkLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExpenseRecord($input: RecordActivityExpenseInput!) {\n  recordActivityExpense(input: $input) { id incurredOn miles amountPence note }\n}"): typeof import('./graphql').ExpenseRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExpenseTotals($month: String!) { expenseTotals(month: $month) { staffId staffName claims miles amountPence } }"): typeof import('./graphql').ExpenseTotalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CaseRulesDetail($id: ID!) {\n  case(id: $id) {\n    id status level closureReason\n    activities { kind withFamily consentId partyName }\n    consents { id partyName givenBy mayShare current withdrawnOn }\n    meetings { id status }\n  }\n}"): typeof import('./graphql').CaseRulesDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CaseRulesLog($input: LogActivityInput!) {\n  logActivity(input: $input) { id kind withFamily consentId partyName }\n}"): typeof import('./graphql').CaseRulesLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CaseRulesConsent($input: RecordConsentInput!) {\n  recordConsent(input: $input) { id partyName givenBy mayShare current }\n}"): typeof import('./graphql').CaseRulesConsentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CaseRulesClose($input: CloseCaseInput!) {\n  closeCase(input: $input) { evaluationToken case { status closureReason } }\n}"): typeof import('./graphql').CaseRulesCloseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CaseRulesSchedule($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id status } }"): typeof import('./graphql').CaseRulesScheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CaseRulesAddKeyDate($r: ID!, $input: KeyDateInput!) {\n  addKeyDate(referralId: $r, input: $input) { id keyDates { id kind on derivedFromId supersededById } }\n}"): typeof import('./graphql').CaseRulesAddKeyDateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CaseRulesRaise($input: RaiseSafeguardingConcernInput!) {\n  raiseSafeguardingConcern(input: $input) { id referralId caseId raisedById }\n}"): typeof import('./graphql').CaseRulesRaiseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription CaseRulesSafeguardingAlert { safeguardingAlert { id referralId raisedByName summary } }"): typeof import('./graphql').CaseRulesSafeguardingAlertDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CaseRulesUnacknowledged { unacknowledgedSafeguardingConcerns { id referralReference } }"): typeof import('./graphql').CaseRulesUnacknowledgedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CaseRulesChangeLevel($input: ChangeCaseLevelInput!) {\n  changeCaseLevel(input: $input) { id level levelChanges { fromLevel toLevel reason } }\n}"): typeof import('./graphql').CaseRulesChangeLevelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CaseRulesReopen($input: ReopenCaseInput!) {\n  reopenCase(input: $input) { id status closedAt currentAllocation { staffId } reopenings { previousClosureReason reason } }\n}"): typeof import('./graphql').CaseRulesReopenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CaseRulesAddCoworker($input: AddCaseCoworkerInput!) {\n  addCaseCoworker(input: $input) { id coworkers { staffId role endedAt } }\n}"): typeof import('./graphql').CaseRulesAddCoworkerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CaseRulesErase($personId: ID!) { eraseServiceUser(personId: $personId) { personId } }"): typeof import('./graphql').CaseRulesEraseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CaseRulesOutcome($input: RecordMeetingOutcomeInput!) {\n  recordMeetingOutcome(input: $input) { id status familyPresent followUpDueOn }\n}"): typeof import('./graphql').CaseRulesOutcomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CaseRulesProposed { casesProposedForClosure { caseId referralReference missedMeetings holderName } }"): typeof import('./graphql').CaseRulesProposedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CaseRulesDecide($input: DecideClosureProposalInput!) {\n  decideClosureProposal(input: $input) { evaluationToken case { id status closureReason missedMeetings putForwardForClosureAt } }\n}"): typeof import('./graphql').CaseRulesDecideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CaseRulesCapacity($input: RecordMentalCapacityInput!) {\n  recordMentalCapacity(input: $input) { id decisionMaker capacityAssessments { hasCapacity assessedOn assessedBy } }\n}"): typeof import('./graphql').CaseRulesCapacityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CaseworkStats($from: LocalDate!, $to: LocalDate!) {\n  serviceStats(from: $from, to: $to) {\n    figures suppressionThreshold\n    current {\n      casesOpenedByLevel { total { value } }\n      casesClosedByLevel { cells { key value } total { value } }\n      casesOpenAtEndByLevel { total { value } }\n      casesReopened { value }\n      levelChanges { cells { key value } total { value } }\n      sessionsByTopic { cells { key value } total { value } }\n      sessionsByKind { total { value } }\n      sessionAttendanceByTopic { cells { key value } total { value } }\n      sessionEvaluationScores { key value suppressed }\n      poorPracticeByCategory { cells { key value } total { value } }\n      positiveOutcomes { value }\n    }\n  }\n}"): typeof import('./graphql').CaseworkStatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StatsClose($input: CloseCaseInput!) { closeCase(input: $input) { case { id status } } }"): typeof import('./graphql').StatsCloseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StatsReopen($input: ReopenCaseInput!) { reopenCase(input: $input) { id status } }"): typeof import('./graphql').StatsReopenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StatsLevel($input: ChangeCaseLevelInput!) { changeCaseLevel(input: $input) { id level } }"): typeof import('./graphql').StatsLevelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StatsSession($input: RecordGroupSessionInput!) { recordGroupSession(input: $input) { id } }"): typeof import('./graphql').StatsSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StatsSessionEvaluate($input: RecordSessionEvaluationsInput!) { recordSessionEvaluations(input: $input) { id } }"): typeof import('./graphql').StatsSessionEvaluateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StatsNote($input: RecordMonitoringNoteInput!) { recordMonitoringNote(input: $input) { id } }"): typeof import('./graphql').StatsNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CaseDetail($id: ID!) {\n  case(id: $id) {\n    id status level readOnly decisionMaker totalMinutes missedMeetings putForwardForClosureAt closureReason closedAt\n    referral { id reference firstRespondedAt contact { fullName } } currentAllocation { staffId } allocations { staffId current }\n    activities { kind withFamily consentId summary } consents { partyName current reviewOn }\n    meetings { status shortNotice followUpDueOn } conductIncidents { action } safeguardingConcerns { id }\n  }\n}"): typeof import('./graphql').CaseDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LogActivity($input: LogActivityInput!) {\n  logActivity(input: $input) { id kind occurredAt minutes withFamily consentId summary staffId }\n}"): typeof import('./graphql').LogActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordConsent($input: RecordConsentInput!) {\n  recordConsent(input: $input) { id partyName granted reviewOn current }\n}"): typeof import('./graphql').RecordConsentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n  scheduleMeeting(input: $input) { id status shortNotice }\n}"): typeof import('./graphql').ScheduleMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordMeetingOutcome($input: RecordMeetingOutcomeInput!) {\n  recordMeetingOutcome(input: $input) { id status familyPresent followUpDueOn }\n}"): typeof import('./graphql').RecordMeetingOutcomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordConductIncident($input: RecordConductIncidentInput!) {\n  recordConductIncident(input: $input) { id action signposting }\n}"): typeof import('./graphql').RecordConductIncidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CloseCase($input: CloseCaseInput!) {\n  closeCase(input: $input) { evaluationToken case { status closureReason currentAllocation { id } } }\n}"): typeof import('./graphql').CloseCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EvaluateClosedCase($t: String!, $a: EvaluationAnswersInput!) {\n  submitEvaluation(token: $t, answers: $a) { received }\n}"): typeof import('./graphql').EvaluateClosedCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription QueueChangedWithFirstResponse {\n  triageQueueChanged { change referralId referral { firstRespondedAt } }\n}"): typeof import('./graphql').QueueChangedWithFirstResponseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WithdrawConsent($id: ID!, $on: LocalDate!) { withdrawConsent(consentId: $id, on: $on) { current } }"): typeof import('./graphql').WithdrawConsentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ComplaintFields on Complaint {\n  id kind receivedAt fromWhom what measuresTaken outcome escalatedTo responseDueOn respondedAt responseOverdue loggedBy\n}"): typeof import('./graphql').ComplaintFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LogComplaint($input: LogComplaintInput!) { logComplaint(input: $input) { ...ComplaintFields } }"): typeof import('./graphql').LogComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateComplaint($id: ID!, $input: UpdateComplaintInput!) {\n  updateComplaint(id: $id, input: $input) { ...ComplaintFields }\n}"): typeof import('./graphql').UpdateComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Complaints($first: Int, $after: String) {\n  complaints(first: $first, after: $after) { edges { cursor node { ...ComplaintFields } } pageInfo { hasNextPage endCursor } }\n}"): typeof import('./graphql').ComplaintsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FeedbackStats {\n  serviceStats(from: \"2026-11-01\", to: \"2026-11-30\") { current { feedback { total { value } cells { key display value } } } }\n}"): typeof import('./graphql').FeedbackStatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StaffComplianceList {\n  staffCompliance {\n    staffId displayName role holdsCases dbsEnhanced dbsCheckedOn dbsBarredListChecked dbsBarredListCheckedOn\n    dbsUpdateService dbsUpdateServiceRenewalOn dbsEvidenceRef confidentialitySignedOn appraisalDueOn\n    training { kind completedOn expiresOn evidenceRef }\n    appraisals { heldOn appraiserId appraiserName }\n    conflicts { id kind subject dateOfBirth postcode colleagueId declaredOn withdrawnOn matchedByNameAlone }\n    issues { item state dueOn message }\n  }\n}"): typeof import('./graphql').StaffComplianceListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ComplianceRecordDbs($id: ID!, $input: StaffComplianceInput!) {\n  recordStaffCompliance(staffId: $id, input: $input) { id }\n}"): typeof import('./graphql').ComplianceRecordDbsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ComplianceRecordTraining($id: ID!, $input: StaffTrainingInput!) {\n  recordStaffTraining(staffId: $id, input: $input) { id }\n}"): typeof import('./graphql').ComplianceRecordTrainingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordAppraisal($id: ID!, $input: AppraisalInput!) {\n  recordStaffAppraisal(staffId: $id, input: $input) { staffId appraisalDueOn appraisals { heldOn appraiserName } issues { item state } }\n}"): typeof import('./graphql').RecordAppraisalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeclareConflict($id: ID!, $input: ConflictInput!) {\n  declareConflict(staffId: $id, input: $input) { id kind subject dateOfBirth postcode colleagueId declaredOn withdrawnOn }\n}"): typeof import('./graphql').DeclareConflictDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WithdrawConflict($id: ID!, $input: WithdrawConflictInput!) {\n  withdrawConflict(conflictId: $id, input: $input) { id withdrawnOn }\n}"): typeof import('./graphql').WithdrawConflictDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ComplianceSchedule { supervisionSchedule { staff { id } compliance { issues { item state } } } }"): typeof import('./graphql').ComplianceScheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnavailableMe { me { id } }"): typeof import('./graphql').UnavailableMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateReferralForPerson($input: CreateReferralInput!) {\n  createReferral(input: $input) { id personId }\n}"): typeof import('./graphql').CreateReferralForPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServiceStatsCsv { serviceStatsCsv(from: \"2026-11-01\", to: \"2026-11-30\") }"): typeof import('./graphql').ServiceStatsCsvDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EraseServiceUser($id: ID!) { eraseServiceUser(personId: $id) { personId referralsErased erasedAt } }"): typeof import('./graphql').EraseServiceUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SubjectAccessExport($id: ID!) { subjectAccessExport(personId: $id) { json html } }"): typeof import('./graphql').SubjectAccessExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoTeamCaseload { team { id openCases } }"): typeof import('./graphql').DemoTeamCaseloadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeploymentCreateService($input: CreateServiceInput!) {\n  createService(input: $input) { serviceId slug name administrator { id email role passwordSet } link { path } }\n}"): typeof import('./graphql').DeploymentCreateServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeploymentSetPassword($t: String!, $p: String!) { setPassword(token: $t, password: $p) }"): typeof import('./graphql').DeploymentSetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeploymentTeam { team { id role } }"): typeof import('./graphql').DeploymentTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeploymentMe { me { id isDeploymentAdmin } }"): typeof import('./graphql').DeploymentMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeploymentLogin($e: String!, $p: String!) { login(email: $e, password: $p) { me { isDeploymentAdmin } } }"): typeof import('./graphql').DeploymentLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FolderDocuments($caseId: ID, $referralId: ID, $personId: ID, $withVoided: Boolean) {\n  documents(caseId: $caseId, referralId: $referralId, personId: $personId, withVoided: $withVoided) {\n    id seriesId version name contentType sizeBytes attachedTo previewable voidedAt voidReason voidedBy uploadedBy\n    earlierVersions { id version name }\n  }\n}"): typeof import('./graphql').FolderDocumentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VoidDocument($id: ID!, $input: VoidDocumentInput!) {\n  voidDocument(id: $id, input: $input) { id voidedAt voidReason voidedBy }\n}"): typeof import('./graphql').VoidDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EraseFamilyDocuments($id: ID!) { eraseServiceUser(personId: $id) { personId } }"): typeof import('./graphql').EraseFamilyDocumentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DocumentsSubjectAccess($id: ID!) { subjectAccessExport(personId: $id) { json } }"): typeof import('./graphql').DocumentsSubjectAccessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CloseCaseForLinkage($input: CloseCaseInput!) { closeCase(input: $input) { evaluationToken } }"): typeof import('./graphql').CloseCaseForLinkageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitEvaluationForLinkage($t: String!, $a: EvaluationAnswersInput!) {\n  submitEvaluation(token: $t, answers: $a) { received }\n}"): typeof import('./graphql').SubmitEvaluationForLinkageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EvaluationBatches($from: LocalDate!, $to: LocalDate!) { evaluationBatches(from: $from, to: $to) { month responses comments } }"): typeof import('./graphql').EvaluationBatchesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CloseCaseForEvaluation($input: CloseCaseInput!) { closeCase(input: $input) { evaluationToken } }"): typeof import('./graphql').CloseCaseForEvaluationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitEvaluation($t: String!, $a: EvaluationAnswersInput!) {\n  submitEvaluation(token: $t, answers: $a) { received message }\n}"): typeof import('./graphql').SubmitEvaluationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription LocalReceived { referralReceived { ...ReferralFields } }"): typeof import('./graphql').LocalReceivedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription LocalQueue { triageQueueChanged { change referralId referral { ...ReferralFields } } }"): typeof import('./graphql').LocalQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LocalRead($id: ID!) { referral(id: $id) { ...ReferralFields } }"): typeof import('./graphql').LocalReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FuzzQueue { triageQueue(first: 5) { totalCount edges { node { id reference status } } } }"): typeof import('./graphql').FuzzQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Typename { __typename }"): typeof import('./graphql').TypenameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MissingReferral { referral(id: \"00000000-0000-0000-0000-000000000000\") { id } }"): typeof import('./graphql').MissingReferralDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueueTotal { triageQueue(first: 1) { totalCount } }"): typeof import('./graphql').QueueTotalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ReceivedReferralId { referralReceived { id } }"): typeof import('./graphql').ReceivedReferralIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TypeNames { __schema { types { name } } }"): typeof import('./graphql').TypeNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HostileTypename { __typename }"): typeof import('./graphql').HostileTypenameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HostileLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }"): typeof import('./graphql').HostileLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription HostileReceived { referralReceived { id } }"): typeof import('./graphql').HostileReceivedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdempotentLogActivity($input: LogActivityInput!) { logActivity(input: $input) { id summary } }"): typeof import('./graphql').IdempotentLogActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdempotentLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }"): typeof import('./graphql').IdempotentLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InstanceLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }"): typeof import('./graphql').InstanceLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ReceivedOnOtherInstance { referralReceived { reference channel } }"): typeof import('./graphql').ReceivedOnOtherInstanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InstanceLogout { logout }"): typeof import('./graphql').InstanceLogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ReceivedFullOnEitherInstance { referralReceived { ...ReferralFields } }"): typeof import('./graphql').ReceivedFullOnEitherInstanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InstanceReadReferral($id: ID!) { referral(id: $id) { ...ReferralFields } }"): typeof import('./graphql').InstanceReadReferralDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ReferralReceived { referralReceived { ...ReferralFields } }"): typeof import('./graphql').ReferralReceivedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateReferralWithKeyDates($input: CreateReferralInput!) {\n  createReferral(input: $input) { id keyDates { kind on rule } }\n}"): typeof import('./graphql').CreateReferralWithKeyDatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LetterTemplates { letterTemplates { kind title onReferral easyRead body customised } }"): typeof import('./graphql').LetterTemplatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LetterPreview($input: PreviewLetterInput!) { letterPreview(input: $input) { text format pdf } }"): typeof import('./graphql').LetterPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResetLetterTemplate($input: ResetLetterTemplateInput!) {\n  resetLetterTemplate(input: $input) { kind easyRead body customised updatedBy }\n}"): typeof import('./graphql').ResetLetterTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SaveLetterTemplate($input: SaveLetterTemplateInput!) {\n  saveLetterTemplate(input: $input) { kind easyRead body customised updatedBy }\n}"): typeof import('./graphql').SaveLetterTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SendLetter($input: SendLetterInput!) {\n  sendLetter(input: $input) { format printableOnce document { id name letterKind letterFormat contentType attachedTo } }\n}"): typeof import('./graphql').SendLetterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LettersSchedule($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }"): typeof import('./graphql').LettersScheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LettersClose($input: CloseCaseInput!) { closeCase(input: $input) { evaluationToken } }"): typeof import('./graphql').LettersCloseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription NewReferralId { referralReceived { id } }"): typeof import('./graphql').NewReferralIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LogsTriage($input: TriageReferralInput!) { triageReferral(input: $input) { id } }"): typeof import('./graphql').LogsTriageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LogsActivity($input: LogActivityInput!) { logActivity(input: $input) { id } }"): typeof import('./graphql').LogsActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LogsConsent($input: RecordConsentInput!) { recordConsent(input: $input) { id } }"): typeof import('./graphql').LogsConsentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LogsMeeting($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }"): typeof import('./graphql').LogsMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LogsConcern($input: RaiseSafeguardingConcernInput!) { raiseSafeguardingConcern(input: $input) { id } }"): typeof import('./graphql').LogsConcernDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LogsComplaint($input: LogComplaintInput!) { logComplaint(input: $input) { id } }"): typeof import('./graphql').LogsComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LogsLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }"): typeof import('./graphql').LogsLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotifyRaiseConcern($input: RaiseSafeguardingConcernInput!) {\n  raiseSafeguardingConcern(input: $input) { id referralId }\n}"): typeof import('./graphql').NotifyRaiseConcernDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NotifyStatus { notificationStatus { enabled queued retrying failed } }"): typeof import('./graphql').NotifyStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NotifyDeliveries($state: NotificationState) {\n  notificationDeliveries(state: $state) { id kind state attempts recipientName reference nextAttemptAt sentAt lastError }\n}"): typeof import('./graphql').NotifyDeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotifyRetry($id: ID!) { retryNotification(id: $id) { id state attempts lastError } }"): typeof import('./graphql').NotifyRetryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NotifyMyPrefs { myNotificationPreferences { safeguarding allocation overdueDigest available } }"): typeof import('./graphql').NotifyMyPrefsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotifyUpdatePrefs($input: UpdateNotificationPreferencesInput!) {\n  updateMyNotificationPreferences(input: $input) { safeguarding allocation overdueDigest available }\n}"): typeof import('./graphql').NotifyUpdatePrefsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment OverdueItemFields on OverdueItem { id kind label dueAt raisedAt referralId assigneeStaffId }"): typeof import('./graphql').OverdueItemFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription OverdueItemRaised { overdueItemRaised { ...OverdueItemFields } }"): typeof import('./graphql').OverdueItemRaisedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamOverdueItems { overdueItems(scope: TEAM) { ...OverdueItemFields subjectId upcomingOn } }"): typeof import('./graphql').TeamOverdueItemsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyOverdueItems { overdueItems { id } }"): typeof import('./graphql').MyOverdueItemsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription OverdueSubjectRaised { overdueItemRaised { subjectId kind } }"): typeof import('./graphql').OverdueSubjectRaisedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyOverdueSubjects { overdueItems { subjectId kind assigneeStaffId } }"): typeof import('./graphql').MyOverdueSubjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GuessLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }"): typeof import('./graphql').GuessLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PublicService($s: String!) {\n  publicService(slug: $s) { slug name areaName helplinePhone responseTargetDays }\n}"): typeof import('./graphql').PublicServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnknownPublicService { publicService(slug: \"nowhere\") { name } }"): typeof import('./graphql').UnknownPublicServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueuePriorities { triageQueue(first: 100) { edges { node { priority priorityReasons { weight } } } } }"): typeof import('./graphql').QueuePrioritiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DemoLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token me { role } } }"): typeof import('./graphql').DemoLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StartedMe { me { id } }"): typeof import('./graphql').StartedMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StartedMeRole { me { role } }"): typeof import('./graphql').StartedMeRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StartedQueue { triageQueue(first: 100) { totalCount edges { node { reference } } } }"): typeof import('./graphql').StartedQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReassignmentPlan($id: ID!) {\n  reassignmentPlan(fromStaffId: $id) {\n    fromStaffId fromActive\n    cases { caseId reference level suggestedStaffId candidates { staffId openCases capacity blockingReasons { code } } }\n  }\n}"): typeof import('./graphql').ReassignmentPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReassignCases($input: ReassignCasesInput!) { reassignCases(input: $input) { reassigned } }"): typeof import('./graphql').ReassignCasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StaffToReassign { staffToReassign { staffId displayName openCases } }"): typeof import('./graphql').StaffToReassignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeactivateLeaver($id: ID!) { deactivateStaff(staffId: $id) { openCases { caseId } } }"): typeof import('./graphql').DeactivateLeaverDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CaseList($filter: CaseListFilter, $first: Int, $after: String) {\n  cases(filter: $filter, first: $first, after: $after) {\n    totalCount pageInfo { hasNextPage endCursor } edges { node { caseId reference status level heldById heldBy contactName } }\n  }\n}"): typeof import('./graphql').CaseListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReferralClock($id: ID!) { referral(id: $id) { id receivedAt responseTargetAt responseDeadlineAt } }"): typeof import('./graphql').ReferralClockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CorrectReceivedAt($input: CorrectReferralInput!) {\n  correctReferral(input: $input) { id corrections { entityType entityId field previousValue newValue reason changedBy } }\n}"): typeof import('./graphql').CorrectReceivedAtDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CorrectActivityConsent($input: CorrectActivityInput!) {\n  correctActivity(input: $input) {\n    id\n    activities { id withFamily consentId partyName }\n    corrections { entityType entityId field previousValue newValue reason }\n  }\n}"): typeof import('./graphql').CorrectActivityConsentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LogForClock($input: LogActivityInput!) { logActivity(input: $input) { id consentId } }"): typeof import('./graphql').LogForClockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsentForClock($input: RecordConsentInput!) { recordConsent(input: $input) { id } }"): typeof import('./graphql').ConsentForClockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VoidForCaseHistory($input: VoidActivityInput!) { voidActivity(input: $input) { id voided } }"): typeof import('./graphql').VoidForCaseHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ContactForCaseHistory($input: CorrectContactInput!) { correctContact(input: $input) { id } }"): typeof import('./graphql').ContactForCaseHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InfoCallForClock($input: InformationCallInput!) {\n  recordInformationCall(input: $input) { id receivedAt firstRespondedAt }\n}"): typeof import('./graphql').InfoCallForClockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PersonOfClock($id: ID!) { referral(id: $id) { personId } }"): typeof import('./graphql').PersonOfClockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CaseCorrections($id: ID!) {\n  case(id: $id) { id corrections { entityType entityId field previousValue newValue reason changedBy changedAt entryVoided } }\n}"): typeof import('./graphql').CaseCorrectionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CorrectionsFamily($id: ID!, $withVoided: Boolean) {\n  person(id: $id, withVoided: $withVoided) {\n    id\n    referrals { id channel childName childDateOfBirth }\n    activities { id kind minutes summary voided }\n    consents { id partyName reviewOn }\n    keyDates { id kind on derived voided voidReason }\n    corrections { entityType entityId field previousValue newValue reason changedBy }\n  }\n}"): typeof import('./graphql').CorrectionsFamilyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CorrectChildT($input: CorrectChildInput!) {\n  correctChild(input: $input) { id referrals { id childName childDateOfBirth } corrections { entityType field previousValue newValue reason } }\n}"): typeof import('./graphql').CorrectChildTDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CorrectReferralT($input: CorrectReferralInput!) {\n  correctReferral(input: $input) { id referrals { id channel } corrections { entityType field previousValue newValue } }\n}"): typeof import('./graphql').CorrectReferralTDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CorrectActivityT($input: CorrectActivityInput!) {\n  correctActivity(input: $input) { id activities { id kind minutes summary } corrections { entityType field previousValue newValue } }\n}"): typeof import('./graphql').CorrectActivityTDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CorrectKeyDateT($input: CorrectKeyDateInput!) {\n  correctKeyDate(input: $input) { id keyDates { id kind on derived } corrections { entityType field previousValue newValue } }\n}"): typeof import('./graphql').CorrectKeyDateTDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VoidKeyDateT($input: VoidKeyDateInput!) { voidKeyDate(input: $input) { id keyDates { id } } }"): typeof import('./graphql').VoidKeyDateTDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CorrectConsentT($input: CorrectConsentInput!) {\n  correctConsent(input: $input) { id consents { id partyName reviewOn } corrections { entityType field previousValue newValue } }\n}"): typeof import('./graphql').CorrectConsentTDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LogActivityForCorrection($input: LogActivityInput!) { logActivity(input: $input) { id } }"): typeof import('./graphql').LogActivityForCorrectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordConsentForCorrection($input: RecordConsentInput!) { recordConsent(input: $input) { id } }"): typeof import('./graphql').RecordConsentForCorrectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddKeyDateForCorrection($r: ID!, $input: KeyDateInput!) {\n  addKeyDate(referralId: $r, input: $input) { id keyDates { id kind on derivedFromId } }\n}"): typeof import('./graphql').AddKeyDateForCorrectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PersonOfCorrected($id: ID!) { referral(id: $id) { personId } }"): typeof import('./graphql').PersonOfCorrectedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StatsAfterCorrection($from: LocalDate!, $to: LocalDate!) {\n  serviceStats(from: $from, to: $to) { current {\n    referralsByChannel { cells { key value } }\n    referralsByAgeBand { cells { key value } }\n    activityHoursByKind { key value }\n    activitiesByKind { cells { key value } }\n  } }\n}"): typeof import('./graphql').StatsAfterCorrectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SubjectAccessCorrections($id: ID!) { subjectAccessExport(personId: $id) { json } }"): typeof import('./graphql').SubjectAccessCorrectionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EraseCorrections($id: ID!) { eraseServiceUser(personId: $id) { personId } }"): typeof import('./graphql').EraseCorrectionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FamilyRecord($id: ID!, $withVoided: Boolean) {\n  person(id: $id, withVoided: $withVoided) {\n    id fullName phone mergedIntoId\n    referrals { id reference repeat caseId childName }\n    activities { id kind minutes voided voidReason }\n    corrections { entityType field previousValue newValue reason changedBy }\n    possibleDuplicates { personId matchedOn referralCount }\n  }\n}"): typeof import('./graphql').FamilyRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MergePeople($input: MergePeopleInput!) { mergePeople(input: $input) { id referrals { id repeat } } }"): typeof import('./graphql').MergePeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CorrectContact($input: CorrectContactInput!) {\n  correctContact(input: $input) { id phone corrections { field previousValue newValue reason } }\n}"): typeof import('./graphql').CorrectContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VoidActivity($input: VoidActivityInput!) { voidActivity(input: $input) { id voided voidReason } }"): typeof import('./graphql').VoidActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LogActivityForVoid($input: LogActivityInput!) { logActivity(input: $input) { id } }"): typeof import('./graphql').LogActivityForVoidDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CaseTimelineAfterVoid($id: ID!) { case(id: $id) { activities { id } } }"): typeof import('./graphql').CaseTimelineAfterVoidDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PersonOfReferral($id: ID!) { referral(id: $id) { personId } }"): typeof import('./graphql').PersonOfReferralDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ActivityStatsAfterVoid($from: LocalDate!, $to: LocalDate!) {\n  serviceStats(from: $from, to: $to) { current { activitiesByKind { cells { key value } } } }\n}"): typeof import('./graphql').ActivityStatsAfterVoidDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SubjectAccessWithHistory($id: ID!) { subjectAccessExport(personId: $id) { json } }"): typeof import('./graphql').SubjectAccessWithHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EraseWithHistory($id: ID!) { eraseServiceUser(personId: $id) { personId } }"): typeof import('./graphql').EraseWithHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordInformationCall($input: InformationCallInput!) {\n  recordInformationCall(input: $input) {\n    id reference status level eligibility channel topic receivedAt firstRespondedAt caseId contact { fullName phone } child { fullName }\n  }\n}"): typeof import('./graphql').RecordInformationCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordAnonymousEnquiry($input: AnonymousEnquiryInput!) {\n  recordAnonymousEnquiry(input: $input) { id channel topic receivedOn }\n}"): typeof import('./graphql').RecordAnonymousEnquiryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IntakeReferral($id: ID!) { referral(id: $id) { id status eligibility ineligibleReason signposting topic } }"): typeof import('./graphql').IntakeReferralDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InformationCallCase($id: ID!) {\n  case(id: $id) { id status level closureReason activities { kind minutes summary } }\n}"): typeof import('./graphql').InformationCallCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IntakeStats($from: LocalDate!, $to: LocalDate!) {\n  serviceStats(from: $from, to: $to) {\n    current {\n      referralsReceived { value }\n      anonymousEnquiries { value }\n      referralsByChannel { cells { key value } }\n      referralsByLevel { cells { key value } }\n      casesClosedByLevel { cells { key value } }\n      activitiesByKind { cells { key value } }\n    }\n  }\n}"): typeof import('./graphql').IntakeStatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchRecords($input: RecordSearchInput!, $first: Int, $after: String) {\n  searchRecords(input: $input, first: $first, after: $after) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { node { referralId reference access personId contactName childName heldBy nameScore childDateOfBirth postcode phone email } }\n  }\n}"): typeof import('./graphql').SearchRecordsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitSelfReferralEligible($input: SelfReferralInput!) {\n  submitSelfReferral(input: $input) { recorded eligible reference responsePromise respondBy }\n}"): typeof import('./graphql').SubmitSelfReferralEligibleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ResyncArrivals { referralReceived { reference } }"): typeof import('./graphql').ResyncArrivalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RaiseSafeguardingConcern($input: RaiseSafeguardingConcernInput!) {\n  raiseSafeguardingConcern(input: $input) { id referralId caseId summary raisedById raisedAt acknowledgedAt }\n}"): typeof import('./graphql').RaiseSafeguardingConcernDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcknowledgeSafeguardingConcern($id: ID!, $o: String!) {\n  acknowledgeSafeguardingConcern(id: $id, outcome: $o) { id acknowledgedAt acknowledgedByName outcome }\n}"): typeof import('./graphql').AcknowledgeSafeguardingConcernDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SafeguardingAlert {\n  safeguardingAlert { id referralId referralReference caseId summary raisedByName }\n}"): typeof import('./graphql').SafeguardingAlertDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnacknowledgedConcerns {\n  unacknowledgedSafeguardingConcerns { id referralReference summary raisedByName acknowledgedAt }\n}"): typeof import('./graphql').UnacknowledgedConcernsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SafeguardingCaseOf($id: ID!) { case(id: $id) { id } }"): typeof import('./graphql').SafeguardingCaseOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RevocationMe { me { id role } }"): typeof import('./graphql').RevocationMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription RevocationReceived { referralReceived { id } }"): typeof import('./graphql').RevocationReceivedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevocationLogout { logout }"): typeof import('./graphql').RevocationLogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CachedStats($from: LocalDate!, $to: LocalDate!) {\n  serviceStats(from: $from, to: $to) {\n    figures\n    current {\n      referralsReceived { value }\n      responseMaximumBreached { value }\n      waitingAtPeriodEnd { value }\n      feedback { total { value } }\n      safeguardingConcerns { value }\n      hearingsSupported { total { value } }\n      activitiesByKind { total { value } }\n    }\n  }\n}"): typeof import('./graphql').CachedStatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LogActivityForCache($input: LogActivityInput!) { logActivity(input: $input) { id } }"): typeof import('./graphql').LogActivityForCacheDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LogComplaintForCache($i: LogComplaintInput!) { logComplaint(input: $i) { id } }"): typeof import('./graphql').LogComplaintForCacheDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AttackServiceStats($from: LocalDate!, $to: LocalDate!) {\n  serviceStats(from: $from, to: $to) {\n    figures suppressionThreshold\n    current { from to referralsReceived { value }\n      referralsByChannel { cells { key value } total { value } } referralsBySource { cells { key value } total { value } }\n      referralsByStage { cells { key value } total { value } } referralsByHowHeard { cells { key value } total { value } }\n      referralsByLevel { cells { key value } total { value } } referralsByAgeBand { cells { key value } total { value } }\n      referralsByPrimaryNeed { cells { key value } total { value } } referralsByEthnicity { cells { key value } total { value } }\n      activitiesByKind { cells { key value } total { value } } }\n    previous { from to referralsReceived { value }\n      referralsByChannel { cells { key value } total { value } } referralsBySource { cells { key value } total { value } }\n      referralsByStage { cells { key value } total { value } } referralsByHowHeard { cells { key value } total { value } }\n      referralsByLevel { cells { key value } total { value } } referralsByAgeBand { cells { key value } total { value } }\n      referralsByPrimaryNeed { cells { key value } total { value } } referralsByEthnicity { cells { key value } total { value } }\n      activitiesByKind { cells { key value } total { value } } }\n  }\n}"): typeof import('./graphql').AttackServiceStatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AttackNationalStats($from: LocalDate!, $to: LocalDate!) {\n  nationalStats(from: $from, to: $to) {\n    available figures suppressionThreshold\n    current { from to referralsReceived { value }\n      referralsByChannel { cells { key value } total { value } } referralsBySource { cells { key value } total { value } }\n      referralsByStage { cells { key value } total { value } } referralsByHowHeard { cells { key value } total { value } }\n      referralsByLevel { cells { key value } total { value } } referralsByAgeBand { cells { key value } total { value } }\n      referralsByPrimaryNeed { cells { key value } total { value } } referralsByEthnicity { cells { key value } total { value } }\n      activitiesByKind { cells { key value } total { value } } }\n    previous { from to referralsReceived { value }\n      referralsByChannel { cells { key value } total { value } } referralsBySource { cells { key value } total { value } }\n      referralsByStage { cells { key value } total { value } } referralsByHowHeard { cells { key value } total { value } }\n      referralsByLevel { cells { key value } total { value } } referralsByAgeBand { cells { key value } total { value } }\n      referralsByPrimaryNeed { cells { key value } total { value } } referralsByEthnicity { cells { key value } total { value } }\n      activitiesByKind { cells { key value } total { value } } }\n  }\n}"): typeof import('./graphql').AttackNationalStatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NationalStats($from: LocalDate!, $to: LocalDate!) {\n  nationalStats(from: $from, to: $to) {\n    available reason minimumServices contributingServices figures footnotes suppressionThreshold suppressionMark\n    current {\n      from to contributingServices\n      referralsReceived { key label value suppressed display }\n      referralsByChannel { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsBySource { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByStage { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByHowHeard { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByLevel { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByAgeBand { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByPrimaryNeed { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByEthnicity { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      activitiesByKind { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      activityHoursByKind { key label unit value suppressed display }\n    }\n    previous {\n      from to contributingServices\n      referralsReceived { key label value suppressed display }\n      referralsByChannel { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsBySource { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByStage { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByHowHeard { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByLevel { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByAgeBand { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByPrimaryNeed { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByEthnicity { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      activitiesByKind { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      activityHoursByKind { key label unit value suppressed display }\n    }\n  }\n}"): typeof import('./graphql').NationalStatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServiceStats($from: LocalDate!, $to: LocalDate!) {\n  serviceStats(from: $from, to: $to) {\n    figures footnotes suppressionThreshold suppressionMark\n    current {\n      from to\n      referralsReceived { key label value suppressed display }\n      referralsByChannel { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsBySource { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByStage { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByHowHeard { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByLevel { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByAgeBand { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByPrimaryNeed { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByEthnicity { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      anonymousEnquiries { key label value suppressed display }\n      responseTimes { key label unit value suppressed display }\n      casesOpenedByLevel { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      casesClosedByLevel { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      casesOpenAtEndByLevel { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      caseDurationByLevel { key label unit value suppressed display }\n      activitiesByKind { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      activityHoursByKind { key label unit value suppressed display }\n      meetingsByStatus { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      hearingsSupported { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      evaluations { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      evaluationResponseRate { key label unit value suppressed display }\n      evaluationScores { key label unit value suppressed display }\n      feedback { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      safeguardingConcerns { key label value suppressed display }\n      responseMaximumBreached { key label value suppressed display }\n      waitingAtPeriodEnd { key label value suppressed display }\n      peakWaitingList { key label value suppressed display }\n    }\n    previous {\n      from to\n      referralsReceived { key label value suppressed display }\n      referralsByChannel { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsBySource { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByStage { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByHowHeard { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByLevel { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByAgeBand { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByPrimaryNeed { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      referralsByEthnicity { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      anonymousEnquiries { key label value suppressed display }\n      responseTimes { key label unit value suppressed display }\n      casesOpenedByLevel { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      casesClosedByLevel { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      casesOpenAtEndByLevel { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      caseDurationByLevel { key label unit value suppressed display }\n      activitiesByKind { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      activityHoursByKind { key label unit value suppressed display }\n      meetingsByStatus { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      hearingsSupported { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      evaluations { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      evaluationResponseRate { key label unit value suppressed display }\n      evaluationScores { key label unit value suppressed display }\n      feedback { key title cells { key label value suppressed display } total { key label value suppressed display } }\n      safeguardingConcerns { key label value suppressed display }\n      responseMaximumBreached { key label value suppressed display }\n      waitingAtPeriodEnd { key label value suppressed display }\n      peakWaitingList { key label value suppressed display }\n    }\n  }\n}"): typeof import('./graphql').ServiceStatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServiceStatsCsvForPeriod($from: LocalDate!, $to: LocalDate!) { serviceStatsCsv(from: $from, to: $to) }"): typeof import('./graphql').ServiceStatsCsvForPeriodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServiceStatsReport($from: LocalDate!, $to: LocalDate!) { serviceStatsReport(from: $from, to: $to) }"): typeof import('./graphql').ServiceStatsReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServiceStatsTrend($from: LocalDate!, $to: LocalDate!) {\n  serviceStatsTrend(from: $from, to: $to) {\n    figures footnotes\n    months {\n      from to\n      referralsReceived { key label value suppressed display }\n      referralsByChannel { cells { key value } total { value } }\n      responseTimes { key value suppressed display }\n      casesOpenedByLevel { total { value } }\n      casesClosedByLevel { total { value } }\n    }\n  }\n}"): typeof import('./graphql').ServiceStatsTrendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LogComplaintForStats($i: LogComplaintInput!) { logComplaint(input: $i) { id } }"): typeof import('./graphql').LogComplaintForStatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NationalChannels($from: LocalDate!, $to: LocalDate!) {\n  nationalStats(from: $from, to: $to) {\n    available reason contributingServices current { referralsByChannel { cells { key label display } } }\n  }\n}"): typeof import('./graphql').NationalChannelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServiceStatsTrailingYear($from: LocalDate!, $to: LocalDate!) {\n      serviceStatsTrend(from: $from, to: $to, trailingYear: true) { figures months { from to referralsReceived { value } } }\n    }"): typeof import('./graphql').ServiceStatsTrailingYearDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordSupervision($input: RecordSupervisionInput!) {\n  recordSupervision(input: $input) { id kind heldOn topics notes supervisor { id } attendees { id displayName } }\n}"): typeof import('./graphql').RecordSupervisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Supervisions($staffId: ID, $first: Int, $after: String) {\n  supervisions(staffId: $staffId, first: $first, after: $after) {\n    edges { cursor node { id notes heldOn attendees { id } } } pageInfo { hasNextPage endCursor }\n  }\n}"): typeof import('./graphql').SupervisionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SupervisionSchedule {\n  supervisionSchedule {\n    staff { id role } everyWeeks lastSupervisedOn lastGroupSupportOn nextDueOn overdue\n    compliance {\n      dbsEnhanced dbsRenewalDueOn dbsExpired dbsRenewalDueSoon confidentialitySigned confidentialitySignedOn\n      training { kind completedOn expiresOn expired expiringSoon } trainingExpired trainingExpiringSoon\n    }\n  }\n}"): typeof import('./graphql').SupervisionScheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TriageQueue($first: Int, $after: String, $filter: TriageQueueFilter) {\n  triageQueue(first: $first, after: $after, filter: $filter) {\n    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...ReferralFields } }\n  }\n}"): typeof import('./graphql').TriageQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TriageReferralDecision($input: TriageReferralInput!) {\n  triageReferral(input: $input) {\n    id status eligibility level ineligibleReason signposting priority priorityReasons { code label weight }\n  }\n}"): typeof import('./graphql').TriageReferralDecisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReferralCase($id: ID!) { referral(id: $id) { id caseId } }"): typeof import('./graphql').ReferralCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueueCases { triageQueue(first: 40) { edges { node { id caseId } } } }"): typeof import('./graphql').QueueCasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueueKeyDates { triageQueue(first: 40) { edges { node { id keyDates { id kind on } } } } }"): typeof import('./graphql').QueueKeyDatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReferralKeyDates($id: ID!) { referral(id: $id) { keyDates { id kind on } } }"): typeof import('./graphql').ReferralKeyDatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueueEveryField {\n  triageQueue(first: 12) {\n    edges {\n      node {\n        id reference status channel source professionalType referrerName referrerOrganisation familyConsentedToShare\n        receivedAt responseTargetAt responseDeadlineAt firstRespondedAt priority priorityReasons { code label weight }\n        level eligibility eligibilityChecks { code met label } ineligibleReason signposting possibleDuplicate possibleDuplicateOfId\n        currentStage howHeard topic reasonForReferral safeguardingFlag excludedOrNoPlace childInNeedOrLookedAfter\n        priorityOverride priorityOverrideReason triageNotes triagedAt overdue decisionMaker personId\n        contact { fullName email phone address postcode preferredContact accessibilityNeeds interpreterLanguage ethnicity }\n        child { fullName dateOfBirth ageYears educationSetting needsOverview diagnosisStatus primaryNeed }\n        nextKeyDate { id kind on rule derivedFromId notes supersededById }\n      }\n    }\n  }\n}"): typeof import('./graphql').QueueEveryFieldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueueNarrow {\n  triageQueue(first: 12) {\n    edges {\n      node {\n        ...QueueNarrowFields\n        when: receivedAt\n        nextKeyDate { id kind on rule supersededById }\n        child { fullName dateOfBirth ageYears }\n        decisionMaker overdue personId possibleDuplicateOfId currentStage excludedOrNoPlace childInNeedOrLookedAfter priorityOverrideReason\n      }\n    }\n  }\n}\nfragment QueueNarrowFields on Referral { ... on Referral { id priority priorityReasons { code label weight } contact { fullName preferredContact accessibilityNeeds } } }"): typeof import('./graphql').QueueNarrowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReferralEveryField($id: ID!) {\n  referral(id: $id) {\n    id reference status channel source professionalType referrerName referrerOrganisation familyConsentedToShare\n    receivedAt responseTargetAt responseDeadlineAt firstRespondedAt priority priorityReasons { code label weight }\n    level eligibility eligibilityChecks { code met label } ineligibleReason signposting possibleDuplicate possibleDuplicateOfId\n    currentStage howHeard topic reasonForReferral safeguardingFlag excludedOrNoPlace childInNeedOrLookedAfter\n    priorityOverride priorityOverrideReason triageNotes triagedAt overdue decisionMaker personId\n    contact { fullName email phone address postcode preferredContact accessibilityNeeds interpreterLanguage ethnicity }\n    child { fullName dateOfBirth ageYears educationSetting needsOverview diagnosisStatus primaryNeed }\n    nextKeyDate { id kind on rule derivedFromId notes supersededById }\n  }\n}"): typeof import('./graphql').ReferralEveryFieldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReferralId($id: ID!) { referral(id: $id) { id } }"): typeof import('./graphql').ReferralIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReferralByMalformedId { referral(id: \"1 or 1=1\") { id } }"): typeof import('./graphql').ReferralByMalformedIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReferralEligibility($id: ID!) {\n  referral(id: $id) { decisionMaker eligibilityChecks { code met label } }\n}"): typeof import('./graphql').ReferralEligibilityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReferralStatus($id: ID!) { referral(id: $id) { status } }"): typeof import('./graphql').ReferralStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription QueueChangedLevel { triageQueueChanged { change referralId referral { id level priority } } }"): typeof import('./graphql').QueueChangedLevelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription QueueChangedReferralId { triageQueueChanged { referralId } }"): typeof import('./graphql').QueueChangedReferralIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ReceivedReference { referralReceived { id reference } }"): typeof import('./graphql').ReceivedReferenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ReceivedId { referralReceived { id } }"): typeof import('./graphql').ReceivedIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription Wide { referralReceived { id reference status } }"): typeof import('./graphql').WideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription Narrow { referralReceived { theId: id } }"): typeof import('./graphql').NarrowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResyncSignIn($e: String!, $p: String!) { login(email: $e, password: $p) { token } }"): typeof import('./graphql').ResyncSignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FaultSignIn($e: String!, $p: String!) { login(email: $e, password: $p) { token } }"): typeof import('./graphql').FaultSignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription FaultArrivals { referralReceived { reference } }"): typeof import('./graphql').FaultArrivalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TriageReferral($input: TriageReferralInput!) {\n  triageReferral(input: $input) { id status level }\n}"): typeof import('./graphql').TriageReferralDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AllocateReferral($r: ID!, $s: ID!) {\n  allocateReferral(referralId: $r, staffId: $s) {\n    id caseId referralId referralReference level staffId staffDisplayName kind allocatedAt acceptedAt endedAt current\n  }\n}"): typeof import('./graphql').AllocateReferralDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PublishToPool($r: ID!) { publishToPool(referralId: $r) { id status } }"): typeof import('./graphql').PublishToPoolDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PickUpAllocation($id: ID!) { acceptAllocation(allocationId: $id) { id acceptedAt } }"): typeof import('./graphql').PickUpAllocationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClaimReferral($r: ID!) { claimReferral(referralId: $r) { id caseId staffId kind } }"): typeof import('./graphql').ClaimReferralDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignIn($e: String!, $p: String!) { login(email: $e, password: $p) { token } }"): typeof import('./graphql').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitSelfReferral($input: SelfReferralInput!) {\n  submitSelfReferral(input: $input) { recorded reference responsePromise respondBy }\n}"): typeof import('./graphql').SubmitSelfReferralDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateReferral($input: CreateReferralInput!) {\n  createReferral(input: $input) {\n    id reference status channel receivedAt responseTargetAt responseDeadlineAt priority possibleDuplicate possibleDuplicateOfId\n  }\n}"): typeof import('./graphql').CreateReferralDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ReferralFields on Referral {\n  id reference status channel receivedAt responseTargetAt responseDeadlineAt firstRespondedAt priority safeguardingFlag\n  priorityReasons { code label weight } level eligibility possibleDuplicate contact { fullName preferredContact accessibilityNeeds }\n  child { fullName ageYears } nextKeyDate { kind on }\n}"): typeof import('./graphql').ReferralFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServiceSettings {\n  serviceSettings {\n    officeHours { timeZone days open close } closureDays responseTargetDays responseMaxDays suppressionK volunteerMaxLevel\n    supervisionOfficerWeeks supervisionVolunteerWeeks inactiveCaseDays acceptWithinHours safeguardingAckMinutes dbsWarningDays\n    keyDateWarningDays meetingFollowUpWorkingDays reopenWithinMonths areaPostcodeDistricts\n  }\n}"): typeof import('./graphql').ServiceSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateServiceSettings($input: ServiceSettingsInput!) {\n  updateServiceSettings(input: $input) { officeHours { open close } closureDays acceptWithinHours }\n}"): typeof import('./graphql').UpdateServiceSettingsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
