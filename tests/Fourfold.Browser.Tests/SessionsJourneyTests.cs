using System.Globalization;
using Fourfold.Browser.Tests.Pages;
using Fourfold.Web.Features.Demo;
using Microsoft.Playwright;

namespace Fourfold.Browser.Tests;

[Collection(BrowserSuite.Name)]
public sealed class SessionsJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task TheCouplesTherapistBooksAFourPersonSlotAcrossTwoZones_EachSeesItInTheirOwnTime_AndThePolicyRefusalShowsItsReason()
    {
        var maya = await OnSessionsAsync(DemoAccounts.MayaLee, "Holt");
        var from = DateTime.UtcNow.AddDays(15).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await maya.GetByLabel("Session", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Four-person session" });
        await maya.GetByLabel("From", new() { Exact = true }).FillAsync(from);
        await maya.GetByLabel("To", new() { Exact = true }).FillAsync(DateTime.UtcNow.AddDays(21).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await maya.GetByRole(AriaRole.Button, new() { Name = "Find times" }).ClickAsync();
        var firstSlot = maya.Locator(".slot").First;
        await Assertions.Expect(firstSlot).ToContainTextAsync("for Dr. Alex Kim in Los Angeles");
        var localTime = await firstSlot.Locator("strong").InnerTextAsync();
        await Accessibility.AssertNoViolationsAsync(maya);
        await BrowserApp.ScreenshotAsync(maya, "30-sessions-find-a-time");

        await firstSlot.GetByRole(AriaRole.Button, new() { Name = "Book" }).ClickAsync();
        await Assertions.Expect(maya.GetByRole(AriaRole.Status)).ToContainTextAsync("Booked.");
        var booked = maya.Locator(".session", new() { HasText = "Four-person session" }).Last;
        await Assertions.Expect(booked).ToContainTextAsync(localTime);
        await Accessibility.AssertNoViolationsAsync(maya);
        await BrowserApp.ScreenshotAsync(maya, "31-sessions-booked");
        await maya.GetByRole(AriaRole.Link, new() { Name = "Past sessions" }).ClickAsync();
        await Assertions.Expect(maya.Locator(".session", new() { HasText = "Couple session" }).First).ToContainTextAsync("Dana Holt · Betrayed partner · came");
        await maya.GetByRole(AriaRole.Link, new() { Name = "Balance" }).ClickAsync();
        await Assertions.Expect(maya.GetByRole(AriaRole.Alert).First).ToContainTextAsync("The partners are drifting apart.");
        await Accessibility.AssertNoViolationsAsync(maya);
        await BrowserApp.ScreenshotAsync(maya, "31c-sessions-balance");
        await maya.GoBackAsync();
        await Accessibility.AssertNoViolationsAsync(maya);
        await BrowserApp.ScreenshotAsync(maya, "31b-sessions-past-with-attendance");

        var alex = await app.NewPageAsync();
        await new SignInPage(alex).SignInAsync(DemoAccounts.AlexKim);
        await alex.GetByRole(AriaRole.Link, new() { Name = "My sessions" }).ClickAsync();
        var laTime = TimeOnly.ParseExact(localTime, "HH:mm", CultureInfo.InvariantCulture).AddHours(-3).ToString("HH:mm", CultureInfo.InvariantCulture);
        var seenByAlex = alex.Locator(".session", new() { HasText = laTime }).Last;
        await Assertions.Expect(seenByAlex).ToContainTextAsync($"{localTime} for Dana Holt, Chris Holt, Sam Ortiz and Dr. Maya Lee in New York");
        await Accessibility.AssertNoViolationsAsync(alex);
        await BrowserApp.ScreenshotAsync(alex, "32-sessions-in-los-angeles-time");

        var dana = await app.NewPageAsync();
        await new SignInPage(dana).SignInAsync(DemoAccounts.DanaHolt);
        await dana.GetByRole(AriaRole.Link, new() { Name = "My sessions" }).ClickAsync();
        await dana.GetByRole(AriaRole.Button, new() { Name = "Make my calendar address" }).ClickAsync();
        var address = await dana.Locator(".feed-url").InnerTextAsync();
        var feed = await (await dana.APIRequest.GetAsync(address)).TextAsync();
        Assert.Contains("SUMMARY:Fourfold session", feed, StringComparison.Ordinal);
        Assert.Equal(5, feed.Split("BEGIN:VEVENT").Length - 1);
        Assert.DoesNotContain("Holt", feed, StringComparison.Ordinal);
        await Accessibility.AssertNoViolationsAsync(dana);
        await BrowserApp.ScreenshotAsync(dana, "33-sessions-partner-feed");

        var reed = await OnSessionsAsync(DemoAccounts.MayaLee, "Reed");
        await reed.GetByLabel("Session", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Couple session" });
        await reed.GetByLabel("From", new() { Exact = true }).FillAsync(from);
        await reed.GetByLabel("To", new() { Exact = true }).FillAsync(DateTime.UtcNow.AddDays(21).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await reed.GetByRole(AriaRole.Button, new() { Name = "Find times" }).ClickAsync();
        await Assertions.Expect(reed.GetByRole(AriaRole.Alert).First).ToContainTextAsync("Waiting for both partners to acknowledge the couples therapist's policies.");
        await Assertions.Expect(reed.Locator(".slot").First).ToBeVisibleAsync();
        await Assertions.Expect(reed.GetByRole(AriaRole.Button, new() { Name = "Book" })).ToHaveCountAsync(0);
        await Accessibility.AssertNoViolationsAsync(reed);
        await BrowserApp.ScreenshotAsync(reed, "34-sessions-refused-by-the-policy");
    }

    private async Task<IPage> OnSessionsAsync(DemoAccount account, string caseLabel)
    {
        var page = await app.NewPageAsync();
        await new SignInPage(page).SignInAsync(account);
        await page.GetByRole(AriaRole.Link, new() { Name = caseLabel }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Sessions", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sessions", Exact = true })).ToBeVisibleAsync();
        return page;
    }
}
