using System.Globalization;
using Fourfold.Browser.Tests.Pages;
using Fourfold.Web.Features.Demo;
using Microsoft.Playwright;

namespace Fourfold.Browser.Tests;

[Collection(BrowserSuite.Name)]
public sealed class DisclosureJourneyTests(BrowserApp app) : BrowserJourney(app)
{
    [Fact]
    public async Task InHolt_ChrisWritesTheNextDraft_AlexApproves_SamConfirmsReadiness_DanaPausesAndResumesWithoutEverSeeingADraft_AndMayaBooksTheSession()
    {
        var chris = await OnHoltAsync(DemoAccounts.ChrisHolt);
        await Assertions.Expect(chris.GetByText("Not answered in any draft yet:")).ToBeVisibleAsync();
        await chris.GetByText("Write draft 3").ClickAsync();
        await chris.GetByLabel("The disclosure").FillAsync("**Contact now.** There has been no contact of any kind since the week Dana found the messages. I blocked the number and the accounts, and Alex has seen that I did.");
        foreach (var box in await chris.Locator("input[name=Answers]").AllAsync())
        {
            await box.CheckAsync();
        }

        await chris.GetByLabel("Share this draft with Sam Ortiz").CheckAsync();
        await PageChecks.AssertAsync(chris);
        await BrowserApp.ScreenshotAsync(chris, "60-disclosure-involved-partner-writing");
        await chris.GetByRole(AriaRole.Button, new() { Name = "Save draft 3" }).ClickAsync();
        await Assertions.Expect(chris.GetByRole(AriaRole.Status).First).ToContainTextAsync("The draft is saved.");
        await Assertions.Expect(chris.GetByText("Not answered in any draft yet:")).ToHaveCountAsync(0);
        await chris.GetByRole(AriaRole.Button, new() { Name = "Send the latest draft for review" }).ClickAsync();
        await Assertions.Expect(chris.Locator(".stages__stage--current")).ToContainTextAsync("Review");

        var alex = await OnHoltAsync(DemoAccounts.AlexKim);
        await alex.GetByRole(AriaRole.Button, new() { Name = "Approve the draft" }).ClickAsync();
        await Assertions.Expect(alex.GetByText("Draft approved by Dr. Alex Kim", new() { Exact = false })).ToBeVisibleAsync();
        await PageChecks.AssertAsync(alex);
        await BrowserApp.ScreenshotAsync(alex, "61-disclosure-involved-partners-therapist-review");

        var sam = await OnHoltAsync(DemoAccounts.SamOrtiz);
        await Assertions.Expect(sam.GetByText("Draft 3", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(sam.GetByText("Draft 1", new() { Exact = true })).ToHaveCountAsync(0);
        await sam.GetByRole(AriaRole.Button, new() { Name = "Confirm Dana Holt is ready" }).ClickAsync();
        await Assertions.Expect(sam.GetByText("readiness confirmed by Sam Ortiz", new() { Exact = false })).ToBeVisibleAsync();

        var dana = await OnHoltAsync(DemoAccounts.DanaHolt);
        await Assertions.Expect(dana.GetByRole(AriaRole.Heading, new() { Name = "Your questions" })).ToBeVisibleAsync();
        await Assertions.Expect(dana.GetByText("Is there any contact still going on, in any form?")).ToBeVisibleAsync();
        await Assertions.Expect(dana.GetByText("There has been no contact of any kind")).ToHaveCountAsync(0);
        await Assertions.Expect(dana.GetByRole(AriaRole.Heading, new() { Name = "The written disclosure" })).ToHaveCountAsync(0);
        await dana.GetByText("Pause the disclosure").ClickAsync();
        await dana.GetByLabel("Why, if you would like to say").FillAsync("I need to get through my sister's wedding first.");
        await PageChecks.AssertAsync(dana);
        await BrowserApp.ScreenshotAsync(dana, "62-disclosure-betrayed-partner");
        await dana.GetByRole(AriaRole.Button, new() { Name = "Pause", Exact = true }).ClickAsync();
        await Assertions.Expect(dana.GetByRole(AriaRole.Status).First).ToContainTextAsync("The disclosure is paused.");

        await alex.ReloadAsync();
        await Assertions.Expect(alex.GetByText("“I need to get through my sister's wedding first.”")).ToBeVisibleAsync();
        await Assertions.Expect(alex.GetByText("Nothing moves on while the disclosure is paused.", new() { Exact = false })).ToBeVisibleAsync();

        await dana.GetByRole(AriaRole.Button, new() { Name = "Resume the disclosure" }).ClickAsync();
        await Assertions.Expect(dana.GetByRole(AriaRole.Status).First).ToContainTextAsync("The disclosure is resumed.");

        var maya = await OnHoltAsync(DemoAccounts.MayaLee);
        await Assertions.Expect(maya.GetByText("The session is booked: move on")).ToBeVisibleAsync();
        await Assertions.Expect(maya.GetByText("Book the disclosure session first.")).ToBeVisibleAsync();
        await PageChecks.AssertAsync(maya);
        await BrowserApp.ScreenshotAsync(maya, "63-disclosure-couples-therapist");

        // Maya books the session on the sessions page, then gives the disclosure that session.
        await maya.GetByRole(AriaRole.Link, new() { Name = "Book one on the sessions page" }).ClickAsync();
        await maya.GetByLabel("Session", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Disclosure session" });
        await maya.GetByLabel("From", new() { Exact = true }).FillAsync(DateTime.UtcNow.AddDays(25).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await maya.GetByLabel("To", new() { Exact = true }).FillAsync(DateTime.UtcNow.AddDays(31).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await maya.GetByRole(AriaRole.Button, new() { Name = "Find times" }).ClickAsync();
        await maya.Locator(".slot").First.GetByRole(AriaRole.Button, new() { Name = "Book" }).ClickAsync();
        await Assertions.Expect(maya.GetByRole(AriaRole.Status).First).ToContainTextAsync("Booked.");
        await maya.GotoAsync(maya.Url.Split("/sessions")[0] + "/disclosure");
        await maya.GetByRole(AriaRole.Button, new() { Name = "Give the disclosure in this session" }).ClickAsync();
        await maya.GetByRole(AriaRole.Button, new() { Name = "The session is booked: move on" }).ClickAsync();
        await Assertions.Expect(maya.Locator(".stages__stage--current")).ToContainTextAsync("Session booked");
        await Assertions.Expect(maya.GetByText("Disclosure session", new() { Exact = true })).ToBeVisibleAsync();
    }

    private async Task<IPage> OnHoltAsync(DemoAccount account)
    {
        var page = await App.NewPageAsync();
        await new SignInPage(page).SignInAsync(account);
        await page.GetByRole(AriaRole.Link, new() { Name = "Holt" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Full disclosure", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Full disclosure", Level = 1 })).ToBeVisibleAsync();
        return page;
    }
}
