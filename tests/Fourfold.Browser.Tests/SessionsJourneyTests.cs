using System.Globalization;
using Fourfold.Browser.Tests.Pages;
using Fourfold.Web.Features.Demo;
using Microsoft.Playwright;

namespace Fourfold.Browser.Tests;

[Collection(BrowserSuite.Name)]
public sealed class SessionsJourneyTests(BrowserApp app) : BrowserJourney(app)
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
        await PageChecks.AssertAsync(maya);
        await BrowserApp.ScreenshotAsync(maya, "30-sessions-find-a-time");

        await firstSlot.GetByRole(AriaRole.Button, new() { Name = "Book" }).ClickAsync();
        await Assertions.Expect(maya.GetByRole(AriaRole.Status)).ToContainTextAsync("Booked.");
        var booked = maya.Locator(".session", new() { HasText = "Four-person session" }).Last;
        await Assertions.Expect(booked).ToContainTextAsync(localTime);
        await PageChecks.AssertAsync(maya);
        await BrowserApp.ScreenshotAsync(maya, "31-sessions-booked");
        await maya.GetByRole(AriaRole.Link, new() { Name = "Past sessions" }).ClickAsync();
        await Assertions.Expect(maya.Locator(".session", new() { HasText = "Couple session" }).First).ToContainTextAsync("Dana Holt · Betrayed partner · came");
        await maya.GetByRole(AriaRole.Link, new() { Name = "Balance" }).ClickAsync();
        await Assertions.Expect(maya.GetByRole(AriaRole.Alert).First).ToContainTextAsync("The partners' answers have moved apart.");
        await PageChecks.AssertAsync(maya);
        await BrowserApp.ScreenshotAsync(maya, "31c-sessions-balance");
        await maya.GoBackAsync();
        await PageChecks.AssertAsync(maya);
        await BrowserApp.ScreenshotAsync(maya, "31b-sessions-past-with-attendance");

        var alex = await App.NewPageAsync();
        await new SignInPage(alex).SignInAsync(DemoAccounts.AlexKim);
        await alex.GetByRole(AriaRole.Link, new() { Name = "My sessions" }).ClickAsync();
        var laTime = TimeOnly.ParseExact(localTime, "HH:mm", CultureInfo.InvariantCulture).AddHours(-3).ToString("HH:mm", CultureInfo.InvariantCulture);
        var seenByAlex = alex.Locator(".session", new() { HasText = laTime }).Last;
        await Assertions.Expect(seenByAlex).ToContainTextAsync($"{localTime} for Dana Holt, Chris Holt, Sam Ortiz and Dr. Maya Lee in New York");
        await PageChecks.AssertAsync(alex);
        await BrowserApp.ScreenshotAsync(alex, "32-sessions-in-los-angeles-time");

        var dana = await App.NewPageAsync();
        await new SignInPage(dana).SignInAsync(DemoAccounts.DanaHolt);
        await dana.GetByRole(AriaRole.Link, new() { Name = "My sessions" }).ClickAsync();
        await dana.GetByRole(AriaRole.Button, new() { Name = "Make my calendar address" }).ClickAsync();
        var address = await dana.Locator(".feed-url").InnerTextAsync();
        var feed = await (await dana.APIRequest.GetAsync(address)).TextAsync();
        Assert.Contains("SUMMARY:Fourfold session", feed, StringComparison.Ordinal);
        Assert.Equal(5, feed.Split("BEGIN:VEVENT").Length - 1);
        Assert.DoesNotContain("Holt", feed, StringComparison.Ordinal);
        await PageChecks.AssertAsync(dana);
        await BrowserApp.ScreenshotAsync(dana, "33-sessions-partner-feed");

        var reed = await OnSessionsAsync(DemoAccounts.MayaLee, "Reed");
        await Assertions.Expect(reed.GetByLabel("For whom")).ToBeVisibleAsync();
        await reed.GetByLabel("Session", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Couple session" });
        await Assertions.Expect(reed.GetByLabel("For whom")).ToBeHiddenAsync();
        await reed.GetByLabel("From", new() { Exact = true }).FillAsync(from);
        await reed.GetByLabel("To", new() { Exact = true }).FillAsync(DateTime.UtcNow.AddDays(21).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await reed.GetByRole(AriaRole.Button, new() { Name = "Find times" }).ClickAsync();
        await Assertions.Expect(reed.GetByRole(AriaRole.Status).First).ToContainTextAsync("Waiting for Morgan Reed and Casey Reed to acknowledge the couples therapist's policies.");
        await Assertions.Expect(reed.Locator(".slot").First).ToBeVisibleAsync();
        await Assertions.Expect(reed.GetByRole(AriaRole.Button, new() { Name = "Book" })).ToHaveCountAsync(0);
        var more = reed.Locator(".slot-more").First;
        await more.Locator("summary").ClickAsync();
        await Assertions.Expect(more.Locator(".slot").First).ToBeVisibleAsync();
        await PageChecks.AssertAsync(reed);
        await BrowserApp.ScreenshotAsync(reed, "34-sessions-refused-by-the-policy");

        await maya.GotoAsync(maya.Url.Split('?')[0]);
        var toCancel = maya.Locator(".session", new() { HasText = localTime }).Filter(new() { HasText = "Four-person session" }).Last;
        await toCancel.GetByRole(AriaRole.Link, new() { Name = "Cancel this session" }).ClickAsync();
        await Assertions.Expect(maya.GetByRole(AriaRole.Heading, new() { Name = "Cancel this session?" })).ToBeFocusedAsync();
        var told = maya.Locator(".confirm");
        await Assertions.Expect(told).ToContainTextAsync("Everyone taking part is told by email:");
        foreach (var name in new[] { "Dana Holt", "Chris Holt", "Sam Ortiz", "Dr. Alex Kim", " and you." })
        {
            await Assertions.Expect(told).ToContainTextAsync(name);
        }

        await PageChecks.AssertAsync(maya);
        await BrowserApp.ScreenshotAsync(maya, "31d-sessions-cancel-asks-first");
        await maya.GetByRole(AriaRole.Button, new() { Name = "Yes, cancel it" }).ClickAsync();
        await Assertions.Expect(maya.GetByRole(AriaRole.Status)).ToContainTextAsync("Cancelled.");
        await Assertions.Expect(maya.GetByRole(AriaRole.Status)).ToBeFocusedAsync();
        await PageChecks.AssertAsync(maya);
    }

    [Fact]
    public async Task ASessionIsMovedToAnotherTime_HoursReadInTheVisitorsZoneAndThePractices_AndABadExtraHourIsNamedByItsField()
    {
        var maya = await OnSessionsAsync(DemoAccounts.MayaLee, "Holt");
        var demoSession = maya.Locator(".session", new() { HasText = "Four-person session" }).First;
        await demoSession.GetByRole(AriaRole.Link, new() { Name = "Move to another time" }).ClickAsync();
        await Assertions.Expect(maya.GetByRole(AriaRole.Heading, new() { Name = "Find a new time" })).ToBeVisibleAsync();
        await maya.GetByLabel("From", new() { Exact = true }).FillAsync(DateTime.UtcNow.AddDays(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await maya.GetByLabel("To", new() { Exact = true }).FillAsync(DateTime.UtcNow.AddDays(6).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await maya.GetByRole(AriaRole.Button, new() { Name = "Find times" }).ClickAsync();
        var firstSlot = maya.Locator(".slot").First;
        var newTime = await firstSlot.Locator("strong").InnerTextAsync();
        await PageChecks.AssertAsync(maya);
        await BrowserApp.ScreenshotAsync(maya, "35-sessions-find-a-new-time");
        await firstSlot.GetByRole(AriaRole.Button, new() { Name = "Move here" }).ClickAsync();
        await Assertions.Expect(maya.GetByRole(AriaRole.Status)).ToContainTextAsync("Moved.");
        await Assertions.Expect(maya.Locator(".session", new() { HasText = "Four-person session" }).First).ToContainTextAsync(newTime);

        var dana = await App.NewPageAsync();
        await new SignInPage(dana).SignInAsync(DemoAccounts.DanaHolt);
        await dana.GetByRole(AriaRole.Link, new() { Name = "Holt" }).ClickAsync();
        await dana.GetByRole(AriaRole.Link, new() { Name = "Dr. Alex Kim" }).First.ClickAsync();
        var hours = dana.Locator(".facts-table");
        await Assertions.Expect(hours.Locator("th").First).ToContainTextAsync("Your time · New York");
        await Assertions.Expect(hours.Locator("th").Last).ToContainTextAsync("The practice's time · Los Angeles");
        await Assertions.Expect(hours.Locator("tbody tr").First).ToContainTextAsync("Mon 11:00–19:00");
        await Assertions.Expect(hours.Locator("tbody tr").First).ToContainTextAsync("Mon 08:00–16:00");
        await PageChecks.AssertAsync(dana);
        await BrowserApp.ScreenshotAsync(dana, "36-professional-hours-in-two-zones");

        var alex = await App.NewPageAsync();
        await new SignInPage(alex).SignInAsync(DemoAccounts.AlexKim);
        await alex.GotoAsync("/me/availability");
        var date = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var extra = alex.GetByLabel("Extra hours on particular dates", new() { Exact = false });
        await extra.FillAsync($"{date} 18:00");
        var dayOff = DateTime.UtcNow.AddDays(31).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await alex.GetByLabel("Days off", new() { Exact = false }).FillAsync(dayOff);
        await alex.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(alex.Locator("#extra-error")).ToContainTextAsync($"\"{date} 18:00\" is not a date with two times");
        await Assertions.Expect(alex.GetByLabel("Days off", new() { Exact = false })).ToHaveValueAsync(dayOff);
        await PageChecks.AssertAsync(alex);
        await BrowserApp.ScreenshotAsync(alex, "37-availability-field-message");
        await alex.GetByLabel("Extra hours on particular dates", new() { Exact = false }).FillAsync($"{date} 18:00-20:30");
        await alex.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(alex.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved.");
        await Assertions.Expect(alex.GetByLabel("Extra hours on particular dates", new() { Exact = false })).ToHaveValueAsync($"{date} 18:00-20:30");
    }

    private async Task<IPage> OnSessionsAsync(DemoAccount account, string caseLabel)
    {
        var page = await App.NewPageAsync();
        await new SignInPage(page).SignInAsync(account);
        await page.GetByRole(AriaRole.Link, new() { Name = caseLabel }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Sessions", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sessions", Exact = true })).ToBeVisibleAsync();
        return page;
    }
}
