namespace Hotline.Server.StaffConsole;

/// <summary>The console's words in English and Khmer. The language is chosen with ?lang=km|en and kept in a cookie.
/// The Khmer labels are a first version, to be checked by the NGOs' staff.</summary>
public sealed class Labels
{
    public const string Cookie = "__Host-hotline-lang";

    public required string Lang { get; init; }
    public required string Queue { get; init; }
    public required string OpenCases { get; init; }
    public required string All { get; init; }
    public required string Mine { get; init; }
    public required string Unassigned { get; init; }
    public required string Code { get; init; }
    public required string Kind { get; init; }
    public required string Urgent { get; init; }
    public required string Help { get; init; }
    public required string Need { get; init; }
    public required string Province { get; init; }
    public required string Age { get; init; }
    public required string AssignedTo { get; init; }
    public required string Nobody { get; init; }
    public required string NoCases { get; init; }
    public required string SignIn { get; init; }
    public required string Email { get; init; }
    public required string Password { get; init; }
    public required string TotpCode { get; init; }
    public required string Continue { get; init; }
    public required string SignInFailed { get; init; }
    public required string SignOut { get; init; }
    public required string Transcript { get; init; }
    public required string Received { get; init; }
    public required string Sent { get; init; }
    public required string Number { get; init; }
    public required string Status { get; init; }
    public required string Opened { get; init; }
    public required string FirstPage { get; init; }
    public required string Acknowledged { get; init; }
    public required string FirstReply { get; init; }
    public required string Take { get; init; }
    public required string Reply { get; init; }
    public required string Send { get; init; }
    public required string Close { get; init; }
    public required string Outcome { get; init; }
    public required string Segments { get; init; }
    public required string TakeFirst { get; init; }
    public required string Closed { get; init; }
    public required string NoResponder { get; init; }
    public required string CountSegments { get; init; }
    public required string NotSafeToContact { get; init; }

