using Fourfold.Browser.Tests.Pages;
using Fourfold.Web.Features.Demo;
using Microsoft.Playwright;

namespace Fourfold.Browser.Tests;

[Collection(BrowserSuite.Name)]
public sealed class SharingJourneyTests(BrowserApp app) : BrowserJourney(app)
{
    [Fact]
    public async Task Partner_SignsTheStandardTeamAuthorizationAfterItsPreview_ThenSharesLess()
    {
        var page = await App.NewPageAsync();
        await new SignInPage(page).SignInAsync(DemoAccounts.RileyPark);
        await page.GetByRole(AriaRole.Link, new() { Name = "Park" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "What I share" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "What you share, and with whom" })).ToBeVisibleAsync();
        await PageChecks.AssertAsync(page);
        await BrowserApp.ScreenshotAsync(page, "12-sharing-standard-team");

        await page.GetByRole(AriaRole.Button, new() { Name = "Preview what this shares" }).ClickAsync();
        var preview = page.Locator(".preview");
        await Assertions.Expect(preview).ToContainTextAsync("Sam Ortiz");
        await Assertions.Expect(preview).ToContainTextAsync("would see: attendance");
        await Assertions.Expect(page.Locator(".signed-text")).ToContainTextAsync("I, Riley Park, allow my own therapist or coach (now Jordan Blake)");
        await PageChecks.AssertAsync(page);
        await BrowserApp.ScreenshotAsync(page, "13-sharing-preview");

        await page.GetByLabel("Type your full name (Riley Park) to sign").FillAsync("Riley Park");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Signed.");
        await Assertions.Expect(page.GetByText("Active until")).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, "14-sharing-signed");

        await page.GetByRole(AriaRole.Link, new() { Name = "Share less" }).ClickAsync();
        await page.GetByLabel("session summaries").UncheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview what this shares" }).ClickAsync();
        await Assertions.Expect(page.Locator(".preview")).ToContainTextAsync("would no longer see: session summaries");
        await page.GetByLabel("Type your full name (Riley Park) to sign").FillAsync("Riley Park");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your earlier authorization has ended");
        await Assertions.Expect(page.GetByText("Revoked")).ToHaveCountAsync(1);
        await PageChecks.AssertAsync(page);
        await BrowserApp.ScreenshotAsync(page, "15-sharing-less");
    }
}
