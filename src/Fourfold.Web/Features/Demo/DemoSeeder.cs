using Fourfold.Data;
using Fourfold.Data.Identity;
using Fourfold.Domain.Cases;
using Fourfold.Domain.People;
using Fourfold.Domain.Policies;
using Fourfold.Domain.Practices;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Fourfold.Web.Features.Demo;

/// <summary>
/// Fills an empty database with the demo practice "Harbor Counseling", a second practice, and three cases in different
/// states, so that a newcomer sees the product alive on first run. Runs as the system actor; does nothing when any
/// practice exists.
/// </summary>
internal sealed class DemoSeeder(FourfoldDbContext db, UserManager<FourfoldUser> users, IClock clock, Infrastructure.Auditing.AuditTrail audit)
{
    public const string HarborCounseling = "Harbor Counseling";
    public const string WestsideRecovery = "Westside Recovery Therapy";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Practices.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = clock.GetCurrentInstant();
        var harbor = new Practice(PracticeId.New(), HarborCounseling, "America/New_York");
        var westside = new Practice(PracticeId.New(), WestsideRecovery, "America/Los_Angeles");
        harbor.SetSafetySettings("US", "988");
        westside.SetSafetySettings("US", "988");
        db.Practices.AddRange(harbor, westside);
        await db.SaveChangesAsync(cancellationToken);

        var people = new Dictionary<DemoAccount, FourfoldUser>();
        foreach (var account in DemoAccounts.All)
        {
            var practice = account == DemoAccounts.AlexKim ? westside.Id : harbor.Id;
            people[account] = await CreateAccountAsync(account, account.Kind == PersonKind.Client ? null : practice);
        }