    // Case work: filters, tasks, notes, number reveal, referral (the Khmer ones await native review).
    public required string Team { get; init; }
    public required string AnyTeam { get; init; }
    public required string AnyNeed { get; init; }
    public required string AnyProvince { get; init; }
    public required string Filter { get; init; }
    public required string Tasks { get; init; }
    public required string NoTasks { get; init; }
    public required string Client { get; init; }
    public required string CaseWorker { get; init; }
    public required string MarkDone { get; init; }
    public required string TaskNeedToTalk { get; init; }
    public required string TaskCouldNotReach { get; init; }
    public required string TaskLowIncome { get; init; }
    public required string TaskNoWork { get; init; }
    public required string CaseAge { get; init; }
    public required string Screening { get; init; }
    public required string ScreeningNone { get; init; }
    public required string Consent { get; init; }
    public required string ConsentYes { get; init; }
    public required string ConsentNo { get; init; }
    public required string ConsentNone { get; init; }
    public required string SafeContact { get; init; }
    public required string SafeMorning { get; init; }
    public required string SafeAfternoon { get; init; }
    public required string SafeEvening { get; init; }
    public required string SafeAnyTime { get; init; }
    public required string SafeNotSafe { get; init; }
    public required string Timeline { get; init; }
    public required string NoEvents { get; init; }
    public required string Note { get; init; }
    public required string AddNote { get; init; }
    public required string RevealNumber { get; init; }
    public required string RevealReason { get; init; }
    public required string RevealedOnce { get; init; }
    public required string RevealNotAllowed { get; init; }
    public required string ReasonRequired { get; init; }
    public required string NoteRequired { get; init; }
    public required string Refer { get; init; }
    public required string Organisation { get; init; }
    public required string ReferButton { get; init; }
    public required string ReferNoConsent { get; init; }
    public required string ReferConsentRefused { get; init; }
    public required string ReferNotAllowed { get; init; }
    public required string ReferClosed { get; init; }
    public required string ReferUnknownOrganisation { get; init; }
    public required string NoOtherOrganisations { get; init; }
    public required string OtherOrganisation { get; init; }
    public required string SystemActor { get; init; }
    public required string TestCase { get; init; }
    public required string EventUrgentMessage { get; init; }
    public required string EventUrgentDetails { get; init; }
    public required string EventTakenFromIntake { get; init; }
    public required string EventEmergencyFollowUp { get; init; }
    public required string EventPaged { get; init; }
    public required string EventReply { get; init; }
    public required string EventReferred { get; init; }
    public required string EventAssigned { get; init; }
    public required string EventNote { get; init; }
    public required string EventPassed { get; init; }
    // Rota, responders, check-ins and statistics. The Khmer for these awaits a native speaker's review (docs/console.md).
    public required string OnCall { get; init; }
    public required string OnCallNow { get; init; }
    public required string Primary { get; init; }
    public required string Backup { get; init; }
    public required string Coordinators { get; init; }
    public required string Until { get; init; }
    public required string Rota { get; init; }
    public required string NoShifts { get; init; }
    public required string AddShift { get; init; }
    public required string Responder { get; init; }
    public required string Role { get; init; }
    public required string Starts { get; init; }
    public required string Ends { get; init; }
    public required string Remove { get; init; }
    public required string ShiftTimesInvalid { get; init; }
    public required string ShiftEndBeforeStart { get; init; }
    public required string ShiftTooLong { get; init; }
    public required string ShiftResponderInvalid { get; init; }
    public required string Responders { get; init; }
    public required string Name { get; init; }
    public required string Active { get; init; }
    public required string Inactive { get; init; }
    public required string Languages { get; init; }
    public required string Phone { get; init; }
    public required string ChangeTeam { get; init; }
    public required string MakeCoordinator { get; init; }
    public required string UnmakeCoordinator { get; init; }
    public required string Deactivate { get; init; }
    public required string TeamInvalid { get; init; }
    public required string CheckIns { get; init; }
    public required string Reference { get; init; }
    public required string Language { get; init; }
    public required string Plan { get; init; }
    public required string NextCheckIn { get; init; }
    public required string LastAnswer { get; init; }
    public required string Missed { get; init; }
    public required string CloseEnrolment { get; init; }
    public required string NoEnrolments { get; init; }
    public required string Enrol { get; init; }
    public required string ReintegratedOn { get; init; }
    public required string SafeHours { get; init; }
    public required string From { get; init; }
    public required string To { get; init; }
    public required string TimeZone { get; init; }
    public required string EnrolConsent { get; init; }
    public required string ConsentBy { get; init; }
    public required string ConsentAt { get; init; }
    public required string ConsentHow { get; init; }
    public required string CodeWord { get; init; }
    public required string DuressWord { get; init; }
    public required string Statistics { get; init; }
    public required string Last30Days { get; init; }
    public required string Last90Days { get; init; }
    public required string Last12Months { get; init; }
    public required string DownloadCsv { get; init; }
    public required string YourOrganisation { get; init; }
    public required string AllOrganisations { get; init; }
    public required string NoFigures { get; init; }
    public required IReadOnlyDictionary<string, string> TableTitles { get; init; }
    // Password change and sign-in limits (Khmer: first version, awaiting native review)
    public required string ChangePassword { get; init; }
    public required string CurrentPassword { get; init; }
    public required string NewPassword { get; init; }
    public required string RepeatPassword { get; init; }
    public required string PasswordHint { get; init; }
    public required string PasswordChanged { get; init; }
    public required string PasswordMismatch { get; init; }
    public required string PasswordTooShort { get; init; }
    public required string PasswordTooLong { get; init; }
    public required string PasswordCommon { get; init; }
    public required string PasswordSame { get; init; }
    public required string CurrentPasswordWrong { get; init; }
    public required string TooManyAttempts { get; init; }
    public required string StaffAccounts { get; init; }
    public required string SignInDelayedUntil { get; init; }
    public required string LiftDelay { get; init; }

