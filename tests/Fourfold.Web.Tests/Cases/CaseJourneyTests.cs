using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Fourfold.Domain.Cases;
using Fourfold.Web.Features.Demo;
using Fourfold.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fourfold.Web.Tests.Cases;

public abstract class CaseJourneyTests(FourfoldAppFactory app)
{
    [Fact]
    public async Task NewCase_InvitedPartnersCreateAccounts_AcknowledgePolicies_AndBookingOpens()
    {
        var therapist = await app.SignedInAsync(DemoAccounts.MayaLee);
        var opened = await Forms.SubmitAsync(therapist, "/cases/new", "open-case", new Dictionary<string, string>
        {
            ["Input.Label"] = "Quinn",
            ["Input.Role"] = nameof(CaseRole.CouplesTherapist),
        });
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var teamPage = opened.RedirectPath()!;
        var casePage = teamPage.Replace("/team", "", StringComparison.Ordinal);

        var suffix = Guid.NewGuid().ToString("N")[..8];
        var partners = new[] { (CaseRole.BetrayedPartner, $"jamie-{suffix}@accounts.test", "Jamie Quinn"), (CaseRole.InvolvedPartner, $"alex-{suffix}@accounts.test", "Alex Quinn") };
        foreach (var (role, email, name) in partners)
        {
            var invited = await Forms.SubmitAsync(therapist, teamPage, "invite", new Dictionary<string, string>
            {
                ["Input.Role"] = role.ToString(),
                ["Input.Name"] = name,
                ["Input.Email"] = email,
            });
            Assert.Contains($"Invitation sent to {email}", await invited.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var policy = await Forms.SubmitAsync(therapist, casePage + "/policies", "set-policy", new Dictionary<string, string>
        {
            ["Input.Confidentiality"] = "NoSecrets",
            ["Input.OfferIndividualSessions"] = "true",
            ["Input.SessionsPerPartner"] = "1",
            ["Input.Scope"] = "AssessmentOnly",
        });
        Assert.Contains("Your policies are saved", await policy.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Waiting for both partners", await therapist.GetStringAsync(casePage), StringComparison.Ordinal);

        foreach (var (_, email, name) in partners)
        {
            var invitation = Mail.LinkTo(app, email, "/invitations/");
            var partner = app.NewClient();
            var joined = await Forms.SubmitAsync(partner, invitation, "create-account", new Dictionary<string, string>
            {
                ["Input.DisplayName"] = name,
                ["Input.TimeZoneId"] = "Europe/London",
                ["Input.Password"] = "a long enough passphrase",
                ["Input.ConfirmPassword"] = "a long enough passphrase",
            });
            Assert.Equal(casePage, joined.RedirectPath());

            var policies = await partner.GetStringAsync(casePage + "/policies");
            Assert.Contains("Anything either of you tells me in an individual session may be brought into our joint sessions", policies, StringComparison.Ordinal);
            var acknowledged = await Forms.SubmitAsync(partner, casePage + "/policies", "acknowledge", new Dictionary<string, string>());
            Assert.Contains("Your acknowledgement is recorded", await acknowledged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var overview = await therapist.GetStringAsync(casePage);
        Assert.Contains("Joint sessions:</strong> can be booked.", overview, StringComparison.Ordinal);
        Assert.Contains("Jamie Quinn", overview, StringComparison.Ordinal);

        using var scope = app.Services.CreateScope();
        var caseId = Guid.Parse(casePage.Split('/')[^1]);
        var events = await FourfoldAppFactory.SystemDb(scope).AuditEvents.Where(e => e.AuditedCaseId == caseId).OrderBy(e => e.Sequence).ToListAsync();
        var actions = events.Select(e => e.Action).ToList();
        Assert.All(events, e => Assert.NotNull(e.ActorId));
        Assert.Equal(
            ["CaseOpened", "TeamMemberInvited", "TeamMemberInvited", "CouplesPolicySet", "InvitationAccepted", "CouplesPolicyAcknowledged", "InvitationAccepted", "CouplesPolicyAcknowledged"],
            actions);
    }

    [Fact]
    public async Task ProfessionalOfAnotherPractice_AcceptsFromTheirOwnSignIn_AndSeesTheCase()
    {
        var alex = await app.SignedInAsync(DemoAccounts.AlexKim);
        Assert.Contains("Invitations waiting for you", await alex.GetStringAsync("/"), StringComparison.Ordinal);
        var membershipId = await OpenInvitationIdAsync(DemoAccounts.AlexKim.Email, "Reed");

        var token = await Forms.AntiforgeryTokenAsync(alex, "/");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        var accepted = await alex.PostAsync($"/invitations/{membershipId}/accept", form);

        Assert.Equal("/?joined=true", accepted.RedirectPath());
        var cases = await alex.GetFromJsonAsync<JsonElement>("/api/cases");
        Assert.Contains("Reed", cases.EnumerateArray().Select(c => c.GetProperty("label").GetString()));
    }

    [Fact]
    public async Task Invite_WithBadInput_ShowsAMessagePerFieldAndSavesNothing()
    {
        var therapist = await app.SignedInAsync(DemoAccounts.MayaLee);
        var reed = await CaseIdAsync("Reed");
        var before = await MembershipCountAsync(reed);

        var response = await Forms.SubmitAsync(therapist, $"/cases/{reed}/team", "invite", new Dictionary<string, string>
        {
            ["Input.Role"] = "",
            ["Input.Name"] = new string('x', 300),
            ["Input.Email"] = "not an email",
        });

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choose the person&#x27;s role in this case.", html, StringComparison.Ordinal);
        Assert.Contains("Use at most 100 characters.", html, StringComparison.Ordinal);
        Assert.Contains("Enter a valid email address.", html, StringComparison.Ordinal);
        Assert.Equal(before, await MembershipCountAsync(reed));
    }

    [Fact]
    public async Task Invite_ASecondBetrayedPartner_IsRefusedWithTheReason()
    {
        var therapist = await app.SignedInAsync(DemoAccounts.MayaLee);
        var holt = await CaseIdAsync("Holt");

        var response = await Forms.SubmitAsync(therapist, $"/cases/{holt}/team", "invite", new Dictionary<string, string>
        {
            ["Input.Role"] = nameof(CaseRole.BetrayedPartner),
            ["Input.Name"] = "Someone Else",
            ["Input.Email"] = "someone.else@accounts.test",
        });

        Assert.Contains("This case already has a betrayed partner.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnePartnersSupport_CannotMakeAnyoneTheOtherPartnersSupport()
    {
        var alex = await app.SignedInAsync(DemoAccounts.AlexKim);
        var holt = await CaseIdAsync("Holt");
        var before = await MembershipCountAsync(holt);

        foreach (var address in new[] { DemoAccounts.AlexKim.Email, "a.colleague@westside.example" })
        {
            var response = await Forms.SubmitAsync(alex, $"/cases/{holt}/team", "invite", new Dictionary<string, string>
            {
                ["Input.Role"] = nameof(CaseRole.SupportOfBetrayedPartner),
                ["Input.Name"] = "Someone",
                ["Input.Email"] = address,
            });

            Assert.Contains("A partner&#x27;s individual support is invited by that partner&#x27;s current support", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(before, await MembershipCountAsync(holt));
    }

    [Fact]
    public async Task PolicyPage_ForThePartnerOfANewCase_AsksForAcknowledgement()
    {
        var morgan = await app.SignedInAsync(DemoAccounts.MorganReed);
        var reed = await CaseIdAsync("Reed");

        var overview = await morgan.GetStringAsync($"/cases/{reed}");
        var policies = await morgan.GetStringAsync($"/cases/{reed}/policies");

        Assert.Contains("Waiting for both partners to acknowledge", overview, StringComparison.Ordinal);
        Assert.Contains("I have read and acknowledge these policies", policies, StringComparison.Ordinal);
        Assert.DoesNotContain("Save policies", policies, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PolicyForm_FromSomeoneOtherThanTheCouplesTherapist_ChangesNothing()
    {
        var alex = await app.SignedInAsync(DemoAccounts.AlexKim);
        var holt = await CaseIdAsync("Holt");

        var token = await Forms.AntiforgeryTokenAsync(alex, $"/cases/{holt}/policies");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["_handler"] = "set-policy",
            ["Input.Confidentiality"] = "Confidential",
            ["Input.SessionsPerPartner"] = "1",
        });
        var response = await alex.PostAsync($"/cases/{holt}/policies", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var scope = app.Services.CreateScope();
        var holtCase = await FourfoldAppFactory.SystemDb(scope).Cases.SingleAsync(c => c.Label == "Holt");
        Assert.Equal(Domain.Policies.ConfidentialityPolicy.NoSecrets, holtCase.CouplesPolicy!.Confidentiality);
    }

    private async Task<Guid> OpenInvitationIdAsync(string email, string label)
    {
        using var scope = app.Services.CreateScope();
        var db = FourfoldAppFactory.SystemDb(scope);
        var caseId = (await db.Cases.SingleAsync(c => c.Label == label)).Id;
        return (await db.CaseMemberships.SingleAsync(m => m.CaseId == caseId && m.InvitedEmail == email && m.Status == MembershipStatus.Invited)).Id;
    }

    private async Task<Guid> CaseIdAsync(string label)
    {
        using var scope = app.Services.CreateScope();
        return (await FourfoldAppFactory.SystemDb(scope).Cases.SingleAsync(c => c.Label == label)).Id.Value;
    }

    private async Task<int> MembershipCountAsync(Guid caseId)
    {
        using var scope = app.Services.CreateScope();
        var id = CaseId.From(caseId);
        return await FourfoldAppFactory.SystemDb(scope).CaseMemberships.CountAsync(m => m.CaseId == id);
    }
}

public sealed class CaseJourneyTestsOnSqlite(SqliteApp app) : CaseJourneyTests(app), IClassFixture<SqliteApp>;

public sealed class CaseJourneyTestsOnPostgres(PostgresApp app) : CaseJourneyTests(app), IClassFixture<PostgresApp>;
