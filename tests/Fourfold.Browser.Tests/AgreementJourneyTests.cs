using Fourfold.Browser.Tests.Pages;
using Fourfold.Web.Features.Demo;
using Microsoft.Playwright;

namespace Fourfold.Browser.Tests;

[Collection(BrowserSuite.Name)]
public sealed class AgreementJourneyTests(BrowserApp app) : BrowserJourney(app)
{
    private const string Asked = "No phones at the dinner table";
    private const string Countered = "No phones at the dinner table, and we eat together four nights a week";

    [Fact]
    public async Task DanaAsksForABoundary_ChrisCounters_DanaAgrees_AndBothSeeItAgreed()
    {
        var dana = await OnHoltAgreementsAsync(DemoAccounts.DanaHolt);
        await Assertions.Expect(dana.GetByRole(AriaRole.Heading, new() { Name = "Separate bedrooms until the disclosure" })).ToBeVisibleAsync();
        await PageChecks.AssertAsync(dana);
        await BrowserApp.ScreenshotAsync(dana, "40-our-agreements-betrayed-partner");

        await dana.GetByRole(AriaRole.Link, new() { Name = "Ask for a boundary" }).ClickAsync();
        await dana.GetByRole(AriaRole.Button, new() { Name = "Send to Chris Holt" }).ClickAsync();
        await Assertions.Expect(dana.Locator(".field-error")).ToHaveCountAsync(2);
        await PageChecks.AssertAsync(dana);
        await BrowserApp.ScreenshotAsync(dana, "41-boundary-field-messages");
        await dana.GetByLabel("The boundary, in a line").FillAsync(Asked);
        await dana.GetByLabel("Why it matters to you").FillAsync("Dinner is when I most need to feel that you are here with me, not somewhere else.");
        await dana.GetByLabel("Couples therapist (Dr. Maya Lee)").CheckAsync();
        await dana.GetByRole(AriaRole.Button, new() { Name = "Send to Chris Holt" }).ClickAsync();
        await Assertions.Expect(dana.GetByRole(AriaRole.Status)).ToContainTextAsync("Sent.");
        await Assertions.Expect(dana.Locator(".badge", new() { HasText = "Waiting for Chris Holt's answer" })).ToBeVisibleAsync();
        var agreementUrl = dana.Url.Split('?')[0];

        var chris = await OnHoltAgreementsAsync(DemoAccounts.ChrisHolt);
        await chris.Locator(".card--accent").GetByRole(AriaRole.Link, new() { Name = Asked }).ClickAsync();
        await Assertions.Expect(chris.GetByRole(AriaRole.Heading, new() { Name = "Your answer" })).ToBeVisibleAsync();
        await PageChecks.AssertAsync(chris);
        await BrowserApp.ScreenshotAsync(chris, "42-boundary-to-answer");
        await chris.GetByText("Or suggest a different version").ClickAsync();
        await chris.GetByLabel("The boundary, in a line").FillAsync(Countered);
        await chris.GetByRole(AriaRole.Button, new() { Name = "Send my version" }).ClickAsync();
        await Assertions.Expect(chris.GetByRole(AriaRole.Status)).ToHaveTextAsync("Your answer is saved.");
        await Assertions.Expect(chris.Locator(".badge", new() { HasText = "You proposed your own version; waiting for Dana Holt's answer" })).ToBeVisibleAsync();

        await dana.GotoAsync(agreementUrl);
        await Assertions.Expect(dana.GetByRole(AriaRole.Heading, new() { Name = Countered })).ToBeVisibleAsync();
        await Assertions.Expect(dana.Locator(".badge", new() { HasText = "Chris Holt proposed a different version; waiting for your answer" })).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(dana, "43-counter-proposal-to-answer");
        await dana.GetByRole(AriaRole.Button, new() { Name = "I agree" }).ClickAsync();
        await Assertions.Expect(dana.GetByRole(AriaRole.Status)).ToContainTextAsync("Agreed. It is signed by you both");
        await Assertions.Expect(dana.Locator(".item__meta")).ToContainTextAsync("agreed by Dana Holt");
        await PageChecks.AssertAsync(dana);
        await BrowserApp.ScreenshotAsync(dana, "44-boundary-agreed");

        await chris.GotoAsync(agreementUrl);
        await Assertions.Expect(chris.Locator(".badge", new() { HasText = "Agreed" })).ToBeVisibleAsync();
        await Assertions.Expect(chris.Locator(".item__meta")).ToContainTextAsync("Proposed by Chris Holt");

        var maya = await OnHoltAgreementsAsync(DemoAccounts.MayaLee);
        await Assertions.Expect(maya.GetByRole(AriaRole.Heading, new() { Name = "The couple's agreements" })).ToBeVisibleAsync();
        await Assertions.Expect(maya.GetByRole(AriaRole.Link, new() { Name = Countered })).ToBeVisibleAsync();
        await Assertions.Expect(maya.GetByText("Separate bedrooms until the disclosure")).ToHaveCountAsync(0);
        await Assertions.Expect(maya.GetByRole(AriaRole.Link, new() { Name = "Ask for a boundary" })).ToHaveCountAsync(0);
        await PageChecks.AssertAsync(maya);
        await BrowserApp.ScreenshotAsync(maya, "45-agreements-couples-therapist");

        // Months later the boundary has done its work: Chris asks to set it aside, and it ends only when Dana agrees.
        await chris.GetByText("Propose setting it aside").First.ClickAsync();
        await chris.GetByRole(AriaRole.Button, new() { Name = "Propose setting it aside" }).ClickAsync();
        await Assertions.Expect(chris.GetByRole(AriaRole.Status)).ToContainTextAsync("The agreement stays in force until your partner answers.");
        await Assertions.Expect(chris.Locator(".badge", new() { HasText = "You proposed setting it aside" })).ToBeVisibleAsync();
        await dana.GotoAsync(agreementUrl);
        await Assertions.Expect(dana.GetByText("Chris Holt would like to set this agreement aside.")).ToBeVisibleAsync();
        await PageChecks.AssertAsync(dana);
        await BrowserApp.ScreenshotAsync(dana, "48-setting-aside-to-answer");
        await dana.GetByRole(AriaRole.Button, new() { Name = "I agree to set it aside" }).ClickAsync();
        await Assertions.Expect(dana.GetByRole(AriaRole.Status)).ToContainTextAsync("Set aside.");
        await maya.ReloadAsync();
        await maya.GetByText("No longer in force").First.ClickAsync();
        await Assertions.Expect(maya.Locator(".ended").GetByRole(AriaRole.Link, new() { Name = Countered })).ToBeVisibleAsync();
        await PageChecks.AssertAsync(maya);
    }