    public static readonly Labels English = new()
    {
        Lang = "en", Queue = "Queue", OpenCases = "Open cases", All = "All", Mine = "Mine", Unassigned = "Unassigned",
        Code = "Code", Kind = "Kind", Urgent = "Urgent", Help = "Help", Need = "Need", Province = "Province", Age = "Waiting",
        AssignedTo = "Assigned to", Nobody = "Nobody", NoCases = "No open cases.", SignIn = "Sign in", Email = "Email",
        Password = "Password", TotpCode = "Code from your authenticator app", Continue = "Continue",
        SignInFailed = "Sign-in failed. Check what you typed, or wait 15 minutes and try again.", SignOut = "Sign out",
        Transcript = "Messages", Received = "From the person", Sent = "To the person", Number = "Number", Status = "Status",
        Opened = "Opened", FirstPage = "First page", Acknowledged = "Taken", FirstReply = "First reply", Take = "Take this case",
        Reply = "Reply", Send = "Send", Close = "Close the case", Outcome = "Outcome", Segments = "SMS segments",
        TakeFirst = "Take the case before replying.", Closed = "Closed", NoResponder = "Your account is not linked to a responder, so it cannot take cases.",
        CountSegments = "Count SMS segments",
        NotSafeToContact = "The person said it is not safe to contact them. You can reply within an hour of their last message; until then, wait for them to write.",
        // Case work
        Team = "Team", AnyTeam = "Any team", AnyNeed = "Any need", AnyProvince = "Any province", Filter = "Filter", Tasks = "Follow-up tasks",
        NoTasks = "No open follow-up tasks.", Client = "Client", CaseWorker = "Case worker", MarkDone = "Mark done",
        TaskNeedToTalk = "Wants to talk", TaskCouldNotReach = "Could not be reached", TaskLowIncome = "Low income", TaskNoWork = "No work",
        CaseAge = "Open for", Screening = "Screening", ScreeningNone = "None linked (screening results are stored without any link to the person)",
        Consent = "Consent to refer", ConsentYes = "Agreed to be referred to a partner", ConsentNo = "Did not agree", ConsentNone = "No record",
        SafeContact = "Safe to contact", SafeMorning = "Mornings", SafeAfternoon = "Afternoons", SafeEvening = "Evenings", SafeAnyTime = "Any time",
        SafeNotSafe = "Not safe", Timeline = "Case timeline", NoEvents = "Nothing recorded yet.", Note = "Internal note (never sent to the person)",
        AddNote = "Add note", RevealNumber = "Show full number", RevealReason = "Reason (recorded)",
        RevealedOnce = "Shown this once. Each reveal is recorded with its reason.",
        RevealNotAllowed = "Only the assigned responder, a coordinator or an admin can see the full number.",
        ReasonRequired = "Type a reason (5 to 500 characters).", NoteRequired = "Type a note (at most 2,000 characters).",
        Refer = "Refer to another organisation", Organisation = "Organisation", ReferButton = "Refer",
        ReferNoConsent = "Cannot refer: this case has no record of the person's consent to share their request.",
        ReferConsentRefused = "Cannot refer: the person did not agree to their request being shared.",
        ReferNotAllowed = "Only the assigned responder, a coordinator or an admin can refer this case.", ReferClosed = "The case is closed.",
        ReferUnknownOrganisation = "Choose another organisation from the list.",
        NoOtherOrganisations = "There is no other organisation to refer to.", OtherOrganisation = "Another organisation", SystemActor = "Hotline", TestCase = "Test (simulator): nobody paged",
        EventUrgentMessage = "New urgent message", EventUrgentDetails = "What they said after the safety message",
        EventTakenFromIntake = "Taken from intake", EventEmergencyFollowUp = "Emergency numbers sent (nobody on call)", EventPaged = "Paged", EventReply = "Reply sent", EventReferred = "Referred here",
        EventAssigned = "Assigned", EventNote = "Note", EventPassed = "Passed on",
        OnCall = "On call", OnCallNow = "On call now", Primary = "Primary", Backup = "Backup", Coordinators = "Coordinators", Until = "until",
        Rota = "Rota: the next 14 days", NoShifts = "No shifts in the next 14 days.", AddShift = "Add a shift", Responder = "Responder", Role = "Role",
        Starts = "Starts (Phnom Penh time)", Ends = "Ends (Phnom Penh time)", Remove = "Remove",
        ShiftTimesInvalid = "Give the start and the end as a date and a time.", ShiftEndBeforeStart = "The end must be after the start.",
        ShiftTooLong = "A shift is at most 14 days long.", ShiftResponderInvalid = "Choose an active responder of your organisation.",
        Responders = "Responders", Name = "Name", Active = "Active", Inactive = "Deactivated", Languages = "Languages", Phone = "Phone",
        ChangeTeam = "Change team", MakeCoordinator = "Make coordinator", UnmakeCoordinator = "Make responder (not coordinator)", Deactivate = "Deactivate",
        TeamInvalid = "A team name is at most 50 characters.",
        CheckIns = "Check-ins", Reference = "Reference", Language = "Language", Plan = "Plan", NextCheckIn = "Next check-in (client's time)",
        LastAnswer = "Last answer", Missed = "Missed", CloseEnrolment = "Close enrolment", NoEnrolments = "No enrolments.",
        Enrol = "Enrol a client for check-ins", ReintegratedOn = "Reintegrated on", SafeHours = "When it is safe to write (client's time)",
        From = "From", To = "To", TimeZone = "Time zone (e.g. Asia/Bangkok)", EnrolConsent = "Consent (required)", ConsentBy = "Recorded by",
        ConsentAt = "When (Phnom Penh time)", ConsentHow = "How (in person, by phone, signed form…)", CodeWord = "Code word (optional)",
        DuressWord = "Duress word (optional, different from the code word)",
        Statistics = "Statistics", Last30Days = "Last 30 days", Last90Days = "Last 90 days", Last12Months = "Last 12 months", DownloadCsv = "Download CSV",
        YourOrganisation = "Your organisation", AllOrganisations = "All organisations: counts from 1 to 4 show as <5",
        NoFigures = "No figures in this period.",
        TableTitles = new Dictionary<string, string>
        {
            ["cases_by_need"] = "Cases by need", ["cases_by_outcome"] = "Cases by outcome", ["sla_medians"] = "Response times (median minutes)",
            ["cases_by_need_all_organisations"] = "Cases by need, all organisations",
            ["cases_by_outcome_all_organisations"] = "Cases by outcome, all organisations",
            ["screenings_by_level"] = "Screenings by risk level", ["screenings_by_destination"] = "Screenings by destination",
            ["screenings_by_sector"] = "Screenings by sector", ["screenings_by_province"] = "Screenings by province",
            ["agency_reports_by_reason"] = "Agency reports by reason", ["checkins_reached"] = "Check-ins: reached and not reached",
            ["checkins_by_months_since_reintegration"] = "Check-ins by months since reintegration", ["checkins_by_round"] = "Check-ins by round",
            ["followup_tasks_by_kind"] = "Follow-up tasks raised", ["checkins_needs_by_component"] = "Check-ins: help wanted, by reintegration component",
            ["checkins_reached_all_organisations"] = "Check-ins, all organisations: reached and not reached",
            ["checkins_by_round_all_organisations"] = "Check-ins by round, all organisations",
            ["checkins_by_months_since_reintegration_all_organisations"] = "Check-ins by months since reintegration, all organisations",
            ["checkins_needs_by_component_all_organisations"] = "Check-ins: help wanted by component, all organisations",
            ["followup_tasks_by_kind_all_organisations"] = "Follow-up tasks raised, all organisations",
        },
        ChangePassword = "Password", CurrentPassword = "Current password", NewPassword = "New password",
        RepeatPassword = "New password again", PasswordHint = "At least 12 characters. A few unrelated words make a good one.",
        PasswordChanged = "Your password was changed. You were signed out everywhere else.",
        PasswordMismatch = "The two new passwords are not the same.", PasswordTooShort = "The new password needs at least 12 characters.",
        PasswordTooLong = "The new password is too long.", PasswordCommon = "That password is too easy to guess. Choose another one.",
        PasswordSame = "The new password is the same as the current one.", CurrentPasswordWrong = "The current password is not right.",
        TooManyAttempts = "Too many attempts at once. Wait a minute and try again.",
        StaffAccounts = "Staff accounts", SignInDelayedUntil = "Sign-in delayed until", LiftDelay = "Lift delay",
    };

