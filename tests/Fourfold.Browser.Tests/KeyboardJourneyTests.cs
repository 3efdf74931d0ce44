using Fourfold.Browser.Tests.Pages;
using Fourfold.Web.Features.Demo;
using Microsoft.Playwright;

namespace Fourfold.Browser.Tests;

/// <summary>One journey per persona with the keyboard alone: every control reached by Tab, shown as focused, used with Enter.</summary>
[Collection(BrowserSuite.Name)]
public sealed class KeyboardJourneyTests(BrowserApp app) : BrowserJourney(app)
{
    [Fact]
    public async Task TheBetrayedPartner_OpensHerCase_AndSeesWhoHasSeenHerInformation()
    {
        var page = await App.NewPageAsync();
        var keyboard = new KeyboardUser(page);
        await new SignInPage(page).SignInByKeyboardAsync(DemoAccounts.DanaHolt);

        await keyboard.ActivateAsync("Holt");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "What happens next" })).ToBeVisibleAsync();
        await keyboard.ActivateAsync("What I share");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "What you share, and with whom" })).ToBeVisibleAsync();
        await keyboard.ActivateAsync("Who has seen my information");
        await Assertions.Expect(page.Locator(".history__entry").First).ToContainTextAsync("opened");
        await PageChecks.AssertAsync(page);
    }

    [Fact]
    public async Task TheInvolvedPartner_ReadsAnItemOfTheStory()
    {
        var page = await App.NewPageAsync(PageChecks.PhoneWidth, 844);
        var keyboard = new KeyboardUser(page);
        await new SignInPage(page).SignInByKeyboardAsync(DemoAccounts.ChrisHolt);

        await keyboard.ActivateAsync("Holt");
        await keyboard.ActivateAsync("The story");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "The story so far" })).ToBeVisibleAsync();
        var first = (await page.Locator(".item__title a").First.InnerTextAsync()).Trim();
        await keyboard.ActivateAsync(first);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(first);
        await PageChecks.AssertAsync(page);
    }

    [Fact]
    public async Task AnIndividualTherapist_OpensTheirSessions()
    {
        var page = await App.NewPageAsync();
        var keyboard = new KeyboardUser(page);
        await new SignInPage(page).SignInByKeyboardAsync(DemoAccounts.SamOrtiz);

        await keyboard.ActivateAsync("My sessions");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My sessions" })).ToBeVisibleAsync();
        await PageChecks.AssertAsync(page);
    }

    [Fact]
    public async Task TheCouplesTherapist_FindsFreeTimes_AndTheResultTakesFocus()
    {
        var page = await App.NewPageAsync();
        var keyboard = new KeyboardUser(page);
        await new SignInPage(page).SignInByKeyboardAsync(DemoAccounts.MayaLee);

        await keyboard.ActivateAsync("Holt");
        await keyboard.ActivateAsync("Sessions");
        await keyboard.ActivateAsync("Find times");
        await Assertions.Expect(page.Locator(".results-summary")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator(".results-summary")).ToContainTextAsync("free time");
        await PageChecks.AssertAsync(page);
    }

    [Fact]
    public async Task ThePracticeAdministrator_ReachesTheCrisisLineSetting()
    {
        var page = await App.NewPageAsync();
        var keyboard = new KeyboardUser(page);
        await new SignInPage(page).SignInByKeyboardAsync(DemoAccounts.PriyaNair);

        await keyboard.ActivateAsync("Practice");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "What your clients see in a crisis" })).ToBeVisibleAsync();
        await keyboard.TabToAsync("Crisis line");
        await PageChecks.AssertAsync(page);
    }
}
