using Xunit.Sdk;

namespace Fourfold.Browser.Tests;

/// <summary>The checks every page is held to fail when a page breaks them: a check that cannot fail proves nothing.</summary>
[Collection(BrowserSuite.Name)]
public sealed class PageChecksTests(BrowserApp app) : BrowserJourney(app)
{
    [Fact]
    public async Task APageWithAnAccessibilityViolation_FailsTheChecks_AtEitherWidth()
    {
        var page = await App.NewPageAsync();
        await page.GotoAsync("/account/login");
        await PageChecks.AssertAsync(page);

        await page.EvaluateAsync("() => document.querySelector('main').append(Object.assign(document.createElement('img'), { src: '/favicon.svg' }))");
        var failed = await Assert.ThrowsAsync<TrueException>(() => PageChecks.AssertAsync(page));
        Assert.Contains("image-alt", failed.Message, StringComparison.Ordinal);

        var phone = await App.NewPageAsync(PageChecks.PhoneWidth, 844);
        await phone.GotoAsync("/account/login");
        await phone.EvaluateAsync("() => document.querySelector('main').append(Object.assign(document.createElement('div'), { style: 'width: 2000px', textContent: 'too wide' }))");
        var tooWide = await Assert.ThrowsAsync<TrueException>(() => PageChecks.AssertAsync(phone));
        Assert.Contains("scrolls sideways", tooWide.Message, StringComparison.Ordinal);
    }
}
