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

        var leaving = await page.RunAndWaitForResponseAsync(async () =>
        {
            await page.Keyboard.PressAsync("Escape");
            await page.Keyboard.PressAsync("Escape");
        }, response => response.Url.EndsWith("/leave", StringComparison.Ordinal));
        Assert.Equal(302, leaving.Status);
        Assert.Equal("https://www.wikipedia.org/", await leaving.HeaderValueAsync("location"));

        // The neutral site is out of reach from the test machine; what matters is that this browser is signed out.
        var again = await page.Context.NewPageAsync();
        await again.GotoAsync("/");
        await Assertions.Expect(again.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
    }
}
