using System.Text.RegularExpressions;
using Fourfold.Browser.Tests.Pages;
using Fourfold.Web.Features.Demo;
using Microsoft.Playwright;
using MimeKit;

namespace Fourfold.Browser.Tests;

[Collection(BrowserSuite.Name)]
public sealed partial class InvitationJourneyTests(BrowserApp app) : BrowserJourney(app)
{
    [Fact]
    public async Task Therapist_OpensACaseAndInvitesAPartner_WhoCreatesTheirAccountFromTheEmail()
    {
        var therapist = await App.NewPageAsync();
        await new SignInPage(therapist).SignInAsync(DemoAccounts.JordanBlake);

        await therapist.GetByRole(AriaRole.Link, new() { Name = "Open a case" }).ClickAsync();
        await therapist.GetByLabel("Case name").FillAsync("Morales");
        await therapist.GetByLabel("Individual support of the betrayed partner").CheckAsync();
        await PageChecks.AssertAsync(therapist);
        await therapist.GetByRole(AriaRole.Button, new() { Name = "Open the case" }).ClickAsync();

        await Assertions.Expect(therapist.GetByRole(AriaRole.Heading, new() { Name = "The Morales team" })).ToBeVisibleAsync();
        await therapist.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        await Assertions.Expect(therapist.GetByText("Enter the person's email address.")).ToBeVisibleAsync();
        await PageChecks.AssertAsync(therapist);
        await BrowserApp.ScreenshotAsync(therapist, "07-invite-with-field-messages");

        await therapist.GetByLabel("Role in this case").SelectOptionAsync(new SelectOptionValue { Label = "Betrayed partner" });
        await therapist.GetByLabel("Name").FillAsync("Sofia Morales");
        await therapist.GetByLabel("Email").FillAsync("sofia.morales@example.com");
        await therapist.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        await Assertions.Expect(therapist.GetByRole(AriaRole.Status)).ToContainTextAsync("Invitation sent to sofia.morales@example.com");
        await BrowserApp.ScreenshotAsync(therapist, "08-invitation-sent");

        var partner = await App.NewPageAsync(390, 844);
        await partner.GotoAsync(InvitationLink("sofia.morales@example.com"));
        await Assertions.Expect(partner.GetByRole(AriaRole.Heading, new() { Name = "You are invited to Fourfold" })).ToBeVisibleAsync();
        await PageChecks.AssertAsync(partner);
        await BrowserApp.ScreenshotAsync(partner, "09-invitation-for-partner-phone");

        await partner.GetByLabel("Your time zone").SelectOptionAsync("America/Chicago");
        await partner.GetByLabel("Password (at least 12 characters)").FillAsync("sofia's long passphrase");
        await partner.GetByLabel("Password again").FillAsync("sofia's long passphrase");
        await partner.GetByRole(AriaRole.Button, new() { Name = "Create my account and join" }).ClickAsync();

        var morales = new CasePage(partner);
        await Assertions.Expect(morales.Heading).ToHaveTextAsync("Morales");
        await Assertions.Expect(morales.Member("Sofia Morales")).ToContainTextAsync("in Chicago");
        await Assertions.Expect(morales.Booking).ToHaveCountAsync(0);
        var next = partner.GetByRole(AriaRole.Region, new() { Name = "What happens next" });
        await Assertions.Expect(next).ToContainTextAsync("Choose what your team may see.");
        await Assertions.Expect(next).Not.ToContainTextAsync("policies");
        await Assertions.Expect(morales.Member("Sofia Morales")).ToContainTextAsync("You");
        await PageChecks.AssertAsync(partner);
        await BrowserApp.ScreenshotAsync(partner, "10-partner-joined-phone");
    }

    [Fact]
    public async Task Administrator_SeesTheirPracticesPeople()
    {
        var admin = await App.NewPageAsync();
        await new SignInPage(admin).SignInAsync(DemoAccounts.PriyaNair);

        await admin.GetByRole(AriaRole.Link, new() { Name = "Practice" }).ClickAsync();

        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Name = DemoSeeder.HarborCounseling })).ToBeVisibleAsync();
        await Assertions.Expect(admin.GetByText(DemoAccounts.JordanBlake.DisplayName)).ToBeVisibleAsync();
        await Assertions.Expect(admin.GetByText(DemoAccounts.AlexKim.DisplayName)).ToHaveCountAsync(0);
        await PageChecks.AssertAsync(admin);
        await BrowserApp.ScreenshotAsync(admin, "11-practice-administrator");
    }

    private string InvitationLink(string address)
    {
        var message = Directory.GetFiles(App.MailDirectory, "*.eml")
            .Select(path => MimeMessage.Load(path))
            .Last(m => m.To.Mailboxes.Any(mailbox => mailbox.Address == address));
        return new Uri(LinkPattern().Match(message.TextBody ?? "").Value).PathAndQuery;
    }

    [GeneratedRegex(@"http\S+/invitations/\S+")]
    private static partial Regex LinkPattern();
}
