using Fourfold.Browser.Tests.Pages;
using Fourfold.Web.Features.Demo;
using Microsoft.Playwright;

namespace Fourfold.Browser.Tests;

[Collection(BrowserSuite.Name)]
public sealed class SafetyJourneyTests(BrowserApp app) : BrowserJourney(app)
{
    [Fact]
    public async Task EscPressedTwice_LeavesForANeutralSite_AndThisBrowserIsSignedOut()
    {
        var page = await App.NewPageAsync(390, 844);
        await new SignInPage(page).SignInAsync(DemoAccounts.DanaHolt);
        await page.GetByRole(AriaRole.Link, new() { Name = "Holt" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Leave quickly" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Contentinfo)).ToContainTextAsync("call or text 988 (United States)");
        await PageChecks.AssertAsync(page);

        // The neutral site is out of reach from the test machine: that the browser went for it is what counts here.
        var neutral = await page.RunAndWaitForRequestAsync(async () =>
        {
            await page.Keyboard.PressAsync("Escape");
            await page.Keyboard.PressAsync("Escape");
        }, request => request.Url == "https://www.wikipedia.org/" && request.IsNavigationRequest);
        Assert.Equal("GET", neutral.Method);

        // The session ends in the background, as the neutral page loads: wait for it, a moment at most.
        var again = await page.Context.NewPageAsync();
        var signIn = again.GetByRole(AriaRole.Heading, new() { Name = "Sign in" });
        for (var attempt = 0; attempt < 20 && !await signIn.IsVisibleAsync(); attempt++)
        {
            await Task.Delay(250);
            await again.GotoAsync("/");
        }

        await Assertions.Expect(signIn).ToBeVisibleAsync();
    }
}
