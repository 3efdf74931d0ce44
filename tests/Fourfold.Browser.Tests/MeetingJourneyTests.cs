using System.Globalization;
using Fourfold.Browser.Tests.Pages;
using Fourfold.Web.Features.Demo;
using Microsoft.Playwright;

namespace Fourfold.Browser.Tests;

[Collection(BrowserSuite.Name)]
public sealed class MeetingJourneyTests(BrowserApp app) : BrowserJourney(app)
{
    [Fact]
    public async Task InPark_RileyPreparesQuestionsAndTwoConcerns_AveryAgrees_AndSamAcceptsAndBooksTheThreeOfThem()
    {
        // The demo's request, agreed by Avery, is waiting for Sam: he reads what Riley prepared, accepts and books it.
        var sam = await OnParkAsync(DemoAccounts.SamOrtiz, "Partner meetings");
        var waiting = sam.Locator("article", new() { HasText = "Waiting for the therapist" });
        await Assertions.Expect(waiting.GetByText("Avery's work trips are still the hardest part of each month for me.")).ToBeVisibleAsync();
        await Assertions.Expect(waiting.GetByText("I am not asking for an answer to these.", new() { Exact = false })).ToBeVisibleAsync();
        await PageChecks.AssertAsync(sam);
        await BrowserApp.ScreenshotAsync(sam, "70-meeting-request-therapist");
        await waiting.GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();
        await Assertions.Expect(sam.GetByRole(AriaRole.Status).First).ToContainTextAsync("Accepted.");
        await BookAsync(sam, days: 20);

        var riley = await OnParkAsync(DemoAccounts.RileyPark, "Meet my partner's therapist");
        await Assertions.Expect(riley.GetByText("Booked", new() { Exact = true })).ToBeVisibleAsync();
        await riley.GetByText("Ask to meet Sam Ortiz").ClickAsync();
        await riley.GetByRole(AriaRole.Button, new() { Name = "Ask my partner first" }).ClickAsync();
        await Assertions.Expect(riley.GetByRole(AriaRole.Alert)).ToContainTextAsync("Choose or write at least one question");
        await riley.GetByLabel("Ask question 3").CheckAsync();
        await riley.GetByLabel("Ask question 4").CheckAsync();
        await riley.GetByLabel("Question 4", new() { Exact = true }).FillAsync("What are Avery's goals for the next three months, and how will you both know they are being reached?");
        await riley.GetByLabel("Concern 1").FillAsync("I still find it hard to believe what I am told.");
        await riley.GetByLabel("Concern 2").FillAsync("Evenings when Avery is late home are the hardest for me.");
        await PageChecks.AssertAsync(riley);
        await BrowserApp.ScreenshotAsync(riley, "71-meeting-request-partner-preparing");
        await riley.GetByRole(AriaRole.Button, new() { Name = "Ask my partner first" }).ClickAsync();
        await Assertions.Expect(riley.GetByRole(AriaRole.Status).First).ToContainTextAsync("Your request is sent to your partner first.");

        var avery = await OnParkAsync(DemoAccounts.AveryPark, "Meet my partner's therapist");
        var asked = avery.Locator("article", new() { HasText = "Waiting for the other partner to agree" });
        await Assertions.Expect(asked.GetByText("Evenings when Avery is late home")).ToHaveCountAsync(0);
        await PageChecks.AssertAsync(avery);
        await BrowserApp.ScreenshotAsync(avery, "72-meeting-request-other-partner");
        await asked.GetByRole(AriaRole.Button, new() { Name = "I agree" }).ClickAsync();
        await Assertions.Expect(avery.GetByRole(AriaRole.Status).First).ToContainTextAsync("Your therapist or coach has the request now.");

        await sam.ReloadAsync();
        var second = sam.Locator("article", new() { HasText = "Waiting for the therapist" });
        await Assertions.Expect(second.GetByText("Evenings when Avery is late home are the hardest for me.")).ToBeVisibleAsync();
        await second.GetByLabel("Avery Park joins the meeting").UncheckAsync();
        await second.GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();
        await Assertions.Expect(sam.GetByText("a meeting of the two of them", new() { Exact = false })).ToBeVisibleAsync();
        await BookAsync(sam, days: 21);
        await sam.GetByText("Write back to Riley Park").First.ClickAsync();
        await Assertions.Expect(sam.GetByText("has not authorized Riley Park to read plan and progress information", new() { Exact = false }).First).ToBeVisibleAsync();
        await PageChecks.AssertAsync(sam);
        await BrowserApp.ScreenshotAsync(sam, "73-meeting-booked-therapist");
    }

    private static async Task BookAsync(IPage page, int days)
    {
        var accepted = page.Locator("article", new() { HasText = "Accepted; a time is still to be booked" });
        var when = DateTime.UtcNow.Date.AddDays(days).AddHours(15).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
        await accepted.GetByLabel("When").FillAsync(when);
        await accepted.GetByRole(AriaRole.Button, new() { Name = "Book the meeting" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("The meeting is booked.");
    }

    private async Task<IPage> OnParkAsync(DemoAccount account, string link)
    {
        var page = await App.NewPageAsync();
        await new SignInPage(page).SignInAsync(account);
        await page.GetByRole(AriaRole.Link, new() { Name = "Park" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync();
        return page;
    }
}