    public static readonly Labels Khmer = new()
    {
        Lang = "km", Queue = "ជួរករណី", OpenCases = "ករណីកំពុងបើក", All = "ទាំងអស់", Mine = "របស់ខ្ញុំ", Unassigned = "មិនទាន់មានអ្នកទទួល",
        Code = "លេខកូដ", Kind = "ប្រភេទ", Urgent = "បន្ទាន់", Help = "ជំនួយ", Need = "តម្រូវការ", Province = "ខេត្ត", Age = "រង់ចាំ",
        AssignedTo = "អ្នកទទួលបន្ទុក", Nobody = "គ្មាន", NoCases = "គ្មានករណីកំពុងបើកទេ។", SignIn = "ចូលប្រើ", Email = "អ៊ីមែល",
        Password = "ពាក្យសម្ងាត់", TotpCode = "លេខកូដពីកម្មវិធីផ្ទៀងផ្ទាត់", Continue = "បន្ត",
        SignInFailed = "ចូលប្រើមិនបានសម្រេច។ សូមពិនិត្យអ្វីដែលបានវាយ ឬរង់ចាំ ១៥ នាទី ហើយព្យាយាមម្តងទៀត។", SignOut = "ចាកចេញ",
        Transcript = "សារ", Received = "ពីអ្នកផ្ញើ", Sent = "ទៅអ្នកផ្ញើ", Number = "លេខទូរស័ព្ទ", Status = "ស្ថានភាព",
        Opened = "បានបើក", FirstPage = "ការជូនដំណឹងដំបូង", Acknowledged = "បានទទួលយក", FirstReply = "ការឆ្លើយតបដំបូង", Take = "ទទួលយកករណីនេះ",
        Reply = "ឆ្លើយតប", Send = "ផ្ញើ", Close = "បិទករណី", Outcome = "លទ្ធផល", Segments = "ផ្នែក SMS",
        TakeFirst = "សូមទទួលយកករណីមុននឹងឆ្លើយតប។", Closed = "បានបិទ", NoResponder = "គណនីរបស់អ្នកមិនបានភ្ជាប់ទៅអ្នកឆ្លើយតបទេ ដូច្នេះមិនអាចទទួលយកករណីបានទេ។",
        CountSegments = "រាប់ផ្នែក SMS",
        NotSafeToContact = "អ្នកផ្ញើបាននិយាយថា វាមិនមានសុវត្ថិភាពក្នុងការទាក់ទងពួកគេទេ។ អ្នកអាចឆ្លើយតបបានក្នុងរយៈពេលមួយម៉ោងបន្ទាប់ពីសារចុងក្រោយរបស់ពួកគេ។ រហូតដល់ពេលនោះ សូមរង់ចាំពួកគេសរសេរមក។",
        // Case work
        Team = "ក្រុម", AnyTeam = "គ្រប់ក្រុម", AnyNeed = "គ្រប់តម្រូវការ", AnyProvince = "គ្រប់ខេត្ត", Filter = "ច្រោះ", Tasks = "កិច្ចការតាមដាន",
        NoTasks = "គ្មានកិច្ចការតាមដានទេ។", Client = "អតិថិជន", CaseWorker = "បុគ្គលិកករណី", MarkDone = "បានធ្វើរួច",
        TaskNeedToTalk = "ចង់និយាយជាមួយបុគ្គលិក", TaskCouldNotReach = "មិនអាចទាក់ទងបាន", TaskLowIncome = "ប្រាក់ចំណូលទាប",
        TaskNoWork = "គ្មានការងារ", CaseAge = "បើករយៈពេល", Screening = "លទ្ធផលពិនិត្យ",
        ScreeningNone = "គ្មាន (លទ្ធផលពិនិត្យត្រូវបានរក្សាទុកដោយគ្មានតំណភ្ជាប់ទៅនឹងអ្នកផ្ញើ)", Consent = "ការយល់ព្រមឱ្យបញ្ជូន",
        ConsentYes = "យល់ព្រមឱ្យបញ្ជូនទៅដៃគូ", ConsentNo = "មិនយល់ព្រម", ConsentNone = "គ្មានកំណត់ត្រា", SafeContact = "ពេលទាក់ទងមានសុវត្ថិភាព",
        SafeMorning = "ពេលព្រឹក", SafeAfternoon = "ពេលរសៀល", SafeEvening = "ពេលល្ងាច", SafeAnyTime = "គ្រប់ពេល", SafeNotSafe = "មិនមានសុវត្ថិភាព",
        Timeline = "ប្រវត្តិករណី", NoEvents = "មិនទាន់មានអ្វីកត់ត្រាទេ។", Note = "កំណត់ចំណាំផ្ទៃក្នុង (មិនផ្ញើទៅអ្នកផ្ញើទេ)",
        AddNote = "បន្ថែមកំណត់ចំណាំ", RevealNumber = "បង្ហាញលេខពេញ", RevealReason = "មូលហេតុ (នឹងត្រូវកត់ត្រា)",
        RevealedOnce = "បង្ហាញតែម្តងនេះប៉ុណ្ណោះ។ ការបង្ហាញនីមួយៗត្រូវបានកត់ត្រាជាមួយមូលហេតុ។",
        RevealNotAllowed = "មានតែអ្នកទទួលបន្ទុកករណី អ្នកសម្របសម្រួល ឬអ្នកគ្រប់គ្រងប៉ុណ្ណោះ ដែលអាចមើលលេខពេញបាន។",
        ReasonRequired = "សូមវាយមូលហេតុ (៥ ដល់ ៥០០ តួអក្សរ)។", NoteRequired = "សូមវាយកំណត់ចំណាំ (មិនលើសពី ២០០០ តួអក្សរ)។",
        Refer = "បញ្ជូនទៅអង្គការផ្សេង", Organisation = "អង្គការ", ReferButton = "បញ្ជូន",
        ReferNoConsent = "មិនអាចបញ្ជូនបានទេ៖ ករណីនេះគ្មានកំណត់ត្រាការយល់ព្រមរបស់អ្នកផ្ញើឱ្យចែករំលែកសំណើរបស់ពួកគេ។",
        ReferConsentRefused = "មិនអាចបញ្ជូនបានទេ៖ អ្នកផ្ញើមិនបានយល់ព្រមឱ្យចែករំលែកសំណើរបស់ពួកគេទេ។",
        ReferNotAllowed = "មានតែអ្នកទទួលបន្ទុកករណី អ្នកសម្របសម្រួល ឬអ្នកគ្រប់គ្រងប៉ុណ្ណោះ ដែលអាចបញ្ជូនករណីនេះបាន។",
        ReferClosed = "ករណីនេះបានបិទហើយ។", ReferUnknownOrganisation = "សូមជ្រើសរើសអង្គការផ្សេងពីបញ្ជី។",
        NoOtherOrganisations = "គ្មានអង្គការផ្សេងទៀតសម្រាប់បញ្ជូនទេ។", OtherOrganisation = "អង្គការផ្សេង", SystemActor = "ប្រព័ន្ធ", TestCase = "សាកល្បង (simulator)៖ មិនបានជូនដំណឹងអ្នកណាទេ",
        EventUrgentMessage = "សារបន្ទាន់ថ្មី", EventUrgentDetails = "អ្វីដែលគេប្រាប់បន្ទាប់ពីសារសុវត្ថិភាព",
        EventTakenFromIntake = "បានទទួលពីករណីរង់ចាំ", EventEmergencyFollowUp = "បានផ្ញើលេខបន្ទាន់ (គ្មាននរណានៅវេន)", EventPaged = "បានជូនដំណឹង", EventReply = "បានផ្ញើការឆ្លើយតប", EventReferred = "បានបញ្ជូនមកទីនេះ",
        EventAssigned = "បានចាត់តាំង", EventNote = "កំណត់ចំណាំ", EventPassed = "បានបញ្ជូនបន្ត",
        OnCall = "វេនប្រចាំការ", OnCallNow = "អ្នកប្រចាំការឥឡូវនេះ", Primary = "អ្នកប្រចាំការចម្បង", Backup = "អ្នកបម្រុង", Coordinators = "អ្នកសម្របសម្រួល", Until = "រហូតដល់",
        Rota = "តារាងវេន៖ ១៤ ថ្ងៃខាងមុខ", NoShifts = "គ្មានវេនក្នុង ១៤ ថ្ងៃខាងមុខទេ។", AddShift = "បន្ថែមវេន", Responder = "អ្នកឆ្លើយតប", Role = "តួនាទី",
        Starts = "ចាប់ផ្តើម (ម៉ោងភ្នំពេញ)", Ends = "បញ្ចប់ (ម៉ោងភ្នំពេញ)", Remove = "លុបចេញ",
        ShiftTimesInvalid = "សូមបញ្ចូលកាលបរិច្ឆេទ និងម៉ោងចាប់ផ្តើម និងបញ្ចប់។", ShiftEndBeforeStart = "ម៉ោងបញ្ចប់ត្រូវនៅក្រោយម៉ោងចាប់ផ្តើម។",
        ShiftTooLong = "វេនមួយមិនអាចលើសពី ១៤ ថ្ងៃទេ។", ShiftResponderInvalid = "សូមជ្រើសរើសអ្នកឆ្លើយតបសកម្មនៃអង្គការរបស់អ្នក។",
        Responders = "អ្នកឆ្លើយតប", Name = "ឈ្មោះ", Active = "សកម្ម", Inactive = "បានបិទ", Languages = "ភាសា", Phone = "ទូរស័ព្ទ",
        ChangeTeam = "ប្តូរក្រុម", MakeCoordinator = "ធ្វើជាអ្នកសម្របសម្រួល", UnmakeCoordinator = "ធ្វើជាអ្នកឆ្លើយតប (មិនមែនអ្នកសម្របសម្រួល)", Deactivate = "បិទដំណើរការ",
        TeamInvalid = "ឈ្មោះក្រុមមិនអាចលើសពី ៥០ តួអក្សរទេ។",
        CheckIns = "ការសាកសួរសុខទុក្ខ", Reference = "លេខយោង", Language = "ភាសា", Plan = "ផែនការ", NextCheckIn = "ការសាកសួរបន្ទាប់ (ម៉ោងរបស់អតិថិជន)",
        LastAnswer = "ចម្លើយចុងក្រោយ", Missed = "ខកខាន", CloseEnrolment = "បិទការចុះឈ្មោះ", NoEnrolments = "គ្មានការចុះឈ្មោះទេ។",
        Enrol = "ចុះឈ្មោះអតិថិជនសម្រាប់ការសាកសួរសុខទុក្ខ", ReintegratedOn = "ថ្ងៃធ្វើសមាហរណកម្ម", SafeHours = "ពេលដែលមានសុវត្ថិភាពក្នុងការផ្ញើសារ (ម៉ោងរបស់អតិថិជន)",
        From = "ពី", To = "ដល់", TimeZone = "តំបន់ម៉ោង (ឧ. Asia/Bangkok)", EnrolConsent = "ការយល់ព្រម (ចាំបាច់)", ConsentBy = "កត់ត្រាដោយ",
        ConsentAt = "ពេលណា (ម៉ោងភ្នំពេញ)", ConsentHow = "តាមរបៀបណា (ផ្ទាល់ តាមទូរស័ព្ទ ទម្រង់ចុះហត្ថលេខា…)", CodeWord = "ពាក្យសម្ងាត់ (មិនចាំបាច់)",
        DuressWord = "ពាក្យសុំជំនួយសម្ងាត់ (មិនចាំបាច់ ខុសពីពាក្យសម្ងាត់)",
        Statistics = "ស្ថិតិ", Last30Days = "៣០ ថ្ងៃចុងក្រោយ", Last90Days = "៩០ ថ្ងៃចុងក្រោយ", Last12Months = "១២ ខែចុងក្រោយ", DownloadCsv = "ទាញយក CSV",
        YourOrganisation = "អង្គការរបស់អ្នក", AllOrganisations = "អង្គការទាំងអស់៖ ចំនួនពី ១ ដល់ ៤ បង្ហាញជា <5",
        NoFigures = "គ្មានតួលេខក្នុងរយៈពេលនេះទេ។",
        TableTitles = new Dictionary<string, string>
        {
            ["cases_by_need"] = "ករណីតាមតម្រូវការ", ["cases_by_outcome"] = "ករណីតាមលទ្ធផល", ["sla_medians"] = "រយៈពេលឆ្លើយតប (មធ្យមភាគ នាទី)",
            ["cases_by_need_all_organisations"] = "ករណីតាមតម្រូវការ អង្គការទាំងអស់",
            ["cases_by_outcome_all_organisations"] = "ករណីតាមលទ្ធផល អង្គការទាំងអស់",
            ["screenings_by_level"] = "ការវាយតម្លៃតាមកម្រិតហានិភ័យ", ["screenings_by_destination"] = "ការវាយតម្លៃតាមប្រទេសគោលដៅ",
            ["screenings_by_sector"] = "ការវាយតម្លៃតាមវិស័យការងារ", ["screenings_by_province"] = "ការវាយតម្លៃតាមខេត្ត",
            ["agency_reports_by_reason"] = "របាយការណ៍អំពីភ្នាក់ងារតាមមូលហេតុ", ["checkins_reached"] = "ការសាកសួរ៖ ទាក់ទងបាន និងមិនបាន",
            ["checkins_by_months_since_reintegration"] = "ការសាកសួរតាមចំនួនខែក្រោយការធ្វើសមាហរណកម្ម", ["checkins_by_round"] = "ការសាកសួរតាមជុំ",
            ["followup_tasks_by_kind"] = "កិច្ចការតាមដានដែលបានលើកឡើង", ["checkins_needs_by_component"] = "ការសាកសួរ៖ តម្រូវការជំនួយ តាមផ្នែកនៃសមាហរណកម្ម",
            ["checkins_reached_all_organisations"] = "ការសាកសួរ អង្គការទាំងអស់៖ ទាក់ទងបាន និងមិនបាន",
            ["checkins_by_round_all_organisations"] = "ការសាកសួរតាមជុំ អង្គការទាំងអស់",
            ["checkins_by_months_since_reintegration_all_organisations"] = "ការសាកសួរតាមចំនួនខែក្រោយការធ្វើសមាហរណកម្ម អង្គការទាំងអស់",
            ["checkins_needs_by_component_all_organisations"] = "ការសាកសួរ៖ តម្រូវការជំនួយ តាមផ្នែក អង្គការទាំងអស់",
            ["followup_tasks_by_kind_all_organisations"] = "កិច្ចការតាមដានដែលបានលើកឡើង អង្គការទាំងអស់",
        },
        ChangePassword = "ពាក្យសម្ងាត់", CurrentPassword = "ពាក្យសម្ងាត់បច្ចុប្បន្ន", NewPassword = "ពាក្យសម្ងាត់ថ្មី",
        RepeatPassword = "ពាក្យសម្ងាត់ថ្មីម្តងទៀត", PasswordHint = "យ៉ាងហោចណាស់ ១២ តួអក្សរ។ ពាក្យខុសៗគ្នាពីរបីពាក្យ ល្អណាស់។",
        PasswordChanged = "ពាក្យសម្ងាត់របស់អ្នកត្រូវបានប្តូរ។ អ្នកត្រូវបានចាកចេញពីកន្លែងផ្សេងទៀតទាំងអស់។",
        PasswordMismatch = "ពាក្យសម្ងាត់ថ្មីទាំងពីរមិនដូចគ្នា។", PasswordTooShort = "ពាក្យសម្ងាត់ថ្មីត្រូវមានយ៉ាងហោចណាស់ ១២ តួអក្សរ។",
        PasswordTooLong = "ពាក្យសម្ងាត់ថ្មីវែងពេក។", PasswordCommon = "ពាក្យសម្ងាត់នោះងាយទាយពេក។ សូមជ្រើសរើសមួយផ្សេងទៀត។",
        PasswordSame = "ពាក្យសម្ងាត់ថ្មីដូចនឹងពាក្យសម្ងាត់បច្ចុប្បន្ន។", CurrentPasswordWrong = "ពាក្យសម្ងាត់បច្ចុប្បន្នមិនត្រឹមត្រូវ។",
        TooManyAttempts = "ព្យាយាមច្រើនដងពេកក្នុងពេលតែមួយ។ សូមរង់ចាំមួយនាទី ហើយព្យាយាមម្តងទៀត។",
        StaffAccounts = "គណនីបុគ្គលិក", SignInDelayedUntil = "ការចូលប្រើត្រូវពន្យារដល់", LiftDelay = "លុបការពន្យារ",
    };