    [Fact]
    public async Task ChrisRecordsADisclosureWithinTheCommitment_AndDanaSeesItOnTime()
    {
        const string What = "She messaged me at work; I did not reply";
        var chris = await OnHoltAgreementsAsync(DemoAccounts.ChrisHolt);
        await chris.GetByRole(AriaRole.Link, new() { Name = "The disclosure log" }).ClickAsync();
        await Assertions.Expect(chris.GetByRole(AriaRole.Heading, new() { Name = "Disclosure log", Exact = true })).ToBeVisibleAsync();
        await chris.GetByText("Record a disclosure").ClickAsync();
        var yesterday = DateTime.UtcNow.AddDays(-2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var today = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await chris.GetByLabel("What happened, in a line").FillAsync(What);
        await chris.GetByLabel("The day it happened").FillAsync(yesterday);
        await chris.GetByLabel("The commitment it comes under").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await chris.GetByLabel("The day you told").FillAsync(today);
        await chris.GetByLabel("About what time it happened (optional)").FillAsync("21:00");
        await chris.GetByLabel("About what time you told (optional)").FillAsync("20:30");
        await chris.GetByLabel("My partner").CheckAsync();
        await chris.GetByLabel("My therapist or coach").CheckAsync();
        await PageChecks.AssertAsync(chris);
        await BrowserApp.ScreenshotAsync(chris, "46-disclosure-log-record");
        await chris.GetByRole(AriaRole.Button, new() { Name = "Record it" }).ClickAsync();
        await Assertions.Expect(chris.GetByRole(AriaRole.Status)).ToContainTextAsync("Recorded.");

        var dana = await OnHoltAgreementsAsync(DemoAccounts.DanaHolt);
        await dana.GetByRole(AriaRole.Link, new() { Name = "The disclosure log" }).ClickAsync();
        var entry = dana.Locator("article", new() { Has = dana.GetByRole(AriaRole.Heading, new() { Name = What }) });
        await Assertions.Expect(entry.Locator(".badge")).ToHaveTextAsync("Told within the time agreed");
        await Assertions.Expect(entry.Locator(".item__meta")).ToContainTextAsync("at 20:30");
        await Assertions.Expect(dana.Locator(".badge", new() { HasText = "Told later than agreed" })).ToHaveCountAsync(1);
        await PageChecks.AssertAsync(dana);
        await BrowserApp.ScreenshotAsync(dana, "47-disclosure-log-betrayed-partner");
    }

    private async Task<IPage> OnHoltAgreementsAsync(DemoAccount account)
    {
        var page = await App.NewPageAsync();
        await new SignInPage(page).SignInAsync(account);
        await page.GetByRole(AriaRole.Link, new() { Name = "Holt" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = account.Kind == Fourfold.Domain.People.PersonKind.Client ? "Our agreements" : "Agreements", Exact = true }).ClickAsync();
        return page;
    }
}
