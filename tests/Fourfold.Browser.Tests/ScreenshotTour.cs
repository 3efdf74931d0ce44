using Fourfold.Browser.Tests.Pages;
using Fourfold.Web.Features.Demo;
using Microsoft.Playwright;

namespace Fourfold.Browser.Tests;

/// <summary>Runs only when <c>FOURFOLD_DOCS_SCREENSHOTS</c> is set, as <c>scripts/screenshots.sh</c> does.</summary>
public sealed class DocsScreenshotsFactAttribute : FactAttribute
{
    public DocsScreenshotsFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("FOURFOLD_DOCS_SCREENSHOTS") is null)
        {
            Skip = "Regenerates docs/screenshots: run scripts/screenshots.sh when pages change.";
        }
    }
}

/// <summary>
/// The personas' main pages as served (real headers, demo data), at desktop and phone widths, for docs/screenshots.
/// Each page is held to <see cref="PageChecks"/> like every other page the suite visits.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class ScreenshotTour(BrowserApp app) : BrowserJourney(app)
{
    [DocsScreenshotsFact]
    public async Task ThePersonasMainPages_AtBothWidths()
    {
        var anonymous = await App.NewPageAsync();
        await anonymous.GotoAsync("/account/login");
        await ShootAsync(anonymous, "01-sign-in");

        var dana = await App.NewPageAsync();
        await new SignInPage(dana).SignInAsync(DemoAccounts.DanaHolt);
        await dana.GetByRole(AriaRole.Link, new() { Name = "Holt" }).ClickAsync();
        await ShootAsync(dana, "02-partner-case-next-steps");
        await dana.GetByRole(AriaRole.Link, new() { Name = "The story" }).ClickAsync();
        await ShootAsync(dana, "03-partner-story");
        await dana.GotoAsync(dana.Url.Replace("/timeline", "/authorizations", StringComparison.Ordinal));
        await ShootAsync(dana, "04-partner-what-i-share");
        await dana.GetByRole(AriaRole.Link, new() { Name = "Who has seen my information" }).ClickAsync();
        await ShootAsync(dana, "05-partner-who-has-seen-my-information");
        await dana.GetByRole(AriaRole.Link, new() { Name = "Cases" }).ClickAsync();
        await dana.GetByRole(AriaRole.Link, new() { Name = "Holt" }).ClickAsync();
        await dana.GetByRole(AriaRole.Link, new() { Name = "Our agreements" }).ClickAsync();
        await ShootAsync(dana, "10-partner-our-agreements");
        await dana.GetByRole(AriaRole.Link, new() { Name = "The disclosure log" }).ClickAsync();
        await ShootAsync(dana, "11-partner-disclosure-log");
        await dana.GotoAsync(dana.Url.Replace("/disclosures", "/check-ins", StringComparison.Ordinal));
        await ShootAsync(dana, "12-partner-check-ins");
        await dana.GotoAsync(dana.Url.Replace("/check-ins", "/homework", StringComparison.Ordinal));
        await ShootAsync(dana, "13-partner-homework");
        await dana.GotoAsync(dana.Url.Replace("/homework", "/disclosure", StringComparison.Ordinal));
        await ShootAsync(dana, "16-betrayed-partner-full-disclosure");

        var chris = await App.NewPageAsync();
        await new SignInPage(chris).SignInAsync(DemoAccounts.ChrisHolt);
        await chris.GetByRole(AriaRole.Link, new() { Name = "Holt" }).ClickAsync();
        await chris.GotoAsync(chris.Url.TrimEnd('/') + "/joint-session");
        await ShootAsync(chris, "14-partner-next-joint-session");
        await chris.GotoAsync(chris.Url.Replace("/joint-session", "/disclosure", StringComparison.Ordinal));
        await ShootAsync(chris, "17-involved-partner-full-disclosure");

        var sam = await App.NewPageAsync();
        await new SignInPage(sam).SignInAsync(DemoAccounts.SamOrtiz);
        await sam.GotoAsync("/me/agenda");
        await ShootAsync(sam, "15-support-agenda");
        await sam.GetByRole(AriaRole.Link, new() { Name = "Cases" }).ClickAsync();
        await sam.GetByRole(AriaRole.Link, new() { Name = "Park" }).ClickAsync();
        await sam.GetByRole(AriaRole.Link, new() { Name = "Partner meetings" }).ClickAsync();
        await ShootAsync(sam, "19-therapist-meeting-request");

        var riley = await App.NewPageAsync();
        await new SignInPage(riley).SignInAsync(DemoAccounts.RileyPark);
        await riley.GetByRole(AriaRole.Link, new() { Name = "Park" }).ClickAsync();
        await riley.GetByRole(AriaRole.Link, new() { Name = "Meet my partner's therapist" }).ClickAsync();
        await ShootAsync(riley, "18-partner-meeting-request");

        var maya = await App.NewPageAsync();
        await new SignInPage(maya).SignInAsync(DemoAccounts.MayaLee);
        await ShootAsync(maya, "06-couples-therapist-cases");
        await maya.GetByRole(AriaRole.Link, new() { Name = "Holt" }).ClickAsync();
        await maya.GetByRole(AriaRole.Link, new() { Name = "Sessions", Exact = true }).ClickAsync();
        await ShootAsync(maya, "07-couples-therapist-sessions");
        await maya.GotoAsync(maya.Url.Replace("/sessions", "/team", StringComparison.Ordinal));
        await maya.GetByText("End their place").First.ClickAsync();
        await ShootAsync(maya, "09-couples-therapist-team");

        var priya = await App.NewPageAsync();
        await new SignInPage(priya).SignInAsync(DemoAccounts.PriyaNair);
        await priya.GetByRole(AriaRole.Link, new() { Name = "Practice" }).ClickAsync();
        await ShootAsync(priya, "08-practice-administrator");
    }

    private static async Task ShootAsync(IPage page, string name)
    {
        await PageChecks.AssertAsync(page);
        var own = page.ViewportSize!;
        await BrowserApp.ScreenshotAsync(page, $"{name}-desktop");
        await page.SetViewportSizeAsync(PageChecks.PhoneWidth, 844);
        await BrowserApp.ScreenshotAsync(page, $"{name}-phone");
        await page.SetViewportSizeAsync(own.Width, own.Height);
    }
}
