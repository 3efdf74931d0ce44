using Fourfold.Domain.Access;
using Fourfold.Domain.Authorizations;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Common;
using Fourfold.Domain.People;
using NodaTime;

namespace Fourfold.Domain.Tests.Access;

public sealed class AuthorizationTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 6, 1, 12, 0);
    private static readonly PersonId Chris = PersonId.New();

    [Fact]
    public void Terms_BundlingPsychotherapyNotesWithAnythingElse_AreRefused() =>
        Assert.Throws<DomainRuleViolation>(() => new AuthorizationTerms(
            [CaseRole.CouplesTherapist], [], [Category.PsychotherapyNote, Category.SessionSummary], "care", Now + Duration.FromDays(1)));

    [Fact]
    public void Terms_WithoutRecipientsCategoriesOrPurpose_AreRefused()
    {
        Assert.Throws<DomainRuleViolation>(() => new AuthorizationTerms([], [], [Category.Attendance], "care", Now + Duration.FromDays(1)));
        Assert.Throws<DomainRuleViolation>(() => new AuthorizationTerms([CaseRole.CouplesTherapist], [], [], "care", Now + Duration.FromDays(1)));
        Assert.Throws<DomainRuleViolation>(() => new AuthorizationTerms([CaseRole.CouplesTherapist], [], [Category.Attendance], " ", Now + Duration.FromDays(1)));
    }

    [Fact]
    public void StandardTeam_CoversTheWholeCareTeam_AndNeverNotes()
    {
        var terms = AuthorizationTerms.StandardTeam(PartnerRole.InvolvedPartner, Now);

        Assert.Equal([CaseRole.SupportOfBetrayedPartner, CaseRole.SupportOfInvolvedPartner, CaseRole.CouplesTherapist], terms.RecipientRoles);
        Assert.DoesNotContain(Category.ProgressNote, terms.Categories);
        Assert.DoesNotContain(Category.PsychotherapyNote, terms.Categories);
    }

    [Fact]
    public void Sign_KeepsTheExactTextAndItsSha256()
    {
        var terms = AuthorizationTerms.StandardTeam(PartnerRole.InvolvedPartner, Now);
        var holders = new Dictionary<CaseRole, IReadOnlyList<string>> { [CaseRole.SupportOfInvolvedPartner] = ["Dr. Alex Kim"], [CaseRole.CouplesTherapist] = ["Dr. Maya Lee"] };
        var text = AuthorizationText.Render("Chris Holt", PartnerRole.InvolvedPartner, terms, new Dictionary<PersonId, string>(), holders, DateTimeZoneProviders.Tzdb["America/Los_Angeles"]);

        var signed = Authorization.Sign(CaseId.New(), Chris, PartnerRole.InvolvedPartner, "Chris Holt", terms, "chris holt", text, Now);

        Assert.Equal(text, signed.SignedText);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text))), signed.SignedTextHash);
        Assert.Contains("session summaries", text, StringComparison.Ordinal);
        Assert.Contains("Until the end of 1 June 2027 (America/Los_Angeles time)", text, StringComparison.Ordinal);
        Assert.StartsWith("I, Chris Holt, allow my partner's therapist or coach (nobody yet), my own therapist or coach (now Dr. Alex Kim) and our couples therapist (now Dr. Maya Lee) to see", text, StringComparison.Ordinal);
        Assert.Contains("whoever holds it in this case may see this, now or later", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Sign_WithAnotherName_IsRefused() =>
        Assert.Throws<DomainRuleViolation>(() => Authorization.Sign(CaseId.New(), Chris, PartnerRole.InvolvedPartner, "Chris Holt",
            AuthorizationTerms.StandardTeam(PartnerRole.InvolvedPartner, Now), "Dana Holt", "text", Now));

    [Fact]
    public void Revoke_EndsItAtThatInstant_AndOnlyTheSignerMayRevoke()
    {
        var signed = Authorization.Sign(CaseId.New(), Chris, PartnerRole.InvolvedPartner, "Chris Holt",
            AuthorizationTerms.StandardTeam(PartnerRole.InvolvedPartner, Now), "Chris Holt", "text", Now);

        Assert.Throws<DomainRuleViolation>(() => signed.Revoke(PersonId.New(), Now + Duration.FromHours(1)));
        signed.Revoke(Chris, Now + Duration.FromHours(1));

        Assert.True(signed.IsActiveAt(Now + Duration.FromHours(1) - Duration.Epsilon));
        Assert.False(signed.IsActiveAt(Now + Duration.FromHours(1)));
        Assert.Throws<DomainRuleViolation>(() => signed.Revoke(Chris, Now + Duration.FromHours(2)));
    }

    private static AuthorizationTerms Terms(Instant expiresAt) => new([CaseRole.CouplesTherapist], [], [Category.Attendance], "care", expiresAt);

    [Fact]
    public void Sign_TakesANameOfUpToAHundredCharacters_AndNotOneMore()
    {
        var longest = new string('a', Authorization.MaxSignatureLength);
        var tooLong = longest + "a";

        Assert.Equal(longest, Authorization.Sign(CaseId.New(), Chris, PartnerRole.InvolvedPartner, longest, Terms(Now + Duration.FromDays(1)), longest, "text", Now).SignatureName);
        var refused = Assert.Throws<DomainRuleViolation>(() => Authorization.Sign(CaseId.New(), Chris, PartnerRole.InvolvedPartner, tooLong, Terms(Now + Duration.FromDays(1)), tooLong, "text", Now));
        Assert.StartsWith("Type your full name", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sign_RefusesTermsEndingNowOrEarlier_AndATextMissing()
    {
        Assert.Equal("Choose an end date in the future.", Assert.Throws<DomainRuleViolation>(() =>
            Authorization.Sign(CaseId.New(), Chris, PartnerRole.InvolvedPartner, "Chris Holt", Terms(Now), "Chris Holt", "text", Now)).Message);
        Assert.NotNull(Authorization.Sign(CaseId.New(), Chris, PartnerRole.InvolvedPartner, "Chris Holt", Terms(Now + Duration.Epsilon), "Chris Holt", "text", Now));
        Assert.Equal("The text to sign is missing.", Assert.Throws<DomainRuleViolation>(() =>
            Authorization.Sign(CaseId.New(), Chris, PartnerRole.InvolvedPartner, "Chris Holt", Terms(Now + Duration.FromDays(1)), "Chris Holt", " ", Now)).Message);
    }

    [Fact]
    public void AnAuthorization_IsActiveFromTheInstantItIsSigned_NotBefore_AndUntilItsEnd()
    {
        var signed = Authorization.Sign(CaseId.New(), Chris, PartnerRole.InvolvedPartner, "Chris Holt", Terms(Now + Duration.FromDays(1)), "Chris Holt", "text", Now);

        Assert.False(signed.IsActiveAt(Now - Duration.Epsilon));
        Assert.True(signed.IsActiveAt(Now));
        Assert.True(signed.IsActiveAt(Now + Duration.FromDays(1) - Duration.Epsilon));
        Assert.False(signed.IsActiveAt(Now + Duration.FromDays(1)));
    }

    [Fact]
    public void TheExpiryReminder_IsDueFromFourteenDaysBeforeTheEnd_AndNeverForARevokedOne()
    {
        var end = Now + Duration.FromDays(40);
        var signed = Authorization.Sign(CaseId.New(), Chris, PartnerRole.InvolvedPartner, "Chris Holt", Terms(end), "Chris Holt", "text", Now);
        var revoked = Authorization.Sign(CaseId.New(), Chris, PartnerRole.InvolvedPartner, "Chris Holt", Terms(end), "Chris Holt", "text", Now);
        revoked.Revoke(Chris, Now + Duration.FromDays(1));

        Assert.False(signed.IsDueForExpiryReminder(end - Authorization.ReminderLead - Duration.Epsilon));
        Assert.True(signed.IsDueForExpiryReminder(end - Authorization.ReminderLead));
        Assert.False(revoked.IsDueForExpiryReminder(end - Authorization.ReminderLead));
        Assert.True(signed.IsDueForExpiryReminder(end - Duration.Epsilon));
        Assert.False(signed.IsDueForExpiryReminder(end));
    }

    [Fact]
    public void APartnerIsShownTheirOwnAuthorizationsOnly_AProfessionalThoseNamingThemOrTheirRole()
    {
        var dana = PersonId.New();
        var samPerson = PersonId.New();
        var named = new AuthorizationTerms([], [samPerson, dana], [Category.Attendance], "care", Now + Duration.FromDays(1));
        var byRole = new AuthorizationTerms([CaseRole.SupportOfInvolvedPartner], [], [Category.Attendance], "care", Now + Duration.FromDays(1));
        var chrisNamingSam = Authorization.Sign(CaseId.New(), Chris, PartnerRole.InvolvedPartner, "Chris Holt", named, "Chris Holt", "text", Now);
        var chrisForHisTherapist = Authorization.Sign(CaseId.New(), Chris, PartnerRole.InvolvedPartner, "Chris Holt", byRole, "Chris Holt", "text", Now);
        var partner = new HashSet<CaseRole> { CaseRole.BetrayedPartner };
        var betrayedSupport = new HashSet<CaseRole> { CaseRole.SupportOfBetrayedPartner };
        var involvedSupport = new HashSet<CaseRole> { CaseRole.SupportOfInvolvedPartner };

        Assert.True(chrisNamingSam.IsShownTo(Chris, new HashSet<CaseRole> { CaseRole.InvolvedPartner }));
        Assert.False(chrisNamingSam.IsShownTo(dana, partner));
        Assert.True(chrisNamingSam.IsShownTo(samPerson, betrayedSupport));
        Assert.False(chrisForHisTherapist.IsShownTo(samPerson, betrayedSupport));
        Assert.True(chrisForHisTherapist.IsShownTo(PersonId.New(), involvedSupport));
        Assert.False(chrisForHisTherapist.IsShownTo(PersonId.New(), new HashSet<CaseRole>()));
        var forTwoRoles = Authorization.Sign(CaseId.New(), Chris, PartnerRole.InvolvedPartner, "Chris Holt",
            new AuthorizationTerms([CaseRole.SupportOfInvolvedPartner, CaseRole.CouplesTherapist], [], [Category.Attendance], "care", Now + Duration.FromDays(1)), "Chris Holt", "text", Now);
        Assert.True(forTwoRoles.IsShownTo(PersonId.New(), involvedSupport));
        Assert.True(chrisNamingSam.IsShownTo(samPerson, new HashSet<CaseRole>()));
    }
}