    /// <summary>?lang= wins (and is remembered by the caller), then the cookie, then English.</summary>
    public static Labels For(HttpContext context)
    {
        var asked = context.Request.Query["lang"].ToString();
        var chosen = asked is "km" or "en" ? asked : context.Request.Cookies[Cookie];
        if (asked is "km" or "en")
            context.Response.Cookies.Append(Cookie, asked, new CookieOptions
            {
                Secure = true, HttpOnly = true, SameSite = SameSiteMode.Strict, Path = "/", MaxAge = TimeSpan.FromDays(365), IsEssential = true,
            });
        return chosen == "km" ? Khmer : English;
    }

    public string KindName(string kind) => kind == "urgent" ? Urgent : Help;

    public string TaskKindName(string kind) => kind switch
    {
        "need_to_talk" => TaskNeedToTalk,
        "could_not_reach" => TaskCouldNotReach,
        "low_income" => TaskLowIncome,
        "no_work" => TaskNoWork,
        _ => kind,
    };

    /// <summary>The help request's safe-contact answer in words (the content's codes: morning … not_safe).</summary>
    public string SafeContactName(string? answer) => answer switch
    {
        null => ConsentNone,
        "morning" => SafeMorning,
        "afternoon" => SafeAfternoon,
        "evening" => SafeEvening,
        "any_time" => SafeAnyTime,
        "not_safe" => SafeNotSafe,
        _ => answer,
    };

    public string ConsentName(bool? consent) => consent switch { true => ConsentYes, false => ConsentNo, null => ConsentNone };

    public string EventName(string kind) => kind switch
    {
        "urgent_message" => EventUrgentMessage,
        "urgent_details" => EventUrgentDetails,
        "taken_from_intake" => EventTakenFromIntake,
        "emergency_follow_up" => EventEmergencyFollowUp,
        "paged" => EventPaged,
        "acked" => Acknowledged,
        "reply" => EventReply,
        "note" => EventNote,
        "closed" => Closed,
        "referred" => EventReferred,
        "assigned" => EventAssigned,
        "passed" => EventPassed,
        _ => kind,
    };
    /// <summary>A statistics table's title; a table without one (added later) shows its name in words.</summary>
    public string TableTitle(string name) => TableTitles.GetValueOrDefault(name) ?? name.Replace('_', ' ');
}
