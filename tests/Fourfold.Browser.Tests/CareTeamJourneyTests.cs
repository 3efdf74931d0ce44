using Fourfold.Browser.Tests.Pages;
using Fourfold.Web.Features.Demo;
using Microsoft.Playwright;

namespace Fourfold.Browser.Tests;

[Collection(BrowserSuite.Name)]
public sealed class CareTeamJourneyTests(BrowserApp app) : BrowserJourney(app)
{
    [Fact]
    public async Task CouplesTherapist_SignsInWithPasswordAndCode_AndSeesTheFourPersonTeam()
    {
        var page = await App.NewPageAsync();

        await new SignInPage(page).SignInAsync(DemoAccounts.MayaLee, PageChecks.AssertAsync);
        await PageChecks.AssertAsync(page);
        await BrowserApp.ScreenshotAsync(page, "01-couples-therapist-cases");

        await page.GetByRole(AriaRole.Link, new() { Name = "Holt" }).ClickAsync();
        var holt = new CasePage(page);
        await Assertions.Expect(holt.Heading).ToHaveTextAsync("Holt");
        await Assertions.Expect(holt.Team).ToHaveCountAsync(5);
        await Assertions.Expect(holt.Member(DemoAccounts.AlexKim.DisplayName)).ToContainTextAsync("Support of the involved partner");
        await Assertions.Expect(holt.Member(DemoAccounts.AlexKim.DisplayName)).ToContainTextAsync(DemoSeeder.WestsideRecovery);
        await Assertions.Expect(holt.Member(DemoAccounts.AlexKim.DisplayName)).ToContainTextAsync("in Los Angeles");
        await Assertions.Expect(holt.Member(DemoAccounts.SamOrtiz.DisplayName)).ToContainTextAsync("in New York");
        await Assertions.Expect(holt.Member(DemoAccounts.DanaHolt.DisplayName)).ToContainTextAsync("Betrayed partner");
        await Assertions.Expect(holt.Booking).ToContainTextAsync("can be booked");
        await PageChecks.AssertAsync(page);
        await BrowserApp.ScreenshotAsync(page, "02-four-person-case");

        await page.GetByRole(AriaRole.Link, new() { Name = "Couples therapist's policies" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "The couples therapist's policies" })).ToBeVisibleAsync();
        await PageChecks.AssertAsync(page);
        await BrowserApp.ScreenshotAsync(page, "03-policies-as-couples-therapist");
    }

    [Fact]
    public async Task Partner_SignsIn_AndSeesOnlyTheirOwnCase()
    {
        var page = await App.NewPageAsync(390, 844);

        await new SignInPage(page).SignInAsync(DemoAccounts.MorganReed);

        var cases = page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Listitem);
        await Assertions.Expect(cases).ToHaveCountAsync(1);
        await Assertions.Expect(cases).ToContainTextAsync("Reed");
        await Assertions.Expect(page.GetByText("Please read and acknowledge the couples therapist's policies")).ToBeVisibleAsync();
        await PageChecks.AssertAsync(page);
        await BrowserApp.ScreenshotAsync(page, "04-partner-cases-phone");

        await page.GetByRole(AriaRole.Link, new() { Name = "Reed" }).ClickAsync();
        var reed = new CasePage(page);
        await Assertions.Expect(reed.Booking).ToContainTextAsync("Waiting for both partners");
        await PageChecks.AssertAsync(page);
        await BrowserApp.ScreenshotAsync(page, "05-partner-case-phone");

        await page.GetByRole(AriaRole.Link, new() { Name = "Read and acknowledge the policies" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "I have read and acknowledge these policies" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your acknowledgement is recorded");
        await PageChecks.AssertAsync(page);
        await BrowserApp.ScreenshotAsync(page, "06-partner-acknowledged-phone");

        var otherCase = await OtherCaseUrlAsync(page);
        var response = await page.GotoAsync(otherCase);
        Assert.Equal(404, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Page not found" })).ToBeVisibleAsync();
    }

    private async Task<string> OtherCaseUrlAsync(IPage partnerPage)
    {
        var therapist = await App.NewPageAsync();
        await new SignInPage(therapist).SignInAsync(DemoAccounts.SamOrtiz);
        var href = await therapist.GetByRole(AriaRole.Link, new() { Name = "Holt" }).GetAttributeAsync("href");
        await therapist.Context.CloseAsync();
        Assert.NotNull(href);
        Assert.NotEqual(partnerPage.Url, href);
        return href;
    }
}
