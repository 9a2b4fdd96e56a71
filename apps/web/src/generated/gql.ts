/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

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
  '\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n': typeof types.RequestPasswordResetDocument;
  '\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      ...ViewerFields\n    }\n  }\n': typeof types.ResetPasswordDocument;
  '\n  query PasswordResetPreview($token: String!) {\n    passwordResetPreview(token: $token) {\n      email\n      purpose\n      expiresAt\n    }\n  }\n': typeof types.PasswordResetPreviewDocument;
  '\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n': typeof types.ChangePasswordDocument;
  '\n  mutation UpdateEmailPreferences($input: UpdateEmailPreferencesInput!) {\n    updateEmailPreferences(input: $input) {\n      ...ViewerFields\n    }\n  }\n': typeof types.UpdateEmailPreferencesDocument;
  '\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ViewerFields\n    }\n  }\n': typeof types.UpdateProfileDocument;
  '\n  query AnalyticsFilterOptions {\n    kits {\n      id\n      name\n    }\n    members {\n      id\n      active\n      user {\n        id\n        name\n      }\n    }\n  }\n': typeof types.AnalyticsFilterOptionsDocument;
  '\n  query Calibration($filter: AnalyticsFilterInput!) {\n    calibration(filter: $filter) {\n      minimums {\n        agreementUnits\n        leniencyRatings\n      }\n      interviewers {\n        interviewer {\n          id\n          name\n        }\n        competencyId\n        competencyName\n        ratings\n        meanRating\n        panelMean\n        leniency\n        leniencyLow\n        leniencyHigh\n        hasEnoughData\n      }\n      agreement {\n        competencyId\n        competencyName\n        alpha\n        units\n        pairableRatings\n        hasEnoughData\n      }\n      submissionTimes {\n        interviewer {\n          id\n          name\n        }\n        submitted\n        medianHours\n      }\n      teamMedianHours\n      teamSubmitted\n      questionUsage {\n        questionId\n        prompt\n        timesAsked\n        ratings\n        meanRating\n        decidedRatings\n        agreementWithDecision\n      }\n    }\n  }\n': typeof types.CalibrationDocument;
  '\n  fragment AuditEventFields on AuditEvent {\n    id\n    at\n    action\n    actor {\n      id\n      name\n    }\n    recordType\n    recordId\n    recordName\n    details\n  }\n': typeof types.AuditEventFieldsFragmentDoc;
  '\n  query AuditEvents(\n    $filter: AuditEventFilterInput\n    $first: Int!\n    $after: String\n  ) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      isTotalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AuditEventFields\n        }\n      }\n    }\n  }\n': typeof types.AuditEventsDocument;
  '\n  query AuditFilterOptions {\n    auditFacets {\n      actions\n      recordTypes\n    }\n    members {\n      id\n      active\n      user {\n        id\n        name\n      }\n    }\n  }\n': typeof types.AuditFilterOptionsDocument;
  '\n  fragment ViewerFields on Viewer {\n    user {\n      id\n      name\n      email\n      timeZone\n    }\n    currentTeam {\n      id\n      name\n    }\n    role\n    canCreateTeam\n    emailPreferences {\n      sessionUpdates\n      scorecardUpdates\n    }\n    memberships {\n      id\n      role\n      team {\n        id\n        name\n      }\n    }\n  }\n': typeof types.ViewerFieldsFragmentDoc;
  '\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...ViewerFields\n    }\n  }\n': typeof types.SignInDocument;
  '\n  mutation SignOut {\n    signOut\n  }\n': typeof types.SignOutDocument;
  '\n  mutation SwitchTeam($input: SwitchTeamInput!) {\n    switchTeam(input: $input) {\n      ...ViewerFields\n    }\n  }\n': typeof types.SwitchTeamDocument;
  '\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n': typeof types.MeDocument;
  '\n  fragment AvailabilityFields on Availability {\n    userId\n    timeZone\n    version\n    bufferMinutes\n    dailyCap\n    weeklyCap\n    weeklyWindows {\n      weekday\n      start\n      end\n    }\n    overrides {\n      date\n      windows {\n        start\n        end\n      }\n    }\n    timeOff {\n      kind\n      startDate\n      endDate\n      start\n      end\n      note\n    }\n  }\n': typeof types.AvailabilityFieldsFragmentDoc;
  '\n  mutation RevokeCalendarToken {\n    revokeCalendarToken\n  }\n': typeof types.RevokeCalendarTokenDocument;
  '\n  mutation RotateCalendarToken {\n    rotateCalendarToken\n  }\n': typeof types.RotateCalendarTokenDocument;
  '\n  mutation SetAvailability($input: SetAvailabilityInput!) {\n    setAvailability(input: $input) {\n      ...AvailabilityFields\n    }\n  }\n': typeof types.SetAvailabilityDocument;
  '\n  query MyAvailability {\n    availability {\n      ...AvailabilityFields\n    }\n  }\n': typeof types.MyAvailabilityDocument;
  '\n  fragment CandidateReviewFields on CandidateReview {\n    candidate {\n      id\n      name\n      email\n      targetRole\n    }\n    sessions {\n      id\n      startsAt\n      endsAt\n      status\n      kitName\n      panelSubmissions {\n        user {\n          id\n          name\n        }\n        role\n        required\n        submittedAt\n      }\n      scoringRubric {\n        id\n        scale {\n          level\n          label\n        }\n      }\n    }\n    competencies {\n      id\n      name\n    }\n    ratings {\n      scorecardId\n      sessionId\n      interviewer {\n        id\n        name\n      }\n      competencyId\n      level\n      notAssessed\n      evidence\n    }\n    recommendations {\n      scorecardId\n      sessionId\n      interviewer {\n        id\n        name\n      }\n      recommendation\n      summary\n      submittedAt\n    }\n    recommendationTally {\n      recommendation\n      count\n    }\n    disagreements {\n      competencyId\n      competencyName\n      lowest\n      highest\n      spread\n    }\n    opposingRecommendations\n    pending {\n      sessionId\n      interviewer {\n        id\n        name\n      }\n      endedAt\n      hasDraft\n    }\n    decisions {\n      id\n      decision\n      rationale\n      decidedBy {\n        id\n        name\n      }\n      decidedAt\n    }\n  }\n': typeof types.CandidateReviewFieldsFragmentDoc;
  '\n  mutation NudgeInterviewer($input: NudgeInterviewerInput!) {\n    nudgeInterviewer(input: $input)\n  }\n': typeof types.NudgeInterviewerDocument;
  '\n  mutation RecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      ...CandidateReviewFields\n    }\n  }\n': typeof types.RecordDecisionDocument;
  '\n  query CandidateReview($candidateId: ID!) {\n    candidateReview(candidateId: $candidateId) {\n      ...CandidateReviewFields\n    }\n  }\n': typeof types.CandidateReviewDocument;
  '\n  fragment CandidateFields on Candidate {\n    id\n    name\n    email\n    targetRole\n    notes\n    version\n    createdAt\n    updatedAt\n  }\n': typeof types.CandidateFieldsFragmentDoc;
  '\n  mutation CreateCandidate($input: CreateCandidateInput!) {\n    createCandidate(input: $input) {\n      ...CandidateFields\n    }\n  }\n': typeof types.CreateCandidateDocument;
  '\n  mutation DeleteCandidate($input: DeleteCandidateInput!) {\n    deleteCandidate(input: $input)\n  }\n': typeof types.DeleteCandidateDocument;
  '\n  mutation MergeCandidates($input: MergeCandidatesInput!) {\n    mergeCandidates(input: $input) {\n      ...CandidateFields\n    }\n  }\n': typeof types.MergeCandidatesDocument;
  '\n  mutation UpdateCandidate($input: UpdateCandidateInput!) {\n    updateCandidate(input: $input) {\n      ...CandidateFields\n    }\n  }\n': typeof types.UpdateCandidateDocument;
  '\n  query Candidate($id: ID!) {\n    candidate(id: $id) {\n      ...CandidateFields\n    }\n  }\n': typeof types.CandidateDocument;
  '\n  query CandidateDuplicates {\n    candidateDuplicates {\n      ...CandidateFields\n    }\n  }\n': typeof types.CandidateDuplicatesDocument;
  '\n  query CandidateRecord($id: ID!) {\n    candidate(id: $id) {\n      id\n      sessions {\n        id\n        startsAt\n        endsAt\n        status\n        kitName\n        panelSubmissions {\n          required\n          submittedAt\n        }\n      }\n      decisions {\n        id\n        decision\n        rationale\n        decidedAt\n        decidedBy {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.CandidateRecordDocument;
  '\n  query Candidates($search: String, $first: Int!, $after: String) {\n    candidates(search: $search, first: $first, after: $after) {\n      totalCount\n      isTotalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...CandidateFields\n        }\n      }\n    }\n  }\n': typeof types.CandidatesDocument;
  '\n  fragment GuideImportResultFields on GuideImportResult {\n    fileName\n    status\n    guideId\n    slug\n    title\n    unchanged\n    created {\n      ...QuestionChangeFields\n    }\n    revised {\n      ...QuestionChangeFields\n    }\n    retired {\n      ...QuestionChangeFields\n    }\n    warnings {\n      line\n      message\n    }\n    error {\n      code\n      line\n      message\n    }\n  }\n': typeof types.GuideImportResultFieldsFragmentDoc;
  '\n  fragment QuestionChangeFields on QuestionChange {\n    kind\n    kindName\n    number\n    prompt\n  }\n': typeof types.QuestionChangeFieldsFragmentDoc;
  '\n  mutation ImportGuides($input: ImportGuidesInput!) {\n    importGuides(input: $input) {\n      dryRun\n      guides {\n        ...GuideImportResultFields\n      }\n    }\n  }\n': typeof types.ImportGuidesDocument;
  '\n  fragment GuideFields on Guide {\n    id\n    title\n    slug\n    category\n    vertical\n    tags\n    questionCount\n    importedAt\n    retiredAt\n  }\n': typeof types.GuideFieldsFragmentDoc;
  '\n  fragment RoleProfileFields on RoleProfile {\n    sections {\n      title\n      position\n      notes\n      items {\n        label\n        details\n      }\n    }\n  }\n': typeof types.RoleProfileFieldsFragmentDoc;
  '\n  mutation DeleteGuide($input: DeleteGuideInput!) {\n    deleteGuide(input: $input) {\n      guideId\n      deletedQuestionCount\n      keptQuestionCount\n    }\n  }\n': typeof types.DeleteGuideDocument;
  '\n  mutation RestoreGuide($input: RestoreGuideInput!) {\n    restoreGuide(input: $input) {\n      id\n      retiredAt\n      questionCount\n    }\n  }\n': typeof types.RestoreGuideDocument;
  '\n  mutation RetireGuide($input: RetireGuideInput!) {\n    retireGuide(input: $input) {\n      id\n      retiredAt\n      questionCount\n    }\n  }\n': typeof types.RetireGuideDocument;
  '\n  query GuideDeletionPreview($guideId: ID!) {\n    guideDeletionPreview(guideId: $guideId) {\n      guideId\n      deletedQuestionCount\n      keptQuestionCount\n      affectedKitCount\n    }\n  }\n': typeof types.GuideDeletionPreviewDocument;
  '\n  query GuideDetail($id: ID!) {\n    guide(id: $id) {\n      ...GuideFields\n      description\n      author\n      publishedOn\n      modifiedOn\n      sourceFileName\n      contentHash\n      importWarnings {\n        line\n        message\n      }\n      profile {\n        ...RoleProfileFields\n      }\n    }\n  }\n': typeof types.GuideDetailDocument;
  '\n  query GuideList(\n    $search: String\n    $status: GuideStatusFilter\n    $first: Int!\n    $after: String\n  ) {\n    guides(search: $search, status: $status, first: $first, after: $after) {\n      totalCount\n      isTotalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...GuideFields\n        }\n      }\n    }\n  }\n': typeof types.GuideListDocument;
  '\n  query GuideOptionLabel($id: ID!) {\n    guide(id: $id) {\n      id\n      title\n    }\n  }\n': typeof types.GuideOptionLabelDocument;
  '\n  query GuideOptions($search: String, $first: Int!) {\n    guides(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n': typeof types.GuideOptionsDocument;
  '\n  query CandidatesAwaitingDecision {\n    candidatesAwaitingDecision {\n      candidate {\n        id\n        name\n        targetRole\n      }\n      lastCompletedAt\n      submittedScorecards\n      pendingScorecards\n    }\n  }\n': typeof types.CandidatesAwaitingDecisionDocument;
  '\n  query GuidesWithWarnings($first: Int!) {\n    guides(withWarnings: true, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          sourceFileName\n          importWarnings {\n            line\n            message\n          }\n        }\n      }\n    }\n  }\n': typeof types.GuidesWithWarningsDocument;
  '\n  query MyInterviews($days: Int!) {\n    myInterviews(days: $days) {\n      id\n      startsAt\n      endsAt\n      timeZone\n      status\n      location\n      kitName\n      candidate {\n        id\n        name\n        targetRole\n      }\n      panel {\n        role\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.MyInterviewsDocument;
  '\n  query ScorecardsDue {\n    scorecardsDue {\n      sessionId\n      candidateName\n      kitName\n      endedAt\n      dueAt\n      overdue\n      status\n    }\n  }\n': typeof types.ScorecardsDueDocument;
  '\n  query TeamToday($from: DateTime!, $to: DateTime!) {\n    sessions(from: $from, to: $to) {\n      id\n      startsAt\n      endsAt\n      status\n      kitName\n      candidate {\n        id\n        name\n      }\n      panel {\n        role\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.TeamTodayDocument;
  '\n  fragment SessionActivityFields on SessionActivity {\n    id\n    kind\n    sessionId\n    sessionQuestionId\n    actorId\n    actorName\n    at\n  }\n': typeof types.SessionActivityFieldsFragmentDoc;
  '\n  fragment SessionNoteFields on SessionNote {\n    id\n    sessionId\n    sessionQuestionId\n    text\n    followUpsAsked\n    customFollowUps\n    version\n    lastEditId\n    updatedAt\n  }\n': typeof types.SessionNoteFieldsFragmentDoc;
  '\n  fragment SessionQuestionFields on SessionQuestion {\n    id\n    sessionId\n    position\n    plannedMinutes\n    fromKit\n    askedAt\n    askedBy {\n      id\n      name\n    }\n    skippedAt\n    previouslyAskedAt\n    question {\n      id\n      revisionId\n      prompt\n      kind\n      kindKey\n      kindName\n      number\n      guide {\n        id\n        title\n      }\n      answer {\n        summary\n        fields {\n          label\n          text\n          items\n          ordered\n          children {\n            label\n            text\n            items\n            ordered\n            children {\n              label\n              text\n              items\n              ordered\n            }\n          }\n        }\n        parts {\n          title\n          fields {\n            label\n            text\n            items\n            ordered\n            children {\n              label\n              text\n              items\n              ordered\n              children {\n                label\n                text\n                items\n                ordered\n              }\n            }\n          }\n        }\n      }\n      followUps {\n        text\n        response\n      }\n    }\n  }\n': typeof types.SessionQuestionFieldsFragmentDoc;
  '\n  mutation AddQuestionToSession($input: AddQuestionToSessionInput!) {\n    addQuestionToSession(input: $input) {\n      ...SessionQuestionFields\n    }\n  }\n': typeof types.AddQuestionToSessionDocument;
  '\n  mutation CompleteSession($input: SessionIdInput!) {\n    completeSession(input: $input) {\n      id\n      status\n      version\n      startedAt\n      completedAt\n    }\n  }\n': typeof types.CompleteSessionDocument;
  '\n  mutation MarkQuestionAsked($input: MarkQuestionAskedInput!) {\n    markQuestionAsked(input: $input) {\n      ...SessionQuestionFields\n    }\n  }\n': typeof types.MarkQuestionAskedDocument;
  '\n  mutation SaveSessionNote($input: SaveSessionNoteInput!) {\n    saveSessionNote(input: $input) {\n      ...SessionNoteFields\n    }\n  }\n': typeof types.SaveSessionNoteDocument;
  '\n  mutation SkipQuestion($input: SkipQuestionInput!) {\n    skipQuestion(input: $input) {\n      ...SessionQuestionFields\n    }\n  }\n': typeof types.SkipQuestionDocument;
  '\n  mutation StartSession($input: SessionIdInput!) {\n    startSession(input: $input) {\n      id\n      status\n      version\n      startedAt\n      completedAt\n    }\n  }\n': typeof types.StartSessionDocument;
  '\n  query InterviewRoom($id: ID!) {\n    session(id: $id) {\n      id\n      status\n      version\n      startsAt\n      endsAt\n      startedAt\n      completedAt\n      questions {\n        ...SessionQuestionFields\n      }\n      kitId\n      kitName\n      kitInstructions\n      scoringRubric {\n        id\n        name\n        competencies {\n          ...ScoringCompetencyFields\n        }\n        scale {\n          level\n          label\n        }\n      }\n      myScorecard {\n        id\n        rubricName\n        competencies {\n          ...ScoringCompetencyFields\n        }\n        scale {\n          level\n          label\n        }\n      }\n      candidate {\n        id\n        name\n        targetRole\n      }\n      panel {\n        role\n        user {\n          id\n          name\n        }\n      }\n      myNotes {\n        ...SessionNoteFields\n      }\n    }\n  }\n': typeof types.InterviewRoomDocument;
  '\n  query InterviewRoomNotes($id: ID!) {\n    session(id: $id) {\n      id\n      myNotes {\n        ...SessionNoteFields\n      }\n    }\n  }\n': typeof types.InterviewRoomNotesDocument;
  '\n  query InterviewRoomPlan($id: ID!) {\n    session(id: $id) {\n      id\n      status\n      version\n      startsAt\n      endsAt\n      startedAt\n      completedAt\n      questions {\n        ...SessionQuestionFields\n      }\n    }\n  }\n': typeof types.InterviewRoomPlanDocument;
  '\n  query RoomPresence($sessionId: ID!) {\n    sessionPresence(sessionId: $sessionId) {\n      role\n      since\n      user {\n        id\n        name\n      }\n    }\n  }\n': typeof types.RoomPresenceDocument;
  '\n  query RoomQuestionSearch($search: String, $first: Int!) {\n    questions(search: $search, first: $first) {\n      totalCount\n      isTotalCountCapped\n      edges {\n        node {\n          ...QuestionFields\n        }\n      }\n    }\n  }\n': typeof types.RoomQuestionSearchDocument;
  '\n  query SessionActivityHistory($sessionId: ID!, $last: Int!) {\n    sessionActivityHistory(sessionId: $sessionId, last: $last) {\n      ...SessionActivityFields\n    }\n  }\n': typeof types.SessionActivityHistoryDocument;
  '\n  subscription SessionActivity($sessionId: ID!, $inRoom: Boolean!) {\n    sessionActivity(sessionId: $sessionId, inRoom: $inRoom) {\n      ...SessionActivityFields\n    }\n  }\n': typeof types.SessionActivityDocument;
  '\n  mutation AcceptInvite($input: AcceptInviteInput!) {\n    acceptInvite(input: $input) {\n      ...ViewerFields\n    }\n  }\n': typeof types.AcceptInviteDocument;
  '\n  query InvitePreview($token: String!) {\n    invitePreview(token: $token) {\n      teamName\n      email\n      role\n      hasAccount\n    }\n  }\n': typeof types.InvitePreviewDocument;
  '\n  fragment KitFields on InterviewKit {\n    id\n    name\n    targetRole\n    rubricId\n    instructions\n    totalMinutes\n    version\n    updatedAt\n    rubric {\n      id\n      name\n    }\n    items {\n      id\n      position\n      plannedMinutes\n      question {\n        ...KitQuestionFields\n      }\n    }\n  }\n': typeof types.KitFieldsFragmentDoc;
  '\n  fragment KitQuestionFields on Question {\n    id\n    number\n    prompt\n    kind\n    kindKey\n    kindName\n    retired\n    guide {\n      id\n      title\n    }\n  }\n': typeof types.KitQuestionFieldsFragmentDoc;
  '\n  fragment KitSummaryFields on InterviewKit {\n    id\n    name\n    targetRole\n    totalMinutes\n    version\n    updatedAt\n    rubric {\n      id\n      name\n    }\n    items {\n      id\n    }\n  }\n': typeof types.KitSummaryFieldsFragmentDoc;
  '\n  mutation AddQuestionToKit($input: AddQuestionToKitInput!) {\n    addQuestionToKit(input: $input) {\n      ...KitFields\n    }\n  }\n': typeof types.AddQuestionToKitDocument;
  '\n  mutation CreateKit($input: CreateKitInput!) {\n    createKit(input: $input) {\n      ...KitFields\n    }\n  }\n': typeof types.CreateKitDocument;
  '\n  mutation UpdateKit($input: UpdateKitInput!) {\n    updateKit(input: $input) {\n      ...KitFields\n    }\n  }\n': typeof types.UpdateKitDocument;
  '\n  query Kit($id: ID!) {\n    kit(id: $id) {\n      ...KitFields\n    }\n  }\n': typeof types.KitDocument;
  '\n  query KitChoices {\n    kits {\n      id\n      name\n      targetRole\n      items {\n        id\n        question {\n          id\n        }\n      }\n    }\n  }\n': typeof types.KitChoicesDocument;
  '\n  query KitQuestionPicker($search: String, $guideId: ID, $first: Int!) {\n    questions(search: $search, guideId: $guideId, first: $first) {\n      totalCount\n      isTotalCountCapped\n      edges {\n        node {\n          ...KitQuestionFields\n        }\n      }\n    }\n  }\n': typeof types.KitQuestionPickerDocument;
  '\n  query KitRubricOptions {\n    rubrics {\n      id\n      name\n      defaultForKind\n      defaultForKindName\n    }\n  }\n': typeof types.KitRubricOptionsDocument;
  '\n  query Kits {\n    kits {\n      ...KitSummaryFields\n    }\n  }\n': typeof types.KitsDocument;
  '\n  fragment OutgoingMessageFields on OutgoingMessage {\n    id\n    kind\n    recipientEmail\n    subject\n    status\n    attempts\n    lastError\n    lastStage\n    createdAt\n    sentAt\n  }\n': typeof types.OutgoingMessageFieldsFragmentDoc;
  '\n  mutation RetryOutgoingMessage($input: RetryOutgoingMessageInput!) {\n    retryOutgoingMessage(input: $input) {\n      ...OutgoingMessageFields\n    }\n  }\n': typeof types.RetryOutgoingMessageDocument;
  '\n  mutation SendTestEmail {\n    sendTestEmail {\n      ...OutgoingMessageFields\n    }\n  }\n': typeof types.SendTestEmailDocument;
  '\n  query MailStatus {\n    mailStatus {\n      isSmtpConfigured\n      transport\n      from\n      queued\n      failed\n      held\n    }\n  }\n': typeof types.MailStatusDocument;
  '\n  query OutgoingMessages(\n    $first: Int!\n    $after: String\n    $status: OutgoingMessageStatus\n  ) {\n    outgoingMessages(first: $first, after: $after, status: $status) {\n      totalCount\n      isTotalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...OutgoingMessageFields\n        }\n      }\n    }\n  }\n': typeof types.OutgoingMessagesDocument;
  '\n  fragment NotificationFields on Notification {\n    id\n    kind\n    message\n    link\n    readAt\n    createdAt\n  }\n': typeof types.NotificationFieldsFragmentDoc;
  '\n  mutation MarkNotificationRead($input: MarkNotificationReadInput!) {\n    markNotificationRead(input: $input) {\n      items {\n        ...NotificationFields\n      }\n      unreadCount\n    }\n  }\n': typeof types.MarkNotificationReadDocument;
  '\n  query Notifications {\n    notifications {\n      items {\n        ...NotificationFields\n      }\n      unreadCount\n    }\n  }\n': typeof types.NotificationsDocument;
  '\n  mutation CompleteSetup($input: CompleteSetupInput!) {\n    completeSetup(input: $input) {\n      ...ViewerFields\n    }\n  }\n': typeof types.CompleteSetupDocument;
  '\n  query SetupStatus {\n    setupStatus {\n      needsSetup\n    }\n  }\n': typeof types.SetupStatusDocument;
  '\n  fragment AnswerFieldFields on AnswerField {\n    label\n    text\n    items\n    ordered\n    children {\n      label\n      text\n      items\n      ordered\n      children {\n        label\n        text\n        items\n        ordered\n      }\n    }\n  }\n': typeof types.AnswerFieldFieldsFragmentDoc;
  '\n  fragment FacetCountFields on FacetCount {\n    value\n    label\n    count\n  }\n': typeof types.FacetCountFieldsFragmentDoc;
  '\n  fragment ModelAnswerFields on ModelAnswer {\n    summary\n    fields {\n      ...AnswerFieldFields\n    }\n    parts {\n      title\n      fields {\n        ...AnswerFieldFields\n      }\n    }\n  }\n': typeof types.ModelAnswerFieldsFragmentDoc;
  '\n  fragment QuestionEditableFields on Question {\n    ...QuestionFields\n    context\n    revision\n    revisionId\n    revisionOrigin\n    sourceLines {\n      start\n      end\n    }\n    guide {\n      id\n      title\n      sourceFileName\n      deletedAt\n    }\n    answer {\n      ...ModelAnswerFields\n    }\n    followUps {\n      text\n      response\n    }\n    revisions {\n      id\n      revision\n      origin\n      createdAt\n      authorName\n      prompt\n    }\n  }\n': typeof types.QuestionEditableFieldsFragmentDoc;
  '\n  fragment QuestionFields on Question {\n    id\n    prompt\n    kind\n    kindKey\n    kindName\n    number\n    retired\n    guide {\n      id\n      title\n    }\n  }\n': typeof types.QuestionFieldsFragmentDoc;
  '\n  mutation CreateQuestion($input: CreateQuestionInput!) {\n    createQuestion(input: $input) {\n      ...QuestionEditableFields\n    }\n  }\n': typeof types.CreateQuestionDocument;
  '\n  mutation UpdateQuestion($input: UpdateQuestionInput!) {\n    updateQuestion(input: $input) {\n      ...QuestionEditableFields\n    }\n  }\n': typeof types.UpdateQuestionDocument;
  '\n  query QuestionBankFacets {\n    questionFacets {\n      kinds {\n        ...FacetCountFields\n      }\n      tags {\n        ...FacetCountFields\n      }\n      verticals {\n        ...FacetCountFields\n      }\n    }\n  }\n': typeof types.QuestionBankFacetsDocument;
  '\n  query QuestionBankSearch(\n    $search: String\n    $kindKey: String\n    $guideId: ID\n    $tag: String\n    $vertical: String\n    $first: Int!\n    $after: String\n    $includeRetired: Boolean! = false\n  ) {\n    questions(\n      search: $search\n      kindKey: $kindKey\n      guideId: $guideId\n      tag: $tag\n      vertical: $vertical\n      first: $first\n      after: $after\n      includeRetired: $includeRetired\n    ) {\n      totalCount\n      isTotalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...QuestionFields\n          highlight {\n            text\n            isMatch\n          }\n        }\n      }\n    }\n  }\n': typeof types.QuestionBankSearchDocument;
  '\n  query QuestionDetail($id: ID!) {\n    question(id: $id) {\n      ...QuestionEditableFields\n    }\n  }\n': typeof types.QuestionDetailDocument;
  '\n  fragment RubricFields on Rubric {\n    id\n    name\n    description\n    defaultForKind\n    defaultForKindName\n    version\n    versionId\n    updatedAt\n    scale {\n      level\n      label\n    }\n    competencies {\n      id\n      name\n      description\n      anchors {\n        level\n        text\n      }\n    }\n  }\n': typeof types.RubricFieldsFragmentDoc;
  '\n  mutation CreateRubric($input: CreateRubricInput!) {\n    createRubric(input: $input) {\n      ...RubricFields\n    }\n  }\n': typeof types.CreateRubricDocument;
  '\n  mutation UpdateRubric($input: UpdateRubricInput!) {\n    updateRubric(input: $input) {\n      ...RubricFields\n    }\n  }\n': typeof types.UpdateRubricDocument;
  '\n  query Rubric($id: ID!) {\n    rubric(id: $id) {\n      ...RubricFields\n    }\n  }\n': typeof types.RubricDocument;
  '\n  query RubricKindOptions {\n    questionFacets {\n      kinds {\n        value\n        label\n        count\n      }\n    }\n  }\n': typeof types.RubricKindOptionsDocument;
  '\n  query Rubrics {\n    rubrics {\n      ...RubricFields\n    }\n  }\n': typeof types.RubricsDocument;
  '\n  fragment BookingViolationFields on BookingViolation {\n    userId\n    name\n    rule\n    detail\n  }\n': typeof types.BookingViolationFieldsFragmentDoc;
  '\n  fragment InterviewSessionFields on InterviewSession {\n    id\n    startsAt\n    endsAt\n    timeZone\n    location\n    status\n    version\n    sequence\n    rescheduleCount\n    kitId\n    kitName\n    candidate {\n      id\n      name\n      email\n      targetRole\n    }\n    panel {\n      role\n      user {\n        id\n        name\n        email\n        timeZone\n      }\n    }\n  }\n': typeof types.InterviewSessionFieldsFragmentDoc;
  '\n  fragment SessionEventFields on SessionEvent {\n    kind\n    reason\n    at\n    actorName\n    previousStartsAt\n    newStartsAt\n    overrodePolicy\n    overrodeAvailability\n    availabilityOverrideReason\n    availabilityViolations {\n      ...BookingViolationFields\n    }\n    party\n  }\n': typeof types.SessionEventFieldsFragmentDoc;
  '\n  mutation CancelSession($input: CancelSessionInput!) {\n    cancelSession(input: $input) {\n      ...InterviewSessionFields\n      history {\n        ...SessionEventFields\n      }\n    }\n  }\n': typeof types.CancelSessionDocument;
  '\n  mutation MarkNoShow($input: MarkNoShowInput!) {\n    markNoShow(input: $input) {\n      ...InterviewSessionFields\n      history {\n        ...SessionEventFields\n      }\n    }\n  }\n': typeof types.MarkNoShowDocument;
  '\n  mutation RescheduleSession($input: RescheduleSessionInput!) {\n    rescheduleSession(input: $input) {\n      ...InterviewSessionFields\n      history {\n        ...SessionEventFields\n      }\n    }\n  }\n': typeof types.RescheduleSessionDocument;
  '\n  mutation ScheduleSession($input: ScheduleSessionInput!) {\n    scheduleSession(input: $input) {\n      ...InterviewSessionFields\n      history {\n        ...SessionEventFields\n      }\n    }\n  }\n': typeof types.ScheduleSessionDocument;
  '\n  mutation SetScorecardRevealDeadline($input: SetRevealDeadlineInput!) {\n    setScorecardRevealDeadline(input: $input) {\n      id\n      revealAt\n    }\n  }\n': typeof types.SetScorecardRevealDeadlineDocument;
  '\n  query BookingConflicts($input: BookingConflictsInput!) {\n    bookingConflicts(input: $input) {\n      ...BookingViolationFields\n    }\n  }\n': typeof types.BookingConflictsDocument;
  '\n  query FindSlots($input: FindSlotsInput!) {\n    findSlots(input: $input) {\n      start\n      end\n      score\n      interviewers {\n        id\n        name\n        timeZone\n      }\n    }\n  }\n': typeof types.FindSlotsDocument;
  '\n  query SchedulingCandidates($search: String) {\n    candidates(search: $search, first: 20) {\n      edges {\n        node {\n          id\n          name\n          email\n          targetRole\n        }\n      }\n    }\n  }\n': typeof types.SchedulingCandidatesDocument;
  '\n  query SchedulingKits {\n    kits {\n      id\n      name\n      targetRole\n      totalMinutes\n    }\n  }\n': typeof types.SchedulingKitsDocument;
  '\n  query SchedulingMembers {\n    members {\n      id\n      active\n      role\n      user {\n        id\n        name\n        email\n        timeZone\n      }\n    }\n  }\n': typeof types.SchedulingMembersDocument;
  '\n  query SessionDetail($id: ID!) {\n    session(id: $id) {\n      ...InterviewSessionFields\n      history {\n        ...SessionEventFields\n      }\n    }\n  }\n': typeof types.SessionDetailDocument;
  '\n  query SessionScoringStatus($id: ID!) {\n    session(id: $id) {\n      id\n      revealAt\n      panelSubmissions {\n        role\n        required\n        submittedAt\n        user {\n          id\n          name\n        }\n      }\n    }\n    team {\n      id\n      scorecardReveal\n    }\n  }\n': typeof types.SessionScoringStatusDocument;
  '\n  query WeekSessions($from: DateTime!, $to: DateTime!, $interviewerId: ID) {\n    sessions(from: $from, to: $to, interviewerId: $interviewerId) {\n      ...InterviewSessionFields\n    }\n  }\n': typeof types.WeekSessionsDocument;
  '\n  fragment ScorecardFields on Scorecard {\n    id\n    sessionId\n    status\n    version\n    submittedAt\n    updatedAt\n    rubricName\n    rubricVersionId\n    interviewer {\n      id\n      name\n    }\n    competencies {\n      ...ScoringCompetencyFields\n    }\n    scale {\n      level\n      label\n    }\n    ratings {\n      competencyId\n      level\n      notAssessed\n      evidence\n    }\n    questionRatings {\n      sessionQuestionId\n      level\n    }\n    recommendation\n    summary\n    amendments {\n      at\n      actorName\n      reason\n      previousRecommendation\n    }\n  }\n': typeof types.ScorecardFieldsFragmentDoc;
  '\n  fragment ScoringCompetencyFields on Competency {\n    id\n    name\n    description\n    anchors {\n      level\n      text\n    }\n  }\n': typeof types.ScoringCompetencyFieldsFragmentDoc;
  '\n  mutation AmendScorecard($input: AmendScorecardInput!) {\n    amendScorecard(input: $input) {\n      ...ScorecardFields\n    }\n  }\n': typeof types.AmendScorecardDocument;
  '\n  mutation SaveScorecard($input: SaveScorecardInput!) {\n    saveScorecard(input: $input) {\n      ...ScorecardFields\n    }\n  }\n': typeof types.SaveScorecardDocument;
  '\n  mutation SubmitScorecard($input: SubmitScorecardInput!) {\n    submitScorecard(input: $input) {\n      ...ScorecardFields\n    }\n  }\n': typeof types.SubmitScorecardDocument;
  '\n  query ScorecardSession($id: ID!) {\n    session(id: $id) {\n      id\n      status\n      startsAt\n      startedAt\n      completedAt\n      kitName\n      candidate {\n        id\n        name\n      }\n      panel {\n        role\n        user {\n          id\n          name\n        }\n      }\n      questions {\n        id\n        position\n        askedAt\n        skippedAt\n        question {\n          id\n          prompt\n          number\n          followUps {\n            text\n          }\n        }\n      }\n      scoringRubric {\n        id\n        name\n        competencies {\n          ...ScoringCompetencyFields\n        }\n        scale {\n          level\n          label\n        }\n      }\n      myScorecard {\n        ...ScorecardFields\n      }\n      myNotes {\n        ...SessionNoteFields\n      }\n      scorecards {\n        ...ScorecardFields\n      }\n      scorecardsRevealed\n      panelSubmissions {\n        role\n        required\n        submittedAt\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.ScorecardSessionDocument;
  '\n  fragment BookingPageFields on BookingPage {\n    teamName\n    title\n    durationMinutes\n    candidateName\n    timeZone\n    status\n    expiresAt\n    policy\n    slots {\n      start\n      end\n    }\n    booking {\n      startsAt\n      endsAt\n      location\n      canReschedule\n      canCancel\n      changeBlockedReason\n    }\n  }\n': typeof types.BookingPageFieldsFragmentDoc;
  '\n  fragment SchedulingRequestFields on SchedulingRequest {\n    id\n    kitName\n    durationMinutes\n    status\n    sendCount\n    sentAt\n    openedAt\n    bookedAt\n    expiresAt\n    windowStart\n    windowEnd\n    sessionId\n    sessionStartsAt\n    createdByName\n    link\n    panel {\n      role\n      user {\n        id\n        name\n      }\n    }\n    pool {\n      id\n      name\n    }\n    poolCount\n  }\n': typeof types.SchedulingRequestFieldsFragmentDoc;
  '\n  mutation BookSlot($input: BookSlotInput!) {\n    bookSlot(input: $input) {\n      ...BookingPageFields\n    }\n  }\n': typeof types.BookSlotDocument;
  '\n  mutation CancelBooking($input: CancelBookingInput!) {\n    cancelBooking(input: $input) {\n      ...BookingPageFields\n    }\n  }\n': typeof types.CancelBookingDocument;
  '\n  mutation CreateSchedulingRequest($input: CreateSchedulingRequestInput!) {\n    createSchedulingRequest(input: $input) {\n      ...SchedulingRequestFields\n    }\n  }\n': typeof types.CreateSchedulingRequestDocument;
  '\n  mutation RescheduleBooking($input: BookSlotInput!) {\n    rescheduleBooking(input: $input) {\n      ...BookingPageFields\n    }\n  }\n': typeof types.RescheduleBookingDocument;
  '\n  mutation ResendSchedulingRequest($input: SchedulingRequestIdInput!) {\n    resendSchedulingRequest(input: $input) {\n      ...SchedulingRequestFields\n    }\n  }\n': typeof types.ResendSchedulingRequestDocument;
  '\n  mutation RevokeSchedulingRequest($input: SchedulingRequestIdInput!) {\n    revokeSchedulingRequest(input: $input) {\n      ...SchedulingRequestFields\n    }\n  }\n': typeof types.RevokeSchedulingRequestDocument;
  '\n  query BookingPage($token: String!) {\n    bookingPage(token: $token) {\n      ...BookingPageFields\n    }\n  }\n': typeof types.BookingPageDocument;
  '\n  query SchedulingRequests($candidateId: ID!) {\n    schedulingRequests(candidateId: $candidateId) {\n      ...SchedulingRequestFields\n    }\n  }\n': typeof types.SchedulingRequestsDocument;
  '\n  fragment InviteFields on Invite {\n    id\n    email\n    role\n    status\n    invitedByName\n    createdAt\n    expiresAt\n  }\n': typeof types.InviteFieldsFragmentDoc;
  '\n  fragment MembershipFields on Membership {\n    id\n    role\n    active\n    joinedAt\n    user {\n      id\n      name\n      email\n    }\n  }\n': typeof types.MembershipFieldsFragmentDoc;
  '\n  fragment TeamSettingsFields on Team {\n    id\n    name\n    timeZone\n    scorecardReveal\n    scorecardDueHours\n    reminderAfterHours\n    escalateAfterHours\n    minRescheduleNoticeHours\n    maxReschedules\n    minimumBookingNoticeMinutes\n  }\n': typeof types.TeamSettingsFieldsFragmentDoc;
  '\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      ...MembershipFields\n    }\n  }\n': typeof types.ChangeMemberRoleDocument;
  '\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      ...ViewerFields\n    }\n  }\n': typeof types.CreateTeamDocument;
  '\n  mutation DeactivateMember($input: DeactivateMemberInput!) {\n    deactivateMember(input: $input) {\n      ...MembershipFields\n    }\n  }\n': typeof types.DeactivateMemberDocument;
  '\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      url\n      invite {\n        ...InviteFields\n      }\n    }\n  }\n': typeof types.InviteMemberDocument;
  '\n  mutation RevokeInvite($input: RevokeInviteInput!) {\n    revokeInvite(input: $input) {\n      ...InviteFields\n    }\n  }\n': typeof types.RevokeInviteDocument;
  '\n  mutation UpdateTeamSettings($input: UpdateTeamSettingsInput!) {\n    updateTeamSettings(input: $input) {\n      ...TeamSettingsFields\n    }\n  }\n': typeof types.UpdateTeamSettingsDocument;
  '\n  query PendingInvites {\n    invites {\n      ...InviteFields\n    }\n  }\n': typeof types.PendingInvitesDocument;
  '\n  query TeamMembers {\n    team {\n      id\n      name\n    }\n    members {\n      ...MembershipFields\n    }\n  }\n': typeof types.TeamMembersDocument;
  '\n  query TeamSettings {\n    team {\n      ...TeamSettingsFields\n    }\n  }\n': typeof types.TeamSettingsDocument;
  '\n  mutation NudgeOutstandingScorecard($input: NudgeInterviewerInput!) {\n    nudgeInterviewer(input: $input)\n  }\n': typeof types.NudgeOutstandingScorecardDocument;
  '\n  query FeedbackTimeliness {\n    team {\n      id\n      reminderAfterHours\n      escalateAfterHours\n      scorecardDueHours\n    }\n    feedbackTimeliness {\n      interviewers {\n        interviewer {\n          id\n          name\n        }\n        due\n        overdue\n        oldestOutstandingHours\n        submitted\n        medianHours\n      }\n      outstanding {\n        sessionId\n        candidateName\n        interviewer {\n          id\n          name\n        }\n        endedAt\n        ageHours\n        overdue\n        reminded\n        escalated\n      }\n      teamMedianHours\n    }\n  }\n': typeof types.FeedbackTimelinessDocument;
};
const documents: Documents = {
  '\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n':
    types.RequestPasswordResetDocument,
  '\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      ...ViewerFields\n    }\n  }\n':
    types.ResetPasswordDocument,
  '\n  query PasswordResetPreview($token: String!) {\n    passwordResetPreview(token: $token) {\n      email\n      purpose\n      expiresAt\n    }\n  }\n':
    types.PasswordResetPreviewDocument,
  '\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n':
    types.ChangePasswordDocument,
  '\n  mutation UpdateEmailPreferences($input: UpdateEmailPreferencesInput!) {\n    updateEmailPreferences(input: $input) {\n      ...ViewerFields\n    }\n  }\n':
    types.UpdateEmailPreferencesDocument,
  '\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ViewerFields\n    }\n  }\n':
    types.UpdateProfileDocument,
  '\n  query AnalyticsFilterOptions {\n    kits {\n      id\n      name\n    }\n    members {\n      id\n      active\n      user {\n        id\n        name\n      }\n    }\n  }\n':
    types.AnalyticsFilterOptionsDocument,
  '\n  query Calibration($filter: AnalyticsFilterInput!) {\n    calibration(filter: $filter) {\n      minimums {\n        agreementUnits\n        leniencyRatings\n      }\n      interviewers {\n        interviewer {\n          id\n          name\n        }\n        competencyId\n        competencyName\n        ratings\n        meanRating\n        panelMean\n        leniency\n        leniencyLow\n        leniencyHigh\n        hasEnoughData\n      }\n      agreement {\n        competencyId\n        competencyName\n        alpha\n        units\n        pairableRatings\n        hasEnoughData\n      }\n      submissionTimes {\n        interviewer {\n          id\n          name\n        }\n        submitted\n        medianHours\n      }\n      teamMedianHours\n      teamSubmitted\n      questionUsage {\n        questionId\n        prompt\n        timesAsked\n        ratings\n        meanRating\n        decidedRatings\n        agreementWithDecision\n      }\n    }\n  }\n':
    types.CalibrationDocument,
  '\n  fragment AuditEventFields on AuditEvent {\n    id\n    at\n    action\n    actor {\n      id\n      name\n    }\n    recordType\n    recordId\n    recordName\n    details\n  }\n':
    types.AuditEventFieldsFragmentDoc,
  '\n  query AuditEvents(\n    $filter: AuditEventFilterInput\n    $first: Int!\n    $after: String\n  ) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      isTotalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AuditEventFields\n        }\n      }\n    }\n  }\n':
    types.AuditEventsDocument,
  '\n  query AuditFilterOptions {\n    auditFacets {\n      actions\n      recordTypes\n    }\n    members {\n      id\n      active\n      user {\n        id\n        name\n      }\n    }\n  }\n':
    types.AuditFilterOptionsDocument,
  '\n  fragment ViewerFields on Viewer {\n    user {\n      id\n      name\n      email\n      timeZone\n    }\n    currentTeam {\n      id\n      name\n    }\n    role\n    canCreateTeam\n    emailPreferences {\n      sessionUpdates\n      scorecardUpdates\n    }\n    memberships {\n      id\n      role\n      team {\n        id\n        name\n      }\n    }\n  }\n':
    types.ViewerFieldsFragmentDoc,
  '\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...ViewerFields\n    }\n  }\n':
    types.SignInDocument,
  '\n  mutation SignOut {\n    signOut\n  }\n': types.SignOutDocument,
  '\n  mutation SwitchTeam($input: SwitchTeamInput!) {\n    switchTeam(input: $input) {\n      ...ViewerFields\n    }\n  }\n':
    types.SwitchTeamDocument,
  '\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n':
    types.MeDocument,
  '\n  fragment AvailabilityFields on Availability {\n    userId\n    timeZone\n    version\n    bufferMinutes\n    dailyCap\n    weeklyCap\n    weeklyWindows {\n      weekday\n      start\n      end\n    }\n    overrides {\n      date\n      windows {\n        start\n        end\n      }\n    }\n    timeOff {\n      kind\n      startDate\n      endDate\n      start\n      end\n      note\n    }\n  }\n':
    types.AvailabilityFieldsFragmentDoc,
  '\n  mutation RevokeCalendarToken {\n    revokeCalendarToken\n  }\n':
    types.RevokeCalendarTokenDocument,
  '\n  mutation RotateCalendarToken {\n    rotateCalendarToken\n  }\n':
    types.RotateCalendarTokenDocument,
  '\n  mutation SetAvailability($input: SetAvailabilityInput!) {\n    setAvailability(input: $input) {\n      ...AvailabilityFields\n    }\n  }\n':
    types.SetAvailabilityDocument,
  '\n  query MyAvailability {\n    availability {\n      ...AvailabilityFields\n    }\n  }\n':
    types.MyAvailabilityDocument,
  '\n  fragment CandidateReviewFields on CandidateReview {\n    candidate {\n      id\n      name\n      email\n      targetRole\n    }\n    sessions {\n      id\n      startsAt\n      endsAt\n      status\n      kitName\n      panelSubmissions {\n        user {\n          id\n          name\n        }\n        role\n        required\n        submittedAt\n      }\n      scoringRubric {\n        id\n        scale {\n          level\n          label\n        }\n      }\n    }\n    competencies {\n      id\n      name\n    }\n    ratings {\n      scorecardId\n      sessionId\n      interviewer {\n        id\n        name\n      }\n      competencyId\n      level\n      notAssessed\n      evidence\n    }\n    recommendations {\n      scorecardId\n      sessionId\n      interviewer {\n        id\n        name\n      }\n      recommendation\n      summary\n      submittedAt\n    }\n    recommendationTally {\n      recommendation\n      count\n    }\n    disagreements {\n      competencyId\n      competencyName\n      lowest\n      highest\n      spread\n    }\n    opposingRecommendations\n    pending {\n      sessionId\n      interviewer {\n        id\n        name\n      }\n      endedAt\n      hasDraft\n    }\n    decisions {\n      id\n      decision\n      rationale\n      decidedBy {\n        id\n        name\n      }\n      decidedAt\n    }\n  }\n':
    types.CandidateReviewFieldsFragmentDoc,
  '\n  mutation NudgeInterviewer($input: NudgeInterviewerInput!) {\n    nudgeInterviewer(input: $input)\n  }\n':
    types.NudgeInterviewerDocument,
  '\n  mutation RecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      ...CandidateReviewFields\n    }\n  }\n':
    types.RecordDecisionDocument,
  '\n  query CandidateReview($candidateId: ID!) {\n    candidateReview(candidateId: $candidateId) {\n      ...CandidateReviewFields\n    }\n  }\n':
    types.CandidateReviewDocument,
  '\n  fragment CandidateFields on Candidate {\n    id\n    name\n    email\n    targetRole\n    notes\n    version\n    createdAt\n    updatedAt\n  }\n':
    types.CandidateFieldsFragmentDoc,
  '\n  mutation CreateCandidate($input: CreateCandidateInput!) {\n    createCandidate(input: $input) {\n      ...CandidateFields\n    }\n  }\n':
    types.CreateCandidateDocument,
  '\n  mutation DeleteCandidate($input: DeleteCandidateInput!) {\n    deleteCandidate(input: $input)\n  }\n':
    types.DeleteCandidateDocument,
  '\n  mutation MergeCandidates($input: MergeCandidatesInput!) {\n    mergeCandidates(input: $input) {\n      ...CandidateFields\n    }\n  }\n':
    types.MergeCandidatesDocument,
  '\n  mutation UpdateCandidate($input: UpdateCandidateInput!) {\n    updateCandidate(input: $input) {\n      ...CandidateFields\n    }\n  }\n':
    types.UpdateCandidateDocument,
  '\n  query Candidate($id: ID!) {\n    candidate(id: $id) {\n      ...CandidateFields\n    }\n  }\n':
    types.CandidateDocument,
  '\n  query CandidateDuplicates {\n    candidateDuplicates {\n      ...CandidateFields\n    }\n  }\n':
    types.CandidateDuplicatesDocument,
  '\n  query CandidateRecord($id: ID!) {\n    candidate(id: $id) {\n      id\n      sessions {\n        id\n        startsAt\n        endsAt\n        status\n        kitName\n        panelSubmissions {\n          required\n          submittedAt\n        }\n      }\n      decisions {\n        id\n        decision\n        rationale\n        decidedAt\n        decidedBy {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.CandidateRecordDocument,
  '\n  query Candidates($search: String, $first: Int!, $after: String) {\n    candidates(search: $search, first: $first, after: $after) {\n      totalCount\n      isTotalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...CandidateFields\n        }\n      }\n    }\n  }\n':
    types.CandidatesDocument,
  '\n  fragment GuideImportResultFields on GuideImportResult {\n    fileName\n    status\n    guideId\n    slug\n    title\n    unchanged\n    created {\n      ...QuestionChangeFields\n    }\n    revised {\n      ...QuestionChangeFields\n    }\n    retired {\n      ...QuestionChangeFields\n    }\n    warnings {\n      line\n      message\n    }\n    error {\n      code\n      line\n      message\n    }\n  }\n':
    types.GuideImportResultFieldsFragmentDoc,
  '\n  fragment QuestionChangeFields on QuestionChange {\n    kind\n    kindName\n    number\n    prompt\n  }\n':
    types.QuestionChangeFieldsFragmentDoc,
  '\n  mutation ImportGuides($input: ImportGuidesInput!) {\n    importGuides(input: $input) {\n      dryRun\n      guides {\n        ...GuideImportResultFields\n      }\n    }\n  }\n':
    types.ImportGuidesDocument,
  '\n  fragment GuideFields on Guide {\n    id\n    title\n    slug\n    category\n    vertical\n    tags\n    questionCount\n    importedAt\n    retiredAt\n  }\n':
    types.GuideFieldsFragmentDoc,
  '\n  fragment RoleProfileFields on RoleProfile {\n    sections {\n      title\n      position\n      notes\n      items {\n        label\n        details\n      }\n    }\n  }\n':
    types.RoleProfileFieldsFragmentDoc,
  '\n  mutation DeleteGuide($input: DeleteGuideInput!) {\n    deleteGuide(input: $input) {\n      guideId\n      deletedQuestionCount\n      keptQuestionCount\n    }\n  }\n':
    types.DeleteGuideDocument,
  '\n  mutation RestoreGuide($input: RestoreGuideInput!) {\n    restoreGuide(input: $input) {\n      id\n      retiredAt\n      questionCount\n    }\n  }\n':
    types.RestoreGuideDocument,
  '\n  mutation RetireGuide($input: RetireGuideInput!) {\n    retireGuide(input: $input) {\n      id\n      retiredAt\n      questionCount\n    }\n  }\n':
    types.RetireGuideDocument,
  '\n  query GuideDeletionPreview($guideId: ID!) {\n    guideDeletionPreview(guideId: $guideId) {\n      guideId\n      deletedQuestionCount\n      keptQuestionCount\n      affectedKitCount\n    }\n  }\n':
    types.GuideDeletionPreviewDocument,
  '\n  query GuideDetail($id: ID!) {\n    guide(id: $id) {\n      ...GuideFields\n      description\n      author\n      publishedOn\n      modifiedOn\n      sourceFileName\n      contentHash\n      importWarnings {\n        line\n        message\n      }\n      profile {\n        ...RoleProfileFields\n      }\n    }\n  }\n':
    types.GuideDetailDocument,
  '\n  query GuideList(\n    $search: String\n    $status: GuideStatusFilter\n    $first: Int!\n    $after: String\n  ) {\n    guides(search: $search, status: $status, first: $first, after: $after) {\n      totalCount\n      isTotalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...GuideFields\n        }\n      }\n    }\n  }\n':
    types.GuideListDocument,
  '\n  query GuideOptionLabel($id: ID!) {\n    guide(id: $id) {\n      id\n      title\n    }\n  }\n':
    types.GuideOptionLabelDocument,
  '\n  query GuideOptions($search: String, $first: Int!) {\n    guides(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n':
    types.GuideOptionsDocument,
  '\n  query CandidatesAwaitingDecision {\n    candidatesAwaitingDecision {\n      candidate {\n        id\n        name\n        targetRole\n      }\n      lastCompletedAt\n      submittedScorecards\n      pendingScorecards\n    }\n  }\n':
    types.CandidatesAwaitingDecisionDocument,
  '\n  query GuidesWithWarnings($first: Int!) {\n    guides(withWarnings: true, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          sourceFileName\n          importWarnings {\n            line\n            message\n          }\n        }\n      }\n    }\n  }\n':
    types.GuidesWithWarningsDocument,
  '\n  query MyInterviews($days: Int!) {\n    myInterviews(days: $days) {\n      id\n      startsAt\n      endsAt\n      timeZone\n      status\n      location\n      kitName\n      candidate {\n        id\n        name\n        targetRole\n      }\n      panel {\n        role\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.MyInterviewsDocument,
  '\n  query ScorecardsDue {\n    scorecardsDue {\n      sessionId\n      candidateName\n      kitName\n      endedAt\n      dueAt\n      overdue\n      status\n    }\n  }\n':
    types.ScorecardsDueDocument,
  '\n  query TeamToday($from: DateTime!, $to: DateTime!) {\n    sessions(from: $from, to: $to) {\n      id\n      startsAt\n      endsAt\n      status\n      kitName\n      candidate {\n        id\n        name\n      }\n      panel {\n        role\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.TeamTodayDocument,
  '\n  fragment SessionActivityFields on SessionActivity {\n    id\n    kind\n    sessionId\n    sessionQuestionId\n    actorId\n    actorName\n    at\n  }\n':
    types.SessionActivityFieldsFragmentDoc,
  '\n  fragment SessionNoteFields on SessionNote {\n    id\n    sessionId\n    sessionQuestionId\n    text\n    followUpsAsked\n    customFollowUps\n    version\n    lastEditId\n    updatedAt\n  }\n':
    types.SessionNoteFieldsFragmentDoc,
  '\n  fragment SessionQuestionFields on SessionQuestion {\n    id\n    sessionId\n    position\n    plannedMinutes\n    fromKit\n    askedAt\n    askedBy {\n      id\n      name\n    }\n    skippedAt\n    previouslyAskedAt\n    question {\n      id\n      revisionId\n      prompt\n      kind\n      kindKey\n      kindName\n      number\n      guide {\n        id\n        title\n      }\n      answer {\n        summary\n        fields {\n          label\n          text\n          items\n          ordered\n          children {\n            label\n            text\n            items\n            ordered\n            children {\n              label\n              text\n              items\n              ordered\n            }\n          }\n        }\n        parts {\n          title\n          fields {\n            label\n            text\n            items\n            ordered\n            children {\n              label\n              text\n              items\n              ordered\n              children {\n                label\n                text\n                items\n                ordered\n              }\n            }\n          }\n        }\n      }\n      followUps {\n        text\n        response\n      }\n    }\n  }\n':
    types.SessionQuestionFieldsFragmentDoc,
  '\n  mutation AddQuestionToSession($input: AddQuestionToSessionInput!) {\n    addQuestionToSession(input: $input) {\n      ...SessionQuestionFields\n    }\n  }\n':
    types.AddQuestionToSessionDocument,
  '\n  mutation CompleteSession($input: SessionIdInput!) {\n    completeSession(input: $input) {\n      id\n      status\n      version\n      startedAt\n      completedAt\n    }\n  }\n':
    types.CompleteSessionDocument,
  '\n  mutation MarkQuestionAsked($input: MarkQuestionAskedInput!) {\n    markQuestionAsked(input: $input) {\n      ...SessionQuestionFields\n    }\n  }\n':
    types.MarkQuestionAskedDocument,
  '\n  mutation SaveSessionNote($input: SaveSessionNoteInput!) {\n    saveSessionNote(input: $input) {\n      ...SessionNoteFields\n    }\n  }\n':
    types.SaveSessionNoteDocument,
  '\n  mutation SkipQuestion($input: SkipQuestionInput!) {\n    skipQuestion(input: $input) {\n      ...SessionQuestionFields\n    }\n  }\n':
    types.SkipQuestionDocument,
  '\n  mutation StartSession($input: SessionIdInput!) {\n    startSession(input: $input) {\n      id\n      status\n      version\n      startedAt\n      completedAt\n    }\n  }\n':
    types.StartSessionDocument,
  '\n  query InterviewRoom($id: ID!) {\n    session(id: $id) {\n      id\n      status\n      version\n      startsAt\n      endsAt\n      startedAt\n      completedAt\n      questions {\n        ...SessionQuestionFields\n      }\n      kitId\n      kitName\n      kitInstructions\n      scoringRubric {\n        id\n        name\n        competencies {\n          ...ScoringCompetencyFields\n        }\n        scale {\n          level\n          label\n        }\n      }\n      myScorecard {\n        id\n        rubricName\n        competencies {\n          ...ScoringCompetencyFields\n        }\n        scale {\n          level\n          label\n        }\n      }\n      candidate {\n        id\n        name\n        targetRole\n      }\n      panel {\n        role\n        user {\n          id\n          name\n        }\n      }\n      myNotes {\n        ...SessionNoteFields\n      }\n    }\n  }\n':
    types.InterviewRoomDocument,
  '\n  query InterviewRoomNotes($id: ID!) {\n    session(id: $id) {\n      id\n      myNotes {\n        ...SessionNoteFields\n      }\n    }\n  }\n':
    types.InterviewRoomNotesDocument,
  '\n  query InterviewRoomPlan($id: ID!) {\n    session(id: $id) {\n      id\n      status\n      version\n      startsAt\n      endsAt\n      startedAt\n      completedAt\n      questions {\n        ...SessionQuestionFields\n      }\n    }\n  }\n':
    types.InterviewRoomPlanDocument,
  '\n  query RoomPresence($sessionId: ID!) {\n    sessionPresence(sessionId: $sessionId) {\n      role\n      since\n      user {\n        id\n        name\n      }\n    }\n  }\n':
    types.RoomPresenceDocument,
  '\n  query RoomQuestionSearch($search: String, $first: Int!) {\n    questions(search: $search, first: $first) {\n      totalCount\n      isTotalCountCapped\n      edges {\n        node {\n          ...QuestionFields\n        }\n      }\n    }\n  }\n':
    types.RoomQuestionSearchDocument,
  '\n  query SessionActivityHistory($sessionId: ID!, $last: Int!) {\n    sessionActivityHistory(sessionId: $sessionId, last: $last) {\n      ...SessionActivityFields\n    }\n  }\n':
    types.SessionActivityHistoryDocument,
  '\n  subscription SessionActivity($sessionId: ID!, $inRoom: Boolean!) {\n    sessionActivity(sessionId: $sessionId, inRoom: $inRoom) {\n      ...SessionActivityFields\n    }\n  }\n':
    types.SessionActivityDocument,
  '\n  mutation AcceptInvite($input: AcceptInviteInput!) {\n    acceptInvite(input: $input) {\n      ...ViewerFields\n    }\n  }\n':
    types.AcceptInviteDocument,
  '\n  query InvitePreview($token: String!) {\n    invitePreview(token: $token) {\n      teamName\n      email\n      role\n      hasAccount\n    }\n  }\n':
    types.InvitePreviewDocument,
  '\n  fragment KitFields on InterviewKit {\n    id\n    name\n    targetRole\n    rubricId\n    instructions\n    totalMinutes\n    version\n    updatedAt\n    rubric {\n      id\n      name\n    }\n    items {\n      id\n      position\n      plannedMinutes\n      question {\n        ...KitQuestionFields\n      }\n    }\n  }\n':
    types.KitFieldsFragmentDoc,
  '\n  fragment KitQuestionFields on Question {\n    id\n    number\n    prompt\n    kind\n    kindKey\n    kindName\n    retired\n    guide {\n      id\n      title\n    }\n  }\n':
    types.KitQuestionFieldsFragmentDoc,
  '\n  fragment KitSummaryFields on InterviewKit {\n    id\n    name\n    targetRole\n    totalMinutes\n    version\n    updatedAt\n    rubric {\n      id\n      name\n    }\n    items {\n      id\n    }\n  }\n':
    types.KitSummaryFieldsFragmentDoc,
  '\n  mutation AddQuestionToKit($input: AddQuestionToKitInput!) {\n    addQuestionToKit(input: $input) {\n      ...KitFields\n    }\n  }\n':
    types.AddQuestionToKitDocument,
  '\n  mutation CreateKit($input: CreateKitInput!) {\n    createKit(input: $input) {\n      ...KitFields\n    }\n  }\n':
    types.CreateKitDocument,
  '\n  mutation UpdateKit($input: UpdateKitInput!) {\n    updateKit(input: $input) {\n      ...KitFields\n    }\n  }\n':
    types.UpdateKitDocument,
  '\n  query Kit($id: ID!) {\n    kit(id: $id) {\n      ...KitFields\n    }\n  }\n':
    types.KitDocument,
  '\n  query KitChoices {\n    kits {\n      id\n      name\n      targetRole\n      items {\n        id\n        question {\n          id\n        }\n      }\n    }\n  }\n':
    types.KitChoicesDocument,
  '\n  query KitQuestionPicker($search: String, $guideId: ID, $first: Int!) {\n    questions(search: $search, guideId: $guideId, first: $first) {\n      totalCount\n      isTotalCountCapped\n      edges {\n        node {\n          ...KitQuestionFields\n        }\n      }\n    }\n  }\n':
    types.KitQuestionPickerDocument,
  '\n  query KitRubricOptions {\n    rubrics {\n      id\n      name\n      defaultForKind\n      defaultForKindName\n    }\n  }\n':
    types.KitRubricOptionsDocument,
  '\n  query Kits {\n    kits {\n      ...KitSummaryFields\n    }\n  }\n':
    types.KitsDocument,
  '\n  fragment OutgoingMessageFields on OutgoingMessage {\n    id\n    kind\n    recipientEmail\n    subject\n    status\n    attempts\n    lastError\n    lastStage\n    createdAt\n    sentAt\n  }\n':
    types.OutgoingMessageFieldsFragmentDoc,
  '\n  mutation RetryOutgoingMessage($input: RetryOutgoingMessageInput!) {\n    retryOutgoingMessage(input: $input) {\n      ...OutgoingMessageFields\n    }\n  }\n':
    types.RetryOutgoingMessageDocument,
  '\n  mutation SendTestEmail {\n    sendTestEmail {\n      ...OutgoingMessageFields\n    }\n  }\n':
    types.SendTestEmailDocument,
  '\n  query MailStatus {\n    mailStatus {\n      isSmtpConfigured\n      transport\n      from\n      queued\n      failed\n      held\n    }\n  }\n':
    types.MailStatusDocument,
  '\n  query OutgoingMessages(\n    $first: Int!\n    $after: String\n    $status: OutgoingMessageStatus\n  ) {\n    outgoingMessages(first: $first, after: $after, status: $status) {\n      totalCount\n      isTotalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...OutgoingMessageFields\n        }\n      }\n    }\n  }\n':
    types.OutgoingMessagesDocument,
  '\n  fragment NotificationFields on Notification {\n    id\n    kind\n    message\n    link\n    readAt\n    createdAt\n  }\n':
    types.NotificationFieldsFragmentDoc,
  '\n  mutation MarkNotificationRead($input: MarkNotificationReadInput!) {\n    markNotificationRead(input: $input) {\n      items {\n        ...NotificationFields\n      }\n      unreadCount\n    }\n  }\n':
    types.MarkNotificationReadDocument,
  '\n  query Notifications {\n    notifications {\n      items {\n        ...NotificationFields\n      }\n      unreadCount\n    }\n  }\n':
    types.NotificationsDocument,
  '\n  mutation CompleteSetup($input: CompleteSetupInput!) {\n    completeSetup(input: $input) {\n      ...ViewerFields\n    }\n  }\n':
    types.CompleteSetupDocument,
  '\n  query SetupStatus {\n    setupStatus {\n      needsSetup\n    }\n  }\n':
    types.SetupStatusDocument,
  '\n  fragment AnswerFieldFields on AnswerField {\n    label\n    text\n    items\n    ordered\n    children {\n      label\n      text\n      items\n      ordered\n      children {\n        label\n        text\n        items\n        ordered\n      }\n    }\n  }\n':
    types.AnswerFieldFieldsFragmentDoc,
  '\n  fragment FacetCountFields on FacetCount {\n    value\n    label\n    count\n  }\n':
    types.FacetCountFieldsFragmentDoc,
  '\n  fragment ModelAnswerFields on ModelAnswer {\n    summary\n    fields {\n      ...AnswerFieldFields\n    }\n    parts {\n      title\n      fields {\n        ...AnswerFieldFields\n      }\n    }\n  }\n':
    types.ModelAnswerFieldsFragmentDoc,
  '\n  fragment QuestionEditableFields on Question {\n    ...QuestionFields\n    context\n    revision\n    revisionId\n    revisionOrigin\n    sourceLines {\n      start\n      end\n    }\n    guide {\n      id\n      title\n      sourceFileName\n      deletedAt\n    }\n    answer {\n      ...ModelAnswerFields\n    }\n    followUps {\n      text\n      response\n    }\n    revisions {\n      id\n      revision\n      origin\n      createdAt\n      authorName\n      prompt\n    }\n  }\n':
    types.QuestionEditableFieldsFragmentDoc,
  '\n  fragment QuestionFields on Question {\n    id\n    prompt\n    kind\n    kindKey\n    kindName\n    number\n    retired\n    guide {\n      id\n      title\n    }\n  }\n':
    types.QuestionFieldsFragmentDoc,
  '\n  mutation CreateQuestion($input: CreateQuestionInput!) {\n    createQuestion(input: $input) {\n      ...QuestionEditableFields\n    }\n  }\n':
    types.CreateQuestionDocument,
  '\n  mutation UpdateQuestion($input: UpdateQuestionInput!) {\n    updateQuestion(input: $input) {\n      ...QuestionEditableFields\n    }\n  }\n':
    types.UpdateQuestionDocument,
  '\n  query QuestionBankFacets {\n    questionFacets {\n      kinds {\n        ...FacetCountFields\n      }\n      tags {\n        ...FacetCountFields\n      }\n      verticals {\n        ...FacetCountFields\n      }\n    }\n  }\n':
    types.QuestionBankFacetsDocument,
  '\n  query QuestionBankSearch(\n    $search: String\n    $kindKey: String\n    $guideId: ID\n    $tag: String\n    $vertical: String\n    $first: Int!\n    $after: String\n    $includeRetired: Boolean! = false\n  ) {\n    questions(\n      search: $search\n      kindKey: $kindKey\n      guideId: $guideId\n      tag: $tag\n      vertical: $vertical\n      first: $first\n      after: $after\n      includeRetired: $includeRetired\n    ) {\n      totalCount\n      isTotalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...QuestionFields\n          highlight {\n            text\n            isMatch\n          }\n        }\n      }\n    }\n  }\n':
    types.QuestionBankSearchDocument,
  '\n  query QuestionDetail($id: ID!) {\n    question(id: $id) {\n      ...QuestionEditableFields\n    }\n  }\n':
    types.QuestionDetailDocument,
  '\n  fragment RubricFields on Rubric {\n    id\n    name\n    description\n    defaultForKind\n    defaultForKindName\n    version\n    versionId\n    updatedAt\n    scale {\n      level\n      label\n    }\n    competencies {\n      id\n      name\n      description\n      anchors {\n        level\n        text\n      }\n    }\n  }\n':
    types.RubricFieldsFragmentDoc,
  '\n  mutation CreateRubric($input: CreateRubricInput!) {\n    createRubric(input: $input) {\n      ...RubricFields\n    }\n  }\n':
    types.CreateRubricDocument,
  '\n  mutation UpdateRubric($input: UpdateRubricInput!) {\n    updateRubric(input: $input) {\n      ...RubricFields\n    }\n  }\n':
    types.UpdateRubricDocument,
  '\n  query Rubric($id: ID!) {\n    rubric(id: $id) {\n      ...RubricFields\n    }\n  }\n':
    types.RubricDocument,
  '\n  query RubricKindOptions {\n    questionFacets {\n      kinds {\n        value\n        label\n        count\n      }\n    }\n  }\n':
    types.RubricKindOptionsDocument,
  '\n  query Rubrics {\n    rubrics {\n      ...RubricFields\n    }\n  }\n':
    types.RubricsDocument,
  '\n  fragment BookingViolationFields on BookingViolation {\n    userId\n    name\n    rule\n    detail\n  }\n':
    types.BookingViolationFieldsFragmentDoc,
  '\n  fragment InterviewSessionFields on InterviewSession {\n    id\n    startsAt\n    endsAt\n    timeZone\n    location\n    status\n    version\n    sequence\n    rescheduleCount\n    kitId\n    kitName\n    candidate {\n      id\n      name\n      email\n      targetRole\n    }\n    panel {\n      role\n      user {\n        id\n        name\n        email\n        timeZone\n      }\n    }\n  }\n':
    types.InterviewSessionFieldsFragmentDoc,
  '\n  fragment SessionEventFields on SessionEvent {\n    kind\n    reason\n    at\n    actorName\n    previousStartsAt\n    newStartsAt\n    overrodePolicy\n    overrodeAvailability\n    availabilityOverrideReason\n    availabilityViolations {\n      ...BookingViolationFields\n    }\n    party\n  }\n':
    types.SessionEventFieldsFragmentDoc,
  '\n  mutation CancelSession($input: CancelSessionInput!) {\n    cancelSession(input: $input) {\n      ...InterviewSessionFields\n      history {\n        ...SessionEventFields\n      }\n    }\n  }\n':
    types.CancelSessionDocument,
  '\n  mutation MarkNoShow($input: MarkNoShowInput!) {\n    markNoShow(input: $input) {\n      ...InterviewSessionFields\n      history {\n        ...SessionEventFields\n      }\n    }\n  }\n':
    types.MarkNoShowDocument,
  '\n  mutation RescheduleSession($input: RescheduleSessionInput!) {\n    rescheduleSession(input: $input) {\n      ...InterviewSessionFields\n      history {\n        ...SessionEventFields\n      }\n    }\n  }\n':
    types.RescheduleSessionDocument,
  '\n  mutation ScheduleSession($input: ScheduleSessionInput!) {\n    scheduleSession(input: $input) {\n      ...InterviewSessionFields\n      history {\n        ...SessionEventFields\n      }\n    }\n  }\n':
    types.ScheduleSessionDocument,
  '\n  mutation SetScorecardRevealDeadline($input: SetRevealDeadlineInput!) {\n    setScorecardRevealDeadline(input: $input) {\n      id\n      revealAt\n    }\n  }\n':
    types.SetScorecardRevealDeadlineDocument,
  '\n  query BookingConflicts($input: BookingConflictsInput!) {\n    bookingConflicts(input: $input) {\n      ...BookingViolationFields\n    }\n  }\n':
    types.BookingConflictsDocument,
  '\n  query FindSlots($input: FindSlotsInput!) {\n    findSlots(input: $input) {\n      start\n      end\n      score\n      interviewers {\n        id\n        name\n        timeZone\n      }\n    }\n  }\n':
    types.FindSlotsDocument,
  '\n  query SchedulingCandidates($search: String) {\n    candidates(search: $search, first: 20) {\n      edges {\n        node {\n          id\n          name\n          email\n          targetRole\n        }\n      }\n    }\n  }\n':
    types.SchedulingCandidatesDocument,
  '\n  query SchedulingKits {\n    kits {\n      id\n      name\n      targetRole\n      totalMinutes\n    }\n  }\n':
    types.SchedulingKitsDocument,
  '\n  query SchedulingMembers {\n    members {\n      id\n      active\n      role\n      user {\n        id\n        name\n        email\n        timeZone\n      }\n    }\n  }\n':
    types.SchedulingMembersDocument,
  '\n  query SessionDetail($id: ID!) {\n    session(id: $id) {\n      ...InterviewSessionFields\n      history {\n        ...SessionEventFields\n      }\n    }\n  }\n':
    types.SessionDetailDocument,
  '\n  query SessionScoringStatus($id: ID!) {\n    session(id: $id) {\n      id\n      revealAt\n      panelSubmissions {\n        role\n        required\n        submittedAt\n        user {\n          id\n          name\n        }\n      }\n    }\n    team {\n      id\n      scorecardReveal\n    }\n  }\n':
    types.SessionScoringStatusDocument,
  '\n  query WeekSessions($from: DateTime!, $to: DateTime!, $interviewerId: ID) {\n    sessions(from: $from, to: $to, interviewerId: $interviewerId) {\n      ...InterviewSessionFields\n    }\n  }\n':
    types.WeekSessionsDocument,
  '\n  fragment ScorecardFields on Scorecard {\n    id\n    sessionId\n    status\n    version\n    submittedAt\n    updatedAt\n    rubricName\n    rubricVersionId\n    interviewer {\n      id\n      name\n    }\n    competencies {\n      ...ScoringCompetencyFields\n    }\n    scale {\n      level\n      label\n    }\n    ratings {\n      competencyId\n      level\n      notAssessed\n      evidence\n    }\n    questionRatings {\n      sessionQuestionId\n      level\n    }\n    recommendation\n    summary\n    amendments {\n      at\n      actorName\n      reason\n      previousRecommendation\n    }\n  }\n':
    types.ScorecardFieldsFragmentDoc,
  '\n  fragment ScoringCompetencyFields on Competency {\n    id\n    name\n    description\n    anchors {\n      level\n      text\n    }\n  }\n':
    types.ScoringCompetencyFieldsFragmentDoc,
  '\n  mutation AmendScorecard($input: AmendScorecardInput!) {\n    amendScorecard(input: $input) {\n      ...ScorecardFields\n    }\n  }\n':
    types.AmendScorecardDocument,
  '\n  mutation SaveScorecard($input: SaveScorecardInput!) {\n    saveScorecard(input: $input) {\n      ...ScorecardFields\n    }\n  }\n':
    types.SaveScorecardDocument,
  '\n  mutation SubmitScorecard($input: SubmitScorecardInput!) {\n    submitScorecard(input: $input) {\n      ...ScorecardFields\n    }\n  }\n':
    types.SubmitScorecardDocument,
  '\n  query ScorecardSession($id: ID!) {\n    session(id: $id) {\n      id\n      status\n      startsAt\n      startedAt\n      completedAt\n      kitName\n      candidate {\n        id\n        name\n      }\n      panel {\n        role\n        user {\n          id\n          name\n        }\n      }\n      questions {\n        id\n        position\n        askedAt\n        skippedAt\n        question {\n          id\n          prompt\n          number\n          followUps {\n            text\n          }\n        }\n      }\n      scoringRubric {\n        id\n        name\n        competencies {\n          ...ScoringCompetencyFields\n        }\n        scale {\n          level\n          label\n        }\n      }\n      myScorecard {\n        ...ScorecardFields\n      }\n      myNotes {\n        ...SessionNoteFields\n      }\n      scorecards {\n        ...ScorecardFields\n      }\n      scorecardsRevealed\n      panelSubmissions {\n        role\n        required\n        submittedAt\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.ScorecardSessionDocument,
  '\n  fragment BookingPageFields on BookingPage {\n    teamName\n    title\n    durationMinutes\n    candidateName\n    timeZone\n    status\n    expiresAt\n    policy\n    slots {\n      start\n      end\n    }\n    booking {\n      startsAt\n      endsAt\n      location\n      canReschedule\n      canCancel\n      changeBlockedReason\n    }\n  }\n':
    types.BookingPageFieldsFragmentDoc,
  '\n  fragment SchedulingRequestFields on SchedulingRequest {\n    id\n    kitName\n    durationMinutes\n    status\n    sendCount\n    sentAt\n    openedAt\n    bookedAt\n    expiresAt\n    windowStart\n    windowEnd\n    sessionId\n    sessionStartsAt\n    createdByName\n    link\n    panel {\n      role\n      user {\n        id\n        name\n      }\n    }\n    pool {\n      id\n      name\n    }\n    poolCount\n  }\n':
    types.SchedulingRequestFieldsFragmentDoc,
  '\n  mutation BookSlot($input: BookSlotInput!) {\n    bookSlot(input: $input) {\n      ...BookingPageFields\n    }\n  }\n':
    types.BookSlotDocument,
  '\n  mutation CancelBooking($input: CancelBookingInput!) {\n    cancelBooking(input: $input) {\n      ...BookingPageFields\n    }\n  }\n':
    types.CancelBookingDocument,
  '\n  mutation CreateSchedulingRequest($input: CreateSchedulingRequestInput!) {\n    createSchedulingRequest(input: $input) {\n      ...SchedulingRequestFields\n    }\n  }\n':
    types.CreateSchedulingRequestDocument,
  '\n  mutation RescheduleBooking($input: BookSlotInput!) {\n    rescheduleBooking(input: $input) {\n      ...BookingPageFields\n    }\n  }\n':
    types.RescheduleBookingDocument,
  '\n  mutation ResendSchedulingRequest($input: SchedulingRequestIdInput!) {\n    resendSchedulingRequest(input: $input) {\n      ...SchedulingRequestFields\n    }\n  }\n':
    types.ResendSchedulingRequestDocument,
  '\n  mutation RevokeSchedulingRequest($input: SchedulingRequestIdInput!) {\n    revokeSchedulingRequest(input: $input) {\n      ...SchedulingRequestFields\n    }\n  }\n':
    types.RevokeSchedulingRequestDocument,
  '\n  query BookingPage($token: String!) {\n    bookingPage(token: $token) {\n      ...BookingPageFields\n    }\n  }\n':
    types.BookingPageDocument,
  '\n  query SchedulingRequests($candidateId: ID!) {\n    schedulingRequests(candidateId: $candidateId) {\n      ...SchedulingRequestFields\n    }\n  }\n':
    types.SchedulingRequestsDocument,
  '\n  fragment InviteFields on Invite {\n    id\n    email\n    role\n    status\n    invitedByName\n    createdAt\n    expiresAt\n  }\n':
    types.InviteFieldsFragmentDoc,
  '\n  fragment MembershipFields on Membership {\n    id\n    role\n    active\n    joinedAt\n    user {\n      id\n      name\n      email\n    }\n  }\n':
    types.MembershipFieldsFragmentDoc,
  '\n  fragment TeamSettingsFields on Team {\n    id\n    name\n    timeZone\n    scorecardReveal\n    scorecardDueHours\n    reminderAfterHours\n    escalateAfterHours\n    minRescheduleNoticeHours\n    maxReschedules\n    minimumBookingNoticeMinutes\n  }\n':
    types.TeamSettingsFieldsFragmentDoc,
  '\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      ...MembershipFields\n    }\n  }\n':
    types.ChangeMemberRoleDocument,
  '\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      ...ViewerFields\n    }\n  }\n':
    types.CreateTeamDocument,
  '\n  mutation DeactivateMember($input: DeactivateMemberInput!) {\n    deactivateMember(input: $input) {\n      ...MembershipFields\n    }\n  }\n':
    types.DeactivateMemberDocument,
  '\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      url\n      invite {\n        ...InviteFields\n      }\n    }\n  }\n':
    types.InviteMemberDocument,
  '\n  mutation RevokeInvite($input: RevokeInviteInput!) {\n    revokeInvite(input: $input) {\n      ...InviteFields\n    }\n  }\n':
    types.RevokeInviteDocument,
  '\n  mutation UpdateTeamSettings($input: UpdateTeamSettingsInput!) {\n    updateTeamSettings(input: $input) {\n      ...TeamSettingsFields\n    }\n  }\n':
    types.UpdateTeamSettingsDocument,
  '\n  query PendingInvites {\n    invites {\n      ...InviteFields\n    }\n  }\n':
    types.PendingInvitesDocument,
  '\n  query TeamMembers {\n    team {\n      id\n      name\n    }\n    members {\n      ...MembershipFields\n    }\n  }\n':
    types.TeamMembersDocument,
  '\n  query TeamSettings {\n    team {\n      ...TeamSettingsFields\n    }\n  }\n':
    types.TeamSettingsDocument,
  '\n  mutation NudgeOutstandingScorecard($input: NudgeInterviewerInput!) {\n    nudgeInterviewer(input: $input)\n  }\n':
    types.NudgeOutstandingScorecardDocument,
  '\n  query FeedbackTimeliness {\n    team {\n      id\n      reminderAfterHours\n      escalateAfterHours\n      scorecardDueHours\n    }\n    feedbackTimeliness {\n      interviewers {\n        interviewer {\n          id\n          name\n        }\n        due\n        overdue\n        oldestOutstandingHours\n        submitted\n        medianHours\n      }\n      outstanding {\n        sessionId\n        candidateName\n        interviewer {\n          id\n          name\n        }\n        endedAt\n        ageHours\n        overdue\n        reminded\n        escalated\n      }\n      teamMedianHours\n    }\n  }\n':
    types.FeedbackTimelinessDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n',
): (typeof documents)['\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      ...ViewerFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      ...ViewerFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PasswordResetPreview($token: String!) {\n    passwordResetPreview(token: $token) {\n      email\n      purpose\n      expiresAt\n    }\n  }\n',
): (typeof documents)['\n  query PasswordResetPreview($token: String!) {\n    passwordResetPreview(token: $token) {\n      email\n      purpose\n      expiresAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n',
): (typeof documents)['\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateEmailPreferences($input: UpdateEmailPreferencesInput!) {\n    updateEmailPreferences(input: $input) {\n      ...ViewerFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateEmailPreferences($input: UpdateEmailPreferencesInput!) {\n    updateEmailPreferences(input: $input) {\n      ...ViewerFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ViewerFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ViewerFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AnalyticsFilterOptions {\n    kits {\n      id\n      name\n    }\n    members {\n      id\n      active\n      user {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AnalyticsFilterOptions {\n    kits {\n      id\n      name\n    }\n    members {\n      id\n      active\n      user {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Calibration($filter: AnalyticsFilterInput!) {\n    calibration(filter: $filter) {\n      minimums {\n        agreementUnits\n        leniencyRatings\n      }\n      interviewers {\n        interviewer {\n          id\n          name\n        }\n        competencyId\n        competencyName\n        ratings\n        meanRating\n        panelMean\n        leniency\n        leniencyLow\n        leniencyHigh\n        hasEnoughData\n      }\n      agreement {\n        competencyId\n        competencyName\n        alpha\n        units\n        pairableRatings\n        hasEnoughData\n      }\n      submissionTimes {\n        interviewer {\n          id\n          name\n        }\n        submitted\n        medianHours\n      }\n      teamMedianHours\n      teamSubmitted\n      questionUsage {\n        questionId\n        prompt\n        timesAsked\n        ratings\n        meanRating\n        decidedRatings\n        agreementWithDecision\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Calibration($filter: AnalyticsFilterInput!) {\n    calibration(filter: $filter) {\n      minimums {\n        agreementUnits\n        leniencyRatings\n      }\n      interviewers {\n        interviewer {\n          id\n          name\n        }\n        competencyId\n        competencyName\n        ratings\n        meanRating\n        panelMean\n        leniency\n        leniencyLow\n        leniencyHigh\n        hasEnoughData\n      }\n      agreement {\n        competencyId\n        competencyName\n        alpha\n        units\n        pairableRatings\n        hasEnoughData\n      }\n      submissionTimes {\n        interviewer {\n          id\n          name\n        }\n        submitted\n        medianHours\n      }\n      teamMedianHours\n      teamSubmitted\n      questionUsage {\n        questionId\n        prompt\n        timesAsked\n        ratings\n        meanRating\n        decidedRatings\n        agreementWithDecision\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AuditEventFields on AuditEvent {\n    id\n    at\n    action\n    actor {\n      id\n      name\n    }\n    recordType\n    recordId\n    recordName\n    details\n  }\n',
): (typeof documents)['\n  fragment AuditEventFields on AuditEvent {\n    id\n    at\n    action\n    actor {\n      id\n      name\n    }\n    recordType\n    recordId\n    recordName\n    details\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuditEvents(\n    $filter: AuditEventFilterInput\n    $first: Int!\n    $after: String\n  ) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      isTotalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AuditEventFields\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AuditEvents(\n    $filter: AuditEventFilterInput\n    $first: Int!\n    $after: String\n  ) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      isTotalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AuditEventFields\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuditFilterOptions {\n    auditFacets {\n      actions\n      recordTypes\n    }\n    members {\n      id\n      active\n      user {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AuditFilterOptions {\n    auditFacets {\n      actions\n      recordTypes\n    }\n    members {\n      id\n      active\n      user {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ViewerFields on Viewer {\n    user {\n      id\n      name\n      email\n      timeZone\n    }\n    currentTeam {\n      id\n      name\n    }\n    role\n    canCreateTeam\n    emailPreferences {\n      sessionUpdates\n      scorecardUpdates\n    }\n    memberships {\n      id\n      role\n      team {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment ViewerFields on Viewer {\n    user {\n      id\n      name\n      email\n      timeZone\n    }\n    currentTeam {\n      id\n      name\n    }\n    role\n    canCreateTeam\n    emailPreferences {\n      sessionUpdates\n      scorecardUpdates\n    }\n    memberships {\n      id\n      role\n      team {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...ViewerFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...ViewerFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignOut {\n    signOut\n  }\n',
): (typeof documents)['\n  mutation SignOut {\n    signOut\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SwitchTeam($input: SwitchTeamInput!) {\n    switchTeam(input: $input) {\n      ...ViewerFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SwitchTeam($input: SwitchTeamInput!) {\n    switchTeam(input: $input) {\n      ...ViewerFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n',
): (typeof documents)['\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AvailabilityFields on Availability {\n    userId\n    timeZone\n    version\n    bufferMinutes\n    dailyCap\n    weeklyCap\n    weeklyWindows {\n      weekday\n      start\n      end\n    }\n    overrides {\n      date\n      windows {\n        start\n        end\n      }\n    }\n    timeOff {\n      kind\n      startDate\n      endDate\n      start\n      end\n      note\n    }\n  }\n',
): (typeof documents)['\n  fragment AvailabilityFields on Availability {\n    userId\n    timeZone\n    version\n    bufferMinutes\n    dailyCap\n    weeklyCap\n    weeklyWindows {\n      weekday\n      start\n      end\n    }\n    overrides {\n      date\n      windows {\n        start\n        end\n      }\n    }\n    timeOff {\n      kind\n      startDate\n      endDate\n      start\n      end\n      note\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeCalendarToken {\n    revokeCalendarToken\n  }\n',
): (typeof documents)['\n  mutation RevokeCalendarToken {\n    revokeCalendarToken\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RotateCalendarToken {\n    rotateCalendarToken\n  }\n',
): (typeof documents)['\n  mutation RotateCalendarToken {\n    rotateCalendarToken\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetAvailability($input: SetAvailabilityInput!) {\n    setAvailability(input: $input) {\n      ...AvailabilityFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SetAvailability($input: SetAvailabilityInput!) {\n    setAvailability(input: $input) {\n      ...AvailabilityFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyAvailability {\n    availability {\n      ...AvailabilityFields\n    }\n  }\n',
): (typeof documents)['\n  query MyAvailability {\n    availability {\n      ...AvailabilityFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CandidateReviewFields on CandidateReview {\n    candidate {\n      id\n      name\n      email\n      targetRole\n    }\n    sessions {\n      id\n      startsAt\n      endsAt\n      status\n      kitName\n      panelSubmissions {\n        user {\n          id\n          name\n        }\n        role\n        required\n        submittedAt\n      }\n      scoringRubric {\n        id\n        scale {\n          level\n          label\n        }\n      }\n    }\n    competencies {\n      id\n      name\n    }\n    ratings {\n      scorecardId\n      sessionId\n      interviewer {\n        id\n        name\n      }\n      competencyId\n      level\n      notAssessed\n      evidence\n    }\n    recommendations {\n      scorecardId\n      sessionId\n      interviewer {\n        id\n        name\n      }\n      recommendation\n      summary\n      submittedAt\n    }\n    recommendationTally {\n      recommendation\n      count\n    }\n    disagreements {\n      competencyId\n      competencyName\n      lowest\n      highest\n      spread\n    }\n    opposingRecommendations\n    pending {\n      sessionId\n      interviewer {\n        id\n        name\n      }\n      endedAt\n      hasDraft\n    }\n    decisions {\n      id\n      decision\n      rationale\n      decidedBy {\n        id\n        name\n      }\n      decidedAt\n    }\n  }\n',
): (typeof documents)['\n  fragment CandidateReviewFields on CandidateReview {\n    candidate {\n      id\n      name\n      email\n      targetRole\n    }\n    sessions {\n      id\n      startsAt\n      endsAt\n      status\n      kitName\n      panelSubmissions {\n        user {\n          id\n          name\n        }\n        role\n        required\n        submittedAt\n      }\n      scoringRubric {\n        id\n        scale {\n          level\n          label\n        }\n      }\n    }\n    competencies {\n      id\n      name\n    }\n    ratings {\n      scorecardId\n      sessionId\n      interviewer {\n        id\n        name\n      }\n      competencyId\n      level\n      notAssessed\n      evidence\n    }\n    recommendations {\n      scorecardId\n      sessionId\n      interviewer {\n        id\n        name\n      }\n      recommendation\n      summary\n      submittedAt\n    }\n    recommendationTally {\n      recommendation\n      count\n    }\n    disagreements {\n      competencyId\n      competencyName\n      lowest\n      highest\n      spread\n    }\n    opposingRecommendations\n    pending {\n      sessionId\n      interviewer {\n        id\n        name\n      }\n      endedAt\n      hasDraft\n    }\n    decisions {\n      id\n      decision\n      rationale\n      decidedBy {\n        id\n        name\n      }\n      decidedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation NudgeInterviewer($input: NudgeInterviewerInput!) {\n    nudgeInterviewer(input: $input)\n  }\n',
): (typeof documents)['\n  mutation NudgeInterviewer($input: NudgeInterviewerInput!) {\n    nudgeInterviewer(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      ...CandidateReviewFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      ...CandidateReviewFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CandidateReview($candidateId: ID!) {\n    candidateReview(candidateId: $candidateId) {\n      ...CandidateReviewFields\n    }\n  }\n',
): (typeof documents)['\n  query CandidateReview($candidateId: ID!) {\n    candidateReview(candidateId: $candidateId) {\n      ...CandidateReviewFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CandidateFields on Candidate {\n    id\n    name\n    email\n    targetRole\n    notes\n    version\n    createdAt\n    updatedAt\n  }\n',
): (typeof documents)['\n  fragment CandidateFields on Candidate {\n    id\n    name\n    email\n    targetRole\n    notes\n    version\n    createdAt\n    updatedAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateCandidate($input: CreateCandidateInput!) {\n    createCandidate(input: $input) {\n      ...CandidateFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateCandidate($input: CreateCandidateInput!) {\n    createCandidate(input: $input) {\n      ...CandidateFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteCandidate($input: DeleteCandidateInput!) {\n    deleteCandidate(input: $input)\n  }\n',
): (typeof documents)['\n  mutation DeleteCandidate($input: DeleteCandidateInput!) {\n    deleteCandidate(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MergeCandidates($input: MergeCandidatesInput!) {\n    mergeCandidates(input: $input) {\n      ...CandidateFields\n    }\n  }\n',
): (typeof documents)['\n  mutation MergeCandidates($input: MergeCandidatesInput!) {\n    mergeCandidates(input: $input) {\n      ...CandidateFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateCandidate($input: UpdateCandidateInput!) {\n    updateCandidate(input: $input) {\n      ...CandidateFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateCandidate($input: UpdateCandidateInput!) {\n    updateCandidate(input: $input) {\n      ...CandidateFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Candidate($id: ID!) {\n    candidate(id: $id) {\n      ...CandidateFields\n    }\n  }\n',
): (typeof documents)['\n  query Candidate($id: ID!) {\n    candidate(id: $id) {\n      ...CandidateFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CandidateDuplicates {\n    candidateDuplicates {\n      ...CandidateFields\n    }\n  }\n',
): (typeof documents)['\n  query CandidateDuplicates {\n    candidateDuplicates {\n      ...CandidateFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CandidateRecord($id: ID!) {\n    candidate(id: $id) {\n      id\n      sessions {\n        id\n        startsAt\n        endsAt\n        status\n        kitName\n        panelSubmissions {\n          required\n          submittedAt\n        }\n      }\n      decisions {\n        id\n        decision\n        rationale\n        decidedAt\n        decidedBy {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CandidateRecord($id: ID!) {\n    candidate(id: $id) {\n      id\n      sessions {\n        id\n        startsAt\n        endsAt\n        status\n        kitName\n        panelSubmissions {\n          required\n          submittedAt\n        }\n      }\n      decisions {\n        id\n        decision\n        rationale\n        decidedAt\n        decidedBy {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Candidates($search: String, $first: Int!, $after: String) {\n    candidates(search: $search, first: $first, after: $after) {\n      totalCount\n      isTotalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...CandidateFields\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Candidates($search: String, $first: Int!, $after: String) {\n    candidates(search: $search, first: $first, after: $after) {\n      totalCount\n      isTotalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...CandidateFields\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment GuideImportResultFields on GuideImportResult {\n    fileName\n    status\n    guideId\n    slug\n    title\n    unchanged\n    created {\n      ...QuestionChangeFields\n    }\n    revised {\n      ...QuestionChangeFields\n    }\n    retired {\n      ...QuestionChangeFields\n    }\n    warnings {\n      line\n      message\n    }\n    error {\n      code\n      line\n      message\n    }\n  }\n',
): (typeof documents)['\n  fragment GuideImportResultFields on GuideImportResult {\n    fileName\n    status\n    guideId\n    slug\n    title\n    unchanged\n    created {\n      ...QuestionChangeFields\n    }\n    revised {\n      ...QuestionChangeFields\n    }\n    retired {\n      ...QuestionChangeFields\n    }\n    warnings {\n      line\n      message\n    }\n    error {\n      code\n      line\n      message\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment QuestionChangeFields on QuestionChange {\n    kind\n    kindName\n    number\n    prompt\n  }\n',
): (typeof documents)['\n  fragment QuestionChangeFields on QuestionChange {\n    kind\n    kindName\n    number\n    prompt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ImportGuides($input: ImportGuidesInput!) {\n    importGuides(input: $input) {\n      dryRun\n      guides {\n        ...GuideImportResultFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ImportGuides($input: ImportGuidesInput!) {\n    importGuides(input: $input) {\n      dryRun\n      guides {\n        ...GuideImportResultFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment GuideFields on Guide {\n    id\n    title\n    slug\n    category\n    vertical\n    tags\n    questionCount\n    importedAt\n    retiredAt\n  }\n',
): (typeof documents)['\n  fragment GuideFields on Guide {\n    id\n    title\n    slug\n    category\n    vertical\n    tags\n    questionCount\n    importedAt\n    retiredAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RoleProfileFields on RoleProfile {\n    sections {\n      title\n      position\n      notes\n      items {\n        label\n        details\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment RoleProfileFields on RoleProfile {\n    sections {\n      title\n      position\n      notes\n      items {\n        label\n        details\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteGuide($input: DeleteGuideInput!) {\n    deleteGuide(input: $input) {\n      guideId\n      deletedQuestionCount\n      keptQuestionCount\n    }\n  }\n',
): (typeof documents)['\n  mutation DeleteGuide($input: DeleteGuideInput!) {\n    deleteGuide(input: $input) {\n      guideId\n      deletedQuestionCount\n      keptQuestionCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RestoreGuide($input: RestoreGuideInput!) {\n    restoreGuide(input: $input) {\n      id\n      retiredAt\n      questionCount\n    }\n  }\n',
): (typeof documents)['\n  mutation RestoreGuide($input: RestoreGuideInput!) {\n    restoreGuide(input: $input) {\n      id\n      retiredAt\n      questionCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RetireGuide($input: RetireGuideInput!) {\n    retireGuide(input: $input) {\n      id\n      retiredAt\n      questionCount\n    }\n  }\n',
): (typeof documents)['\n  mutation RetireGuide($input: RetireGuideInput!) {\n    retireGuide(input: $input) {\n      id\n      retiredAt\n      questionCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query GuideDeletionPreview($guideId: ID!) {\n    guideDeletionPreview(guideId: $guideId) {\n      guideId\n      deletedQuestionCount\n      keptQuestionCount\n      affectedKitCount\n    }\n  }\n',
): (typeof documents)['\n  query GuideDeletionPreview($guideId: ID!) {\n    guideDeletionPreview(guideId: $guideId) {\n      guideId\n      deletedQuestionCount\n      keptQuestionCount\n      affectedKitCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query GuideDetail($id: ID!) {\n    guide(id: $id) {\n      ...GuideFields\n      description\n      author\n      publishedOn\n      modifiedOn\n      sourceFileName\n      contentHash\n      importWarnings {\n        line\n        message\n      }\n      profile {\n        ...RoleProfileFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query GuideDetail($id: ID!) {\n    guide(id: $id) {\n      ...GuideFields\n      description\n      author\n      publishedOn\n      modifiedOn\n      sourceFileName\n      contentHash\n      importWarnings {\n        line\n        message\n      }\n      profile {\n        ...RoleProfileFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query GuideList(\n    $search: String\n    $status: GuideStatusFilter\n    $first: Int!\n    $after: String\n  ) {\n    guides(search: $search, status: $status, first: $first, after: $after) {\n      totalCount\n      isTotalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...GuideFields\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query GuideList(\n    $search: String\n    $status: GuideStatusFilter\n    $first: Int!\n    $after: String\n  ) {\n    guides(search: $search, status: $status, first: $first, after: $after) {\n      totalCount\n      isTotalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...GuideFields\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query GuideOptionLabel($id: ID!) {\n    guide(id: $id) {\n      id\n      title\n    }\n  }\n',
): (typeof documents)['\n  query GuideOptionLabel($id: ID!) {\n    guide(id: $id) {\n      id\n      title\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query GuideOptions($search: String, $first: Int!) {\n    guides(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query GuideOptions($search: String, $first: Int!) {\n    guides(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CandidatesAwaitingDecision {\n    candidatesAwaitingDecision {\n      candidate {\n        id\n        name\n        targetRole\n      }\n      lastCompletedAt\n      submittedScorecards\n      pendingScorecards\n    }\n  }\n',
): (typeof documents)['\n  query CandidatesAwaitingDecision {\n    candidatesAwaitingDecision {\n      candidate {\n        id\n        name\n        targetRole\n      }\n      lastCompletedAt\n      submittedScorecards\n      pendingScorecards\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query GuidesWithWarnings($first: Int!) {\n    guides(withWarnings: true, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          sourceFileName\n          importWarnings {\n            line\n            message\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query GuidesWithWarnings($first: Int!) {\n    guides(withWarnings: true, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          sourceFileName\n          importWarnings {\n            line\n            message\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyInterviews($days: Int!) {\n    myInterviews(days: $days) {\n      id\n      startsAt\n      endsAt\n      timeZone\n      status\n      location\n      kitName\n      candidate {\n        id\n        name\n        targetRole\n      }\n      panel {\n        role\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyInterviews($days: Int!) {\n    myInterviews(days: $days) {\n      id\n      startsAt\n      endsAt\n      timeZone\n      status\n      location\n      kitName\n      candidate {\n        id\n        name\n        targetRole\n      }\n      panel {\n        role\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ScorecardsDue {\n    scorecardsDue {\n      sessionId\n      candidateName\n      kitName\n      endedAt\n      dueAt\n      overdue\n      status\n    }\n  }\n',
): (typeof documents)['\n  query ScorecardsDue {\n    scorecardsDue {\n      sessionId\n      candidateName\n      kitName\n      endedAt\n      dueAt\n      overdue\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TeamToday($from: DateTime!, $to: DateTime!) {\n    sessions(from: $from, to: $to) {\n      id\n      startsAt\n      endsAt\n      status\n      kitName\n      candidate {\n        id\n        name\n      }\n      panel {\n        role\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TeamToday($from: DateTime!, $to: DateTime!) {\n    sessions(from: $from, to: $to) {\n      id\n      startsAt\n      endsAt\n      status\n      kitName\n      candidate {\n        id\n        name\n      }\n      panel {\n        role\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SessionActivityFields on SessionActivity {\n    id\n    kind\n    sessionId\n    sessionQuestionId\n    actorId\n    actorName\n    at\n  }\n',
): (typeof documents)['\n  fragment SessionActivityFields on SessionActivity {\n    id\n    kind\n    sessionId\n    sessionQuestionId\n    actorId\n    actorName\n    at\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SessionNoteFields on SessionNote {\n    id\n    sessionId\n    sessionQuestionId\n    text\n    followUpsAsked\n    customFollowUps\n    version\n    lastEditId\n    updatedAt\n  }\n',
): (typeof documents)['\n  fragment SessionNoteFields on SessionNote {\n    id\n    sessionId\n    sessionQuestionId\n    text\n    followUpsAsked\n    customFollowUps\n    version\n    lastEditId\n    updatedAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SessionQuestionFields on SessionQuestion {\n    id\n    sessionId\n    position\n    plannedMinutes\n    fromKit\n    askedAt\n    askedBy {\n      id\n      name\n    }\n    skippedAt\n    previouslyAskedAt\n    question {\n      id\n      revisionId\n      prompt\n      kind\n      kindKey\n      kindName\n      number\n      guide {\n        id\n        title\n      }\n      answer {\n        summary\n        fields {\n          label\n          text\n          items\n          ordered\n          children {\n            label\n            text\n            items\n            ordered\n            children {\n              label\n              text\n              items\n              ordered\n            }\n          }\n        }\n        parts {\n          title\n          fields {\n            label\n            text\n            items\n            ordered\n            children {\n              label\n              text\n              items\n              ordered\n              children {\n                label\n                text\n                items\n                ordered\n              }\n            }\n          }\n        }\n      }\n      followUps {\n        text\n        response\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment SessionQuestionFields on SessionQuestion {\n    id\n    sessionId\n    position\n    plannedMinutes\n    fromKit\n    askedAt\n    askedBy {\n      id\n      name\n    }\n    skippedAt\n    previouslyAskedAt\n    question {\n      id\n      revisionId\n      prompt\n      kind\n      kindKey\n      kindName\n      number\n      guide {\n        id\n        title\n      }\n      answer {\n        summary\n        fields {\n          label\n          text\n          items\n          ordered\n          children {\n            label\n            text\n            items\n            ordered\n            children {\n              label\n              text\n              items\n              ordered\n            }\n          }\n        }\n        parts {\n          title\n          fields {\n            label\n            text\n            items\n            ordered\n            children {\n              label\n              text\n              items\n              ordered\n              children {\n                label\n                text\n                items\n                ordered\n              }\n            }\n          }\n        }\n      }\n      followUps {\n        text\n        response\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddQuestionToSession($input: AddQuestionToSessionInput!) {\n    addQuestionToSession(input: $input) {\n      ...SessionQuestionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AddQuestionToSession($input: AddQuestionToSessionInput!) {\n    addQuestionToSession(input: $input) {\n      ...SessionQuestionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CompleteSession($input: SessionIdInput!) {\n    completeSession(input: $input) {\n      id\n      status\n      version\n      startedAt\n      completedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation CompleteSession($input: SessionIdInput!) {\n    completeSession(input: $input) {\n      id\n      status\n      version\n      startedAt\n      completedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkQuestionAsked($input: MarkQuestionAskedInput!) {\n    markQuestionAsked(input: $input) {\n      ...SessionQuestionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation MarkQuestionAsked($input: MarkQuestionAskedInput!) {\n    markQuestionAsked(input: $input) {\n      ...SessionQuestionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SaveSessionNote($input: SaveSessionNoteInput!) {\n    saveSessionNote(input: $input) {\n      ...SessionNoteFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SaveSessionNote($input: SaveSessionNoteInput!) {\n    saveSessionNote(input: $input) {\n      ...SessionNoteFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SkipQuestion($input: SkipQuestionInput!) {\n    skipQuestion(input: $input) {\n      ...SessionQuestionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SkipQuestion($input: SkipQuestionInput!) {\n    skipQuestion(input: $input) {\n      ...SessionQuestionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StartSession($input: SessionIdInput!) {\n    startSession(input: $input) {\n      id\n      status\n      version\n      startedAt\n      completedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation StartSession($input: SessionIdInput!) {\n    startSession(input: $input) {\n      id\n      status\n      version\n      startedAt\n      completedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InterviewRoom($id: ID!) {\n    session(id: $id) {\n      id\n      status\n      version\n      startsAt\n      endsAt\n      startedAt\n      completedAt\n      questions {\n        ...SessionQuestionFields\n      }\n      kitId\n      kitName\n      kitInstructions\n      scoringRubric {\n        id\n        name\n        competencies {\n          ...ScoringCompetencyFields\n        }\n        scale {\n          level\n          label\n        }\n      }\n      myScorecard {\n        id\n        rubricName\n        competencies {\n          ...ScoringCompetencyFields\n        }\n        scale {\n          level\n          label\n        }\n      }\n      candidate {\n        id\n        name\n        targetRole\n      }\n      panel {\n        role\n        user {\n          id\n          name\n        }\n      }\n      myNotes {\n        ...SessionNoteFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query InterviewRoom($id: ID!) {\n    session(id: $id) {\n      id\n      status\n      version\n      startsAt\n      endsAt\n      startedAt\n      completedAt\n      questions {\n        ...SessionQuestionFields\n      }\n      kitId\n      kitName\n      kitInstructions\n      scoringRubric {\n        id\n        name\n        competencies {\n          ...ScoringCompetencyFields\n        }\n        scale {\n          level\n          label\n        }\n      }\n      myScorecard {\n        id\n        rubricName\n        competencies {\n          ...ScoringCompetencyFields\n        }\n        scale {\n          level\n          label\n        }\n      }\n      candidate {\n        id\n        name\n        targetRole\n      }\n      panel {\n        role\n        user {\n          id\n          name\n        }\n      }\n      myNotes {\n        ...SessionNoteFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InterviewRoomNotes($id: ID!) {\n    session(id: $id) {\n      id\n      myNotes {\n        ...SessionNoteFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query InterviewRoomNotes($id: ID!) {\n    session(id: $id) {\n      id\n      myNotes {\n        ...SessionNoteFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InterviewRoomPlan($id: ID!) {\n    session(id: $id) {\n      id\n      status\n      version\n      startsAt\n      endsAt\n      startedAt\n      completedAt\n      questions {\n        ...SessionQuestionFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query InterviewRoomPlan($id: ID!) {\n    session(id: $id) {\n      id\n      status\n      version\n      startsAt\n      endsAt\n      startedAt\n      completedAt\n      questions {\n        ...SessionQuestionFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RoomPresence($sessionId: ID!) {\n    sessionPresence(sessionId: $sessionId) {\n      role\n      since\n      user {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RoomPresence($sessionId: ID!) {\n    sessionPresence(sessionId: $sessionId) {\n      role\n      since\n      user {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RoomQuestionSearch($search: String, $first: Int!) {\n    questions(search: $search, first: $first) {\n      totalCount\n      isTotalCountCapped\n      edges {\n        node {\n          ...QuestionFields\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RoomQuestionSearch($search: String, $first: Int!) {\n    questions(search: $search, first: $first) {\n      totalCount\n      isTotalCountCapped\n      edges {\n        node {\n          ...QuestionFields\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SessionActivityHistory($sessionId: ID!, $last: Int!) {\n    sessionActivityHistory(sessionId: $sessionId, last: $last) {\n      ...SessionActivityFields\n    }\n  }\n',
): (typeof documents)['\n  query SessionActivityHistory($sessionId: ID!, $last: Int!) {\n    sessionActivityHistory(sessionId: $sessionId, last: $last) {\n      ...SessionActivityFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription SessionActivity($sessionId: ID!, $inRoom: Boolean!) {\n    sessionActivity(sessionId: $sessionId, inRoom: $inRoom) {\n      ...SessionActivityFields\n    }\n  }\n',
): (typeof documents)['\n  subscription SessionActivity($sessionId: ID!, $inRoom: Boolean!) {\n    sessionActivity(sessionId: $sessionId, inRoom: $inRoom) {\n      ...SessionActivityFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcceptInvite($input: AcceptInviteInput!) {\n    acceptInvite(input: $input) {\n      ...ViewerFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AcceptInvite($input: AcceptInviteInput!) {\n    acceptInvite(input: $input) {\n      ...ViewerFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InvitePreview($token: String!) {\n    invitePreview(token: $token) {\n      teamName\n      email\n      role\n      hasAccount\n    }\n  }\n',
): (typeof documents)['\n  query InvitePreview($token: String!) {\n    invitePreview(token: $token) {\n      teamName\n      email\n      role\n      hasAccount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment KitFields on InterviewKit {\n    id\n    name\n    targetRole\n    rubricId\n    instructions\n    totalMinutes\n    version\n    updatedAt\n    rubric {\n      id\n      name\n    }\n    items {\n      id\n      position\n      plannedMinutes\n      question {\n        ...KitQuestionFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment KitFields on InterviewKit {\n    id\n    name\n    targetRole\n    rubricId\n    instructions\n    totalMinutes\n    version\n    updatedAt\n    rubric {\n      id\n      name\n    }\n    items {\n      id\n      position\n      plannedMinutes\n      question {\n        ...KitQuestionFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment KitQuestionFields on Question {\n    id\n    number\n    prompt\n    kind\n    kindKey\n    kindName\n    retired\n    guide {\n      id\n      title\n    }\n  }\n',
): (typeof documents)['\n  fragment KitQuestionFields on Question {\n    id\n    number\n    prompt\n    kind\n    kindKey\n    kindName\n    retired\n    guide {\n      id\n      title\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment KitSummaryFields on InterviewKit {\n    id\n    name\n    targetRole\n    totalMinutes\n    version\n    updatedAt\n    rubric {\n      id\n      name\n    }\n    items {\n      id\n    }\n  }\n',
): (typeof documents)['\n  fragment KitSummaryFields on InterviewKit {\n    id\n    name\n    targetRole\n    totalMinutes\n    version\n    updatedAt\n    rubric {\n      id\n      name\n    }\n    items {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddQuestionToKit($input: AddQuestionToKitInput!) {\n    addQuestionToKit(input: $input) {\n      ...KitFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AddQuestionToKit($input: AddQuestionToKitInput!) {\n    addQuestionToKit(input: $input) {\n      ...KitFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateKit($input: CreateKitInput!) {\n    createKit(input: $input) {\n      ...KitFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateKit($input: CreateKitInput!) {\n    createKit(input: $input) {\n      ...KitFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateKit($input: UpdateKitInput!) {\n    updateKit(input: $input) {\n      ...KitFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateKit($input: UpdateKitInput!) {\n    updateKit(input: $input) {\n      ...KitFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Kit($id: ID!) {\n    kit(id: $id) {\n      ...KitFields\n    }\n  }\n',
): (typeof documents)['\n  query Kit($id: ID!) {\n    kit(id: $id) {\n      ...KitFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query KitChoices {\n    kits {\n      id\n      name\n      targetRole\n      items {\n        id\n        question {\n          id\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query KitChoices {\n    kits {\n      id\n      name\n      targetRole\n      items {\n        id\n        question {\n          id\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query KitQuestionPicker($search: String, $guideId: ID, $first: Int!) {\n    questions(search: $search, guideId: $guideId, first: $first) {\n      totalCount\n      isTotalCountCapped\n      edges {\n        node {\n          ...KitQuestionFields\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query KitQuestionPicker($search: String, $guideId: ID, $first: Int!) {\n    questions(search: $search, guideId: $guideId, first: $first) {\n      totalCount\n      isTotalCountCapped\n      edges {\n        node {\n          ...KitQuestionFields\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query KitRubricOptions {\n    rubrics {\n      id\n      name\n      defaultForKind\n      defaultForKindName\n    }\n  }\n',
): (typeof documents)['\n  query KitRubricOptions {\n    rubrics {\n      id\n      name\n      defaultForKind\n      defaultForKindName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Kits {\n    kits {\n      ...KitSummaryFields\n    }\n  }\n',
): (typeof documents)['\n  query Kits {\n    kits {\n      ...KitSummaryFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment OutgoingMessageFields on OutgoingMessage {\n    id\n    kind\n    recipientEmail\n    subject\n    status\n    attempts\n    lastError\n    lastStage\n    createdAt\n    sentAt\n  }\n',
): (typeof documents)['\n  fragment OutgoingMessageFields on OutgoingMessage {\n    id\n    kind\n    recipientEmail\n    subject\n    status\n    attempts\n    lastError\n    lastStage\n    createdAt\n    sentAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RetryOutgoingMessage($input: RetryOutgoingMessageInput!) {\n    retryOutgoingMessage(input: $input) {\n      ...OutgoingMessageFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RetryOutgoingMessage($input: RetryOutgoingMessageInput!) {\n    retryOutgoingMessage(input: $input) {\n      ...OutgoingMessageFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SendTestEmail {\n    sendTestEmail {\n      ...OutgoingMessageFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SendTestEmail {\n    sendTestEmail {\n      ...OutgoingMessageFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MailStatus {\n    mailStatus {\n      isSmtpConfigured\n      transport\n      from\n      queued\n      failed\n      held\n    }\n  }\n',
): (typeof documents)['\n  query MailStatus {\n    mailStatus {\n      isSmtpConfigured\n      transport\n      from\n      queued\n      failed\n      held\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OutgoingMessages(\n    $first: Int!\n    $after: String\n    $status: OutgoingMessageStatus\n  ) {\n    outgoingMessages(first: $first, after: $after, status: $status) {\n      totalCount\n      isTotalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...OutgoingMessageFields\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OutgoingMessages(\n    $first: Int!\n    $after: String\n    $status: OutgoingMessageStatus\n  ) {\n    outgoingMessages(first: $first, after: $after, status: $status) {\n      totalCount\n      isTotalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...OutgoingMessageFields\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment NotificationFields on Notification {\n    id\n    kind\n    message\n    link\n    readAt\n    createdAt\n  }\n',
): (typeof documents)['\n  fragment NotificationFields on Notification {\n    id\n    kind\n    message\n    link\n    readAt\n    createdAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkNotificationRead($input: MarkNotificationReadInput!) {\n    markNotificationRead(input: $input) {\n      items {\n        ...NotificationFields\n      }\n      unreadCount\n    }\n  }\n',
): (typeof documents)['\n  mutation MarkNotificationRead($input: MarkNotificationReadInput!) {\n    markNotificationRead(input: $input) {\n      items {\n        ...NotificationFields\n      }\n      unreadCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Notifications {\n    notifications {\n      items {\n        ...NotificationFields\n      }\n      unreadCount\n    }\n  }\n',
): (typeof documents)['\n  query Notifications {\n    notifications {\n      items {\n        ...NotificationFields\n      }\n      unreadCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CompleteSetup($input: CompleteSetupInput!) {\n    completeSetup(input: $input) {\n      ...ViewerFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CompleteSetup($input: CompleteSetupInput!) {\n    completeSetup(input: $input) {\n      ...ViewerFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SetupStatus {\n    setupStatus {\n      needsSetup\n    }\n  }\n',
): (typeof documents)['\n  query SetupStatus {\n    setupStatus {\n      needsSetup\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AnswerFieldFields on AnswerField {\n    label\n    text\n    items\n    ordered\n    children {\n      label\n      text\n      items\n      ordered\n      children {\n        label\n        text\n        items\n        ordered\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment AnswerFieldFields on AnswerField {\n    label\n    text\n    items\n    ordered\n    children {\n      label\n      text\n      items\n      ordered\n      children {\n        label\n        text\n        items\n        ordered\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment FacetCountFields on FacetCount {\n    value\n    label\n    count\n  }\n',
): (typeof documents)['\n  fragment FacetCountFields on FacetCount {\n    value\n    label\n    count\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ModelAnswerFields on ModelAnswer {\n    summary\n    fields {\n      ...AnswerFieldFields\n    }\n    parts {\n      title\n      fields {\n        ...AnswerFieldFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment ModelAnswerFields on ModelAnswer {\n    summary\n    fields {\n      ...AnswerFieldFields\n    }\n    parts {\n      title\n      fields {\n        ...AnswerFieldFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment QuestionEditableFields on Question {\n    ...QuestionFields\n    context\n    revision\n    revisionId\n    revisionOrigin\n    sourceLines {\n      start\n      end\n    }\n    guide {\n      id\n      title\n      sourceFileName\n      deletedAt\n    }\n    answer {\n      ...ModelAnswerFields\n    }\n    followUps {\n      text\n      response\n    }\n    revisions {\n      id\n      revision\n      origin\n      createdAt\n      authorName\n      prompt\n    }\n  }\n',
): (typeof documents)['\n  fragment QuestionEditableFields on Question {\n    ...QuestionFields\n    context\n    revision\n    revisionId\n    revisionOrigin\n    sourceLines {\n      start\n      end\n    }\n    guide {\n      id\n      title\n      sourceFileName\n      deletedAt\n    }\n    answer {\n      ...ModelAnswerFields\n    }\n    followUps {\n      text\n      response\n    }\n    revisions {\n      id\n      revision\n      origin\n      createdAt\n      authorName\n      prompt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment QuestionFields on Question {\n    id\n    prompt\n    kind\n    kindKey\n    kindName\n    number\n    retired\n    guide {\n      id\n      title\n    }\n  }\n',
): (typeof documents)['\n  fragment QuestionFields on Question {\n    id\n    prompt\n    kind\n    kindKey\n    kindName\n    number\n    retired\n    guide {\n      id\n      title\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateQuestion($input: CreateQuestionInput!) {\n    createQuestion(input: $input) {\n      ...QuestionEditableFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateQuestion($input: CreateQuestionInput!) {\n    createQuestion(input: $input) {\n      ...QuestionEditableFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateQuestion($input: UpdateQuestionInput!) {\n    updateQuestion(input: $input) {\n      ...QuestionEditableFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateQuestion($input: UpdateQuestionInput!) {\n    updateQuestion(input: $input) {\n      ...QuestionEditableFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query QuestionBankFacets {\n    questionFacets {\n      kinds {\n        ...FacetCountFields\n      }\n      tags {\n        ...FacetCountFields\n      }\n      verticals {\n        ...FacetCountFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query QuestionBankFacets {\n    questionFacets {\n      kinds {\n        ...FacetCountFields\n      }\n      tags {\n        ...FacetCountFields\n      }\n      verticals {\n        ...FacetCountFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query QuestionBankSearch(\n    $search: String\n    $kindKey: String\n    $guideId: ID\n    $tag: String\n    $vertical: String\n    $first: Int!\n    $after: String\n    $includeRetired: Boolean! = false\n  ) {\n    questions(\n      search: $search\n      kindKey: $kindKey\n      guideId: $guideId\n      tag: $tag\n      vertical: $vertical\n      first: $first\n      after: $after\n      includeRetired: $includeRetired\n    ) {\n      totalCount\n      isTotalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...QuestionFields\n          highlight {\n            text\n            isMatch\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query QuestionBankSearch(\n    $search: String\n    $kindKey: String\n    $guideId: ID\n    $tag: String\n    $vertical: String\n    $first: Int!\n    $after: String\n    $includeRetired: Boolean! = false\n  ) {\n    questions(\n      search: $search\n      kindKey: $kindKey\n      guideId: $guideId\n      tag: $tag\n      vertical: $vertical\n      first: $first\n      after: $after\n      includeRetired: $includeRetired\n    ) {\n      totalCount\n      isTotalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...QuestionFields\n          highlight {\n            text\n            isMatch\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query QuestionDetail($id: ID!) {\n    question(id: $id) {\n      ...QuestionEditableFields\n    }\n  }\n',
): (typeof documents)['\n  query QuestionDetail($id: ID!) {\n    question(id: $id) {\n      ...QuestionEditableFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RubricFields on Rubric {\n    id\n    name\n    description\n    defaultForKind\n    defaultForKindName\n    version\n    versionId\n    updatedAt\n    scale {\n      level\n      label\n    }\n    competencies {\n      id\n      name\n      description\n      anchors {\n        level\n        text\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment RubricFields on Rubric {\n    id\n    name\n    description\n    defaultForKind\n    defaultForKindName\n    version\n    versionId\n    updatedAt\n    scale {\n      level\n      label\n    }\n    competencies {\n      id\n      name\n      description\n      anchors {\n        level\n        text\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateRubric($input: CreateRubricInput!) {\n    createRubric(input: $input) {\n      ...RubricFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateRubric($input: CreateRubricInput!) {\n    createRubric(input: $input) {\n      ...RubricFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateRubric($input: UpdateRubricInput!) {\n    updateRubric(input: $input) {\n      ...RubricFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateRubric($input: UpdateRubricInput!) {\n    updateRubric(input: $input) {\n      ...RubricFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Rubric($id: ID!) {\n    rubric(id: $id) {\n      ...RubricFields\n    }\n  }\n',
): (typeof documents)['\n  query Rubric($id: ID!) {\n    rubric(id: $id) {\n      ...RubricFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RubricKindOptions {\n    questionFacets {\n      kinds {\n        value\n        label\n        count\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RubricKindOptions {\n    questionFacets {\n      kinds {\n        value\n        label\n        count\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Rubrics {\n    rubrics {\n      ...RubricFields\n    }\n  }\n',
): (typeof documents)['\n  query Rubrics {\n    rubrics {\n      ...RubricFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment BookingViolationFields on BookingViolation {\n    userId\n    name\n    rule\n    detail\n  }\n',
): (typeof documents)['\n  fragment BookingViolationFields on BookingViolation {\n    userId\n    name\n    rule\n    detail\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment InterviewSessionFields on InterviewSession {\n    id\n    startsAt\n    endsAt\n    timeZone\n    location\n    status\n    version\n    sequence\n    rescheduleCount\n    kitId\n    kitName\n    candidate {\n      id\n      name\n      email\n      targetRole\n    }\n    panel {\n      role\n      user {\n        id\n        name\n        email\n        timeZone\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment InterviewSessionFields on InterviewSession {\n    id\n    startsAt\n    endsAt\n    timeZone\n    location\n    status\n    version\n    sequence\n    rescheduleCount\n    kitId\n    kitName\n    candidate {\n      id\n      name\n      email\n      targetRole\n    }\n    panel {\n      role\n      user {\n        id\n        name\n        email\n        timeZone\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SessionEventFields on SessionEvent {\n    kind\n    reason\n    at\n    actorName\n    previousStartsAt\n    newStartsAt\n    overrodePolicy\n    overrodeAvailability\n    availabilityOverrideReason\n    availabilityViolations {\n      ...BookingViolationFields\n    }\n    party\n  }\n',
): (typeof documents)['\n  fragment SessionEventFields on SessionEvent {\n    kind\n    reason\n    at\n    actorName\n    previousStartsAt\n    newStartsAt\n    overrodePolicy\n    overrodeAvailability\n    availabilityOverrideReason\n    availabilityViolations {\n      ...BookingViolationFields\n    }\n    party\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CancelSession($input: CancelSessionInput!) {\n    cancelSession(input: $input) {\n      ...InterviewSessionFields\n      history {\n        ...SessionEventFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CancelSession($input: CancelSessionInput!) {\n    cancelSession(input: $input) {\n      ...InterviewSessionFields\n      history {\n        ...SessionEventFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkNoShow($input: MarkNoShowInput!) {\n    markNoShow(input: $input) {\n      ...InterviewSessionFields\n      history {\n        ...SessionEventFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation MarkNoShow($input: MarkNoShowInput!) {\n    markNoShow(input: $input) {\n      ...InterviewSessionFields\n      history {\n        ...SessionEventFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RescheduleSession($input: RescheduleSessionInput!) {\n    rescheduleSession(input: $input) {\n      ...InterviewSessionFields\n      history {\n        ...SessionEventFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RescheduleSession($input: RescheduleSessionInput!) {\n    rescheduleSession(input: $input) {\n      ...InterviewSessionFields\n      history {\n        ...SessionEventFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ScheduleSession($input: ScheduleSessionInput!) {\n    scheduleSession(input: $input) {\n      ...InterviewSessionFields\n      history {\n        ...SessionEventFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ScheduleSession($input: ScheduleSessionInput!) {\n    scheduleSession(input: $input) {\n      ...InterviewSessionFields\n      history {\n        ...SessionEventFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetScorecardRevealDeadline($input: SetRevealDeadlineInput!) {\n    setScorecardRevealDeadline(input: $input) {\n      id\n      revealAt\n    }\n  }\n',
): (typeof documents)['\n  mutation SetScorecardRevealDeadline($input: SetRevealDeadlineInput!) {\n    setScorecardRevealDeadline(input: $input) {\n      id\n      revealAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BookingConflicts($input: BookingConflictsInput!) {\n    bookingConflicts(input: $input) {\n      ...BookingViolationFields\n    }\n  }\n',
): (typeof documents)['\n  query BookingConflicts($input: BookingConflictsInput!) {\n    bookingConflicts(input: $input) {\n      ...BookingViolationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FindSlots($input: FindSlotsInput!) {\n    findSlots(input: $input) {\n      start\n      end\n      score\n      interviewers {\n        id\n        name\n        timeZone\n      }\n    }\n  }\n',
): (typeof documents)['\n  query FindSlots($input: FindSlotsInput!) {\n    findSlots(input: $input) {\n      start\n      end\n      score\n      interviewers {\n        id\n        name\n        timeZone\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SchedulingCandidates($search: String) {\n    candidates(search: $search, first: 20) {\n      edges {\n        node {\n          id\n          name\n          email\n          targetRole\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SchedulingCandidates($search: String) {\n    candidates(search: $search, first: 20) {\n      edges {\n        node {\n          id\n          name\n          email\n          targetRole\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SchedulingKits {\n    kits {\n      id\n      name\n      targetRole\n      totalMinutes\n    }\n  }\n',
): (typeof documents)['\n  query SchedulingKits {\n    kits {\n      id\n      name\n      targetRole\n      totalMinutes\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SchedulingMembers {\n    members {\n      id\n      active\n      role\n      user {\n        id\n        name\n        email\n        timeZone\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SchedulingMembers {\n    members {\n      id\n      active\n      role\n      user {\n        id\n        name\n        email\n        timeZone\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SessionDetail($id: ID!) {\n    session(id: $id) {\n      ...InterviewSessionFields\n      history {\n        ...SessionEventFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SessionDetail($id: ID!) {\n    session(id: $id) {\n      ...InterviewSessionFields\n      history {\n        ...SessionEventFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SessionScoringStatus($id: ID!) {\n    session(id: $id) {\n      id\n      revealAt\n      panelSubmissions {\n        role\n        required\n        submittedAt\n        user {\n          id\n          name\n        }\n      }\n    }\n    team {\n      id\n      scorecardReveal\n    }\n  }\n',
): (typeof documents)['\n  query SessionScoringStatus($id: ID!) {\n    session(id: $id) {\n      id\n      revealAt\n      panelSubmissions {\n        role\n        required\n        submittedAt\n        user {\n          id\n          name\n        }\n      }\n    }\n    team {\n      id\n      scorecardReveal\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WeekSessions($from: DateTime!, $to: DateTime!, $interviewerId: ID) {\n    sessions(from: $from, to: $to, interviewerId: $interviewerId) {\n      ...InterviewSessionFields\n    }\n  }\n',
): (typeof documents)['\n  query WeekSessions($from: DateTime!, $to: DateTime!, $interviewerId: ID) {\n    sessions(from: $from, to: $to, interviewerId: $interviewerId) {\n      ...InterviewSessionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ScorecardFields on Scorecard {\n    id\n    sessionId\n    status\n    version\n    submittedAt\n    updatedAt\n    rubricName\n    rubricVersionId\n    interviewer {\n      id\n      name\n    }\n    competencies {\n      ...ScoringCompetencyFields\n    }\n    scale {\n      level\n      label\n    }\n    ratings {\n      competencyId\n      level\n      notAssessed\n      evidence\n    }\n    questionRatings {\n      sessionQuestionId\n      level\n    }\n    recommendation\n    summary\n    amendments {\n      at\n      actorName\n      reason\n      previousRecommendation\n    }\n  }\n',
): (typeof documents)['\n  fragment ScorecardFields on Scorecard {\n    id\n    sessionId\n    status\n    version\n    submittedAt\n    updatedAt\n    rubricName\n    rubricVersionId\n    interviewer {\n      id\n      name\n    }\n    competencies {\n      ...ScoringCompetencyFields\n    }\n    scale {\n      level\n      label\n    }\n    ratings {\n      competencyId\n      level\n      notAssessed\n      evidence\n    }\n    questionRatings {\n      sessionQuestionId\n      level\n    }\n    recommendation\n    summary\n    amendments {\n      at\n      actorName\n      reason\n      previousRecommendation\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ScoringCompetencyFields on Competency {\n    id\n    name\n    description\n    anchors {\n      level\n      text\n    }\n  }\n',
): (typeof documents)['\n  fragment ScoringCompetencyFields on Competency {\n    id\n    name\n    description\n    anchors {\n      level\n      text\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AmendScorecard($input: AmendScorecardInput!) {\n    amendScorecard(input: $input) {\n      ...ScorecardFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AmendScorecard($input: AmendScorecardInput!) {\n    amendScorecard(input: $input) {\n      ...ScorecardFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SaveScorecard($input: SaveScorecardInput!) {\n    saveScorecard(input: $input) {\n      ...ScorecardFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SaveScorecard($input: SaveScorecardInput!) {\n    saveScorecard(input: $input) {\n      ...ScorecardFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitScorecard($input: SubmitScorecardInput!) {\n    submitScorecard(input: $input) {\n      ...ScorecardFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SubmitScorecard($input: SubmitScorecardInput!) {\n    submitScorecard(input: $input) {\n      ...ScorecardFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ScorecardSession($id: ID!) {\n    session(id: $id) {\n      id\n      status\n      startsAt\n      startedAt\n      completedAt\n      kitName\n      candidate {\n        id\n        name\n      }\n      panel {\n        role\n        user {\n          id\n          name\n        }\n      }\n      questions {\n        id\n        position\n        askedAt\n        skippedAt\n        question {\n          id\n          prompt\n          number\n          followUps {\n            text\n          }\n        }\n      }\n      scoringRubric {\n        id\n        name\n        competencies {\n          ...ScoringCompetencyFields\n        }\n        scale {\n          level\n          label\n        }\n      }\n      myScorecard {\n        ...ScorecardFields\n      }\n      myNotes {\n        ...SessionNoteFields\n      }\n      scorecards {\n        ...ScorecardFields\n      }\n      scorecardsRevealed\n      panelSubmissions {\n        role\n        required\n        submittedAt\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ScorecardSession($id: ID!) {\n    session(id: $id) {\n      id\n      status\n      startsAt\n      startedAt\n      completedAt\n      kitName\n      candidate {\n        id\n        name\n      }\n      panel {\n        role\n        user {\n          id\n          name\n        }\n      }\n      questions {\n        id\n        position\n        askedAt\n        skippedAt\n        question {\n          id\n          prompt\n          number\n          followUps {\n            text\n          }\n        }\n      }\n      scoringRubric {\n        id\n        name\n        competencies {\n          ...ScoringCompetencyFields\n        }\n        scale {\n          level\n          label\n        }\n      }\n      myScorecard {\n        ...ScorecardFields\n      }\n      myNotes {\n        ...SessionNoteFields\n      }\n      scorecards {\n        ...ScorecardFields\n      }\n      scorecardsRevealed\n      panelSubmissions {\n        role\n        required\n        submittedAt\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment BookingPageFields on BookingPage {\n    teamName\n    title\n    durationMinutes\n    candidateName\n    timeZone\n    status\n    expiresAt\n    policy\n    slots {\n      start\n      end\n    }\n    booking {\n      startsAt\n      endsAt\n      location\n      canReschedule\n      canCancel\n      changeBlockedReason\n    }\n  }\n',
): (typeof documents)['\n  fragment BookingPageFields on BookingPage {\n    teamName\n    title\n    durationMinutes\n    candidateName\n    timeZone\n    status\n    expiresAt\n    policy\n    slots {\n      start\n      end\n    }\n    booking {\n      startsAt\n      endsAt\n      location\n      canReschedule\n      canCancel\n      changeBlockedReason\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SchedulingRequestFields on SchedulingRequest {\n    id\n    kitName\n    durationMinutes\n    status\n    sendCount\n    sentAt\n    openedAt\n    bookedAt\n    expiresAt\n    windowStart\n    windowEnd\n    sessionId\n    sessionStartsAt\n    createdByName\n    link\n    panel {\n      role\n      user {\n        id\n        name\n      }\n    }\n    pool {\n      id\n      name\n    }\n    poolCount\n  }\n',
): (typeof documents)['\n  fragment SchedulingRequestFields on SchedulingRequest {\n    id\n    kitName\n    durationMinutes\n    status\n    sendCount\n    sentAt\n    openedAt\n    bookedAt\n    expiresAt\n    windowStart\n    windowEnd\n    sessionId\n    sessionStartsAt\n    createdByName\n    link\n    panel {\n      role\n      user {\n        id\n        name\n      }\n    }\n    pool {\n      id\n      name\n    }\n    poolCount\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BookSlot($input: BookSlotInput!) {\n    bookSlot(input: $input) {\n      ...BookingPageFields\n    }\n  }\n',
): (typeof documents)['\n  mutation BookSlot($input: BookSlotInput!) {\n    bookSlot(input: $input) {\n      ...BookingPageFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CancelBooking($input: CancelBookingInput!) {\n    cancelBooking(input: $input) {\n      ...BookingPageFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CancelBooking($input: CancelBookingInput!) {\n    cancelBooking(input: $input) {\n      ...BookingPageFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateSchedulingRequest($input: CreateSchedulingRequestInput!) {\n    createSchedulingRequest(input: $input) {\n      ...SchedulingRequestFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateSchedulingRequest($input: CreateSchedulingRequestInput!) {\n    createSchedulingRequest(input: $input) {\n      ...SchedulingRequestFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RescheduleBooking($input: BookSlotInput!) {\n    rescheduleBooking(input: $input) {\n      ...BookingPageFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RescheduleBooking($input: BookSlotInput!) {\n    rescheduleBooking(input: $input) {\n      ...BookingPageFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResendSchedulingRequest($input: SchedulingRequestIdInput!) {\n    resendSchedulingRequest(input: $input) {\n      ...SchedulingRequestFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ResendSchedulingRequest($input: SchedulingRequestIdInput!) {\n    resendSchedulingRequest(input: $input) {\n      ...SchedulingRequestFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeSchedulingRequest($input: SchedulingRequestIdInput!) {\n    revokeSchedulingRequest(input: $input) {\n      ...SchedulingRequestFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RevokeSchedulingRequest($input: SchedulingRequestIdInput!) {\n    revokeSchedulingRequest(input: $input) {\n      ...SchedulingRequestFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BookingPage($token: String!) {\n    bookingPage(token: $token) {\n      ...BookingPageFields\n    }\n  }\n',
): (typeof documents)['\n  query BookingPage($token: String!) {\n    bookingPage(token: $token) {\n      ...BookingPageFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SchedulingRequests($candidateId: ID!) {\n    schedulingRequests(candidateId: $candidateId) {\n      ...SchedulingRequestFields\n    }\n  }\n',
): (typeof documents)['\n  query SchedulingRequests($candidateId: ID!) {\n    schedulingRequests(candidateId: $candidateId) {\n      ...SchedulingRequestFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment InviteFields on Invite {\n    id\n    email\n    role\n    status\n    invitedByName\n    createdAt\n    expiresAt\n  }\n',
): (typeof documents)['\n  fragment InviteFields on Invite {\n    id\n    email\n    role\n    status\n    invitedByName\n    createdAt\n    expiresAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MembershipFields on Membership {\n    id\n    role\n    active\n    joinedAt\n    user {\n      id\n      name\n      email\n    }\n  }\n',
): (typeof documents)['\n  fragment MembershipFields on Membership {\n    id\n    role\n    active\n    joinedAt\n    user {\n      id\n      name\n      email\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TeamSettingsFields on Team {\n    id\n    name\n    timeZone\n    scorecardReveal\n    scorecardDueHours\n    reminderAfterHours\n    escalateAfterHours\n    minRescheduleNoticeHours\n    maxReschedules\n    minimumBookingNoticeMinutes\n  }\n',
): (typeof documents)['\n  fragment TeamSettingsFields on Team {\n    id\n    name\n    timeZone\n    scorecardReveal\n    scorecardDueHours\n    reminderAfterHours\n    escalateAfterHours\n    minRescheduleNoticeHours\n    maxReschedules\n    minimumBookingNoticeMinutes\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      ...MembershipFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      ...MembershipFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      ...ViewerFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      ...ViewerFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeactivateMember($input: DeactivateMemberInput!) {\n    deactivateMember(input: $input) {\n      ...MembershipFields\n    }\n  }\n',
): (typeof documents)['\n  mutation DeactivateMember($input: DeactivateMemberInput!) {\n    deactivateMember(input: $input) {\n      ...MembershipFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      url\n      invite {\n        ...InviteFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      url\n      invite {\n        ...InviteFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeInvite($input: RevokeInviteInput!) {\n    revokeInvite(input: $input) {\n      ...InviteFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RevokeInvite($input: RevokeInviteInput!) {\n    revokeInvite(input: $input) {\n      ...InviteFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateTeamSettings($input: UpdateTeamSettingsInput!) {\n    updateTeamSettings(input: $input) {\n      ...TeamSettingsFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateTeamSettings($input: UpdateTeamSettingsInput!) {\n    updateTeamSettings(input: $input) {\n      ...TeamSettingsFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PendingInvites {\n    invites {\n      ...InviteFields\n    }\n  }\n',
): (typeof documents)['\n  query PendingInvites {\n    invites {\n      ...InviteFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TeamMembers {\n    team {\n      id\n      name\n    }\n    members {\n      ...MembershipFields\n    }\n  }\n',
): (typeof documents)['\n  query TeamMembers {\n    team {\n      id\n      name\n    }\n    members {\n      ...MembershipFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TeamSettings {\n    team {\n      ...TeamSettingsFields\n    }\n  }\n',
): (typeof documents)['\n  query TeamSettings {\n    team {\n      ...TeamSettingsFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation NudgeOutstandingScorecard($input: NudgeInterviewerInput!) {\n    nudgeInterviewer(input: $input)\n  }\n',
): (typeof documents)['\n  mutation NudgeOutstandingScorecard($input: NudgeInterviewerInput!) {\n    nudgeInterviewer(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FeedbackTimeliness {\n    team {\n      id\n      reminderAfterHours\n      escalateAfterHours\n      scorecardDueHours\n    }\n    feedbackTimeliness {\n      interviewers {\n        interviewer {\n          id\n          name\n        }\n        due\n        overdue\n        oldestOutstandingHours\n        submitted\n        medianHours\n      }\n      outstanding {\n        sessionId\n        candidateName\n        interviewer {\n          id\n          name\n        }\n        endedAt\n        ageHours\n        overdue\n        reminded\n        escalated\n      }\n      teamMedianHours\n    }\n  }\n',
): (typeof documents)['\n  query FeedbackTimeliness {\n    team {\n      id\n      reminderAfterHours\n      escalateAfterHours\n      scorecardDueHours\n    }\n    feedbackTimeliness {\n      interviewers {\n        interviewer {\n          id\n          name\n        }\n        due\n        overdue\n        oldestOutstandingHours\n        submitted\n        medianHours\n      }\n      outstanding {\n        sessionId\n        candidateName\n        interviewer {\n          id\n          name\n        }\n        endedAt\n        ageHours\n        overdue\n        reminded\n        escalated\n      }\n      teamMedianHours\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