        var (holt, reed, park) = (HoltCase(harbor.Id, people, now), ReedCase(harbor.Id, people, now), ParkCase(harbor.Id, people, now));
        db.Cases.AddRange(holt, reed, park);
        var story = new DemoStory(people, now);
        story.Holt(holt);
        story.Reed(reed);
        story.Park(park);
        db.Authorizations.AddRange(story.Authorizations);
        db.ClinicalItems.AddRange(story.Items.OfType<Domain.Records.ClinicalItem>());
        db.PsychotherapyNotes.AddRange(story.Items.OfType<Domain.Records.PsychotherapyNote>());
        var agreements = new DemoAgreements(people, now);
        agreements.Holt(holt);
        db.ClinicalItems.AddRange(agreements.Made.Select(made => made.Words));
        db.Agreements.AddRange(agreements.Made.Select(made => made.Agreement));
        db.ClinicalItems.AddRange(agreements.Disclosed.Select(made => made.Words));
        db.Disclosures.AddRange(agreements.Disclosed.Select(made => made.Disclosure));
        var accountability = new DemoAccountability(people, now);
        accountability.Holt(holt, agreements.Disclosed);
        db.ClinicalItems.AddRange(accountability.CheckIns.Select(made => made.Words).Concat(accountability.Homework.Select(made => made.Words)).Concat(accountability.Logs.Select(made => made.Words)));
        db.CheckIns.AddRange(accountability.CheckIns.Select(made => made.CheckIn));
        db.Homework.AddRange(accountability.Homework.Select(made => made.Homework));
        db.HomeworkLogs.AddRange(accountability.Logs.Select(made => made.Log));
        db.ClinicalItems.AddRange(accountability.Topics.Select(made => made.Words));
        db.AgendaTopics.AddRange(accountability.Topics.Select(made => made.Topic));
        db.ClinicalItems.AddRange(accountability.Replies.Select(made => made.Words));
        db.Replies.AddRange(accountability.Replies.Select(made => made.Reply));
        var disclosure = new DemoDisclosure(people, now);
        disclosure.Holt(holt);
        db.FullDisclosures.Add(disclosure.Process!);
        db.ClinicalItems.AddRange(disclosure.Questions.Select(made => made.Words).Concat(disclosure.Drafts.Select(made => made.Words)).Concat(disclosure.Writings));
        db.DisclosureQuestions.AddRange(disclosure.Questions.Select(made => made.Question));
        db.WrittenDisclosures.AddRange(disclosure.Drafts.Select(made => made.Draft));
        var meetings = new DemoMeetings(people, now);
        meetings.Park(park);
        db.ClinicalItems.AddRange(meetings.Requests.Select(made => made.Preparation));
        db.MeetingRequests.AddRange(meetings.Requests.Select(made => made.Request));
        var calendar = new DemoCalendar(people, now);
        calendar.Hours();
        calendar.Holt(holt);
        db.Availabilities.AddRange(calendar.Availability);
        db.Sessions.AddRange(calendar.Sessions);
        db.BalanceChecks.AddRange(calendar.BalanceChecks);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RunChangeAsync(db, _ => Task.FromResult(DemoReads.Holt(holt, story.Items, story.Authorizations, people, now)), cancellationToken);
    }

    /// <summary>Four-person case with every role filled, across New York and Los Angeles; policies acknowledged.</summary>
    private static Case HoltCase(PracticeId practice, Dictionary<DemoAccount, FourfoldUser> people, Instant now)
    {
        var opened = now - Duration.FromDays(60);
        var holt = OpenBy(people[DemoAccounts.MayaLee], practice, "Holt", CaseRole.CouplesTherapist, opened);
        Join(holt, people[DemoAccounts.DanaHolt], CaseRole.BetrayedPartner, opened);
        Join(holt, people[DemoAccounts.ChrisHolt], CaseRole.InvolvedPartner, opened);
        Join(holt, people[DemoAccounts.SamOrtiz], CaseRole.SupportOfBetrayedPartner, opened);
        Join(holt, people[DemoAccounts.AlexKim], CaseRole.SupportOfInvolvedPartner, opened);
        holt.SetCouplesPolicy(people[DemoAccounts.MayaLee].PersonId, ConfidentialityPolicy.NoSecrets,
            IndividualSessionPolicy.Offered(1, IndividualSessionScope.AssessmentOnly), isDivorceBound: false, opened + Duration.FromDays(1));
        holt.AcknowledgePolicy(people[DemoAccounts.DanaHolt].PersonId, opened + Duration.FromDays(2));
        holt.AcknowledgePolicy(people[DemoAccounts.ChrisHolt].PersonId, opened + Duration.FromDays(3));
        return holt;
    }

    /// <summary>A new case: the couples therapist stated her policies; neither partner has acknowledged them yet.</summary>
    private static Case ReedCase(PracticeId practice, Dictionary<DemoAccount, FourfoldUser> people, Instant now)
    {
        var opened = now - Duration.FromDays(3);
        var reed = OpenBy(people[DemoAccounts.MayaLee], practice, "Reed", CaseRole.CouplesTherapist, opened);
        Join(reed, people[DemoAccounts.MorganReed], CaseRole.BetrayedPartner, opened);
        Join(reed, people[DemoAccounts.CaseyReed], CaseRole.InvolvedPartner, opened);
        reed.SetCouplesPolicy(people[DemoAccounts.MayaLee].PersonId, ConfidentialityPolicy.Discretion,
            IndividualSessionPolicy.Offered(2, IndividualSessionScope.AssessmentOnly), isDivorceBound: false, opened + Duration.FromHours(2));
        var alexKim = people[DemoAccounts.AlexKim];
        reed.Invite(new TeamInvitation(CaseRole.SupportOfInvolvedPartner, alexKim.Email!, alexKim.DisplayName),
            people[DemoAccounts.MayaLee].PersonId, InvitationToken.Create().Hash, now - Duration.FromDays(1));
        return reed;
    }

    /// <summary>The betrayed partner works with a recovery coach; no couples therapist yet.</summary>
    private static Case ParkCase(PracticeId practice, Dictionary<DemoAccount, FourfoldUser> people, Instant now)
    {
        var opened = now - Duration.FromDays(21);
        var park = OpenBy(people[DemoAccounts.SamOrtiz], practice, "Park", CaseRole.SupportOfInvolvedPartner, opened);
        Join(park, people[DemoAccounts.RileyPark], CaseRole.BetrayedPartner, opened);
        Join(park, people[DemoAccounts.AveryPark], CaseRole.InvolvedPartner, opened);
        Join(park, people[DemoAccounts.JordanBlake], CaseRole.SupportOfBetrayedPartner, opened, invitedBy: people[DemoAccounts.PriyaNair]);
        return park;
    }

    private static Case OpenBy(FourfoldUser professional, PracticeId practice, string label, CaseRole role, Instant at) =>
        Case.Open(CaseId.New(), practice, label, professional.PersonId, professional.DisplayName, professional.Email!, [role], at);

    private static void Join(Case target, FourfoldUser person, CaseRole role, Instant at, FourfoldUser? invitedBy = null)
    {
        var invitation = target.Invite(new TeamInvitation(role, person.Email!, person.DisplayName), invitedBy?.PersonId ?? target.OpenedBy, InvitationToken.Create().Hash, at);
        target.AcceptInvitation(invitation.Id, person.PersonId, person.Kind, person.Email!, person.DisplayName, at + Duration.FromHours(4));
    }

    private async Task<FourfoldUser> CreateAccountAsync(DemoAccount account, PracticeId? practice)
    {
        var user = new FourfoldUser
        {
            UserName = account.Email,
            Email = account.Email,
            EmailConfirmed = true,
            DisplayName = account.DisplayName,
            Kind = account.Kind,
            PracticeId = practice,
            TimeZoneId = account.TimeZoneId,
            Profile = account.Kind == PersonKind.Professional ? DemoProfiles.For(account) : null,
        };
        user.PasswordHash = DemoPasswordHash(user);
        Ensure(await users.CreateAsync(user));
        if (account.AuthenticatorKey is { } key)
        {
            Ensure(await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", key));
            Ensure(await users.SetTwoFactorEnabledAsync(user, true));
        }

        return user;
    }

    // Every demo person shares the one published demo password, so one deliberately slow hash of it serves them all,
    // in every app this process starts; real accounts are hashed one by one, each with its own salt.
    private static string? demoPasswordHash;

    private string DemoPasswordHash(FourfoldUser user) => demoPasswordHash ??= users.PasswordHasher.HashPassword(user, DemoAccount.Password);

    private static void Ensure(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo data could not be created: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
