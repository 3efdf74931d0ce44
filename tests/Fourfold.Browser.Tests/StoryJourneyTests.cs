using Fourfold.Browser.Tests.Pages;
using Fourfold.Web.Features.Demo;
using Microsoft.Playwright;

namespace Fourfold.Browser.Tests;

[Collection(BrowserSuite.Name)]
public sealed class StoryJourneyTests(BrowserApp app) : BrowserJourney(app)
{
    private const string Title = "Avery: honesty about money";

    [Fact]
    public async Task TherapistsSummaryReachesTheCoachUnderAuthorization_NotThePartner_AndStopsWhenTheAuthorizationIsRevoked()
    {
        var sam = await SignedInOnParkStoryAsync(DemoAccounts.SamOrtiz);
        await sam.GetByRole(AriaRole.Link, new() { Name = "Write" }).ClickAsync();
        await sam.GetByLabel("What you are writing").SelectOptionAsync(new SelectOptionValue { Label = "Assessment summary" });
        await Assertions.Expect(sam.GetByLabel("Assessment used")).ToBeVisibleAsync();
        await sam.GetByLabel("What you are writing").SelectOptionAsync(new SelectOptionValue { Label = "Session summary" });
        await Assertions.Expect(sam.GetByLabel("Assessment used")).ToBeHiddenAsync();
        await sam.GetByLabel("Avery Park (involved partner)").CheckAsync();
        await sam.GetByLabel("Title").FillAsync(Title);
        await sam.GetByLabel("Text").FillAsync("Avery told Riley about the hidden credit card before Riley found it.\n\n- Next: a shared budget, reviewed **weekly**.");
        await sam.GetByLabel("Support of the betrayed partner (Jordan Blake)").CheckAsync();
        await PageChecks.AssertAsync(sam);
        await BrowserApp.ScreenshotAsync(sam, "20-story-write");
        await sam.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Assertions.Expect(sam.GetByRole(AriaRole.Heading, new() { Name = Title })).ToBeVisibleAsync();
        await Assertions.Expect(sam.Locator(".visibility--yes", new() { HasText = "Jordan Blake" })).ToContainTextAsync("with Avery Park's authorization");
        await Assertions.Expect(sam.Locator(".visibility--no", new() { HasText = "Riley Park" })).ToContainTextAsync("it was not written for them");
        await Assertions.Expect(sam.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved.");
        await Assertions.Expect(sam.Locator(".item__waiting")).ToHaveCountAsync(0);
        await PageChecks.AssertAsync(sam);
        await BrowserApp.ScreenshotAsync(sam, "21-story-item-visibility");
        var itemUrl = sam.Url.Split('?')[0];

        var jordan = await SignedInOnParkStoryAsync(DemoAccounts.JordanBlake);
        await Assertions.Expect(jordan.GetByRole(AriaRole.Link, new() { Name = Title })).ToBeVisibleAsync();
        await PageChecks.AssertAsync(jordan);
        await BrowserApp.ScreenshotAsync(jordan, "22-story-coach-sees-it");

        var riley = await SignedInOnParkStoryAsync(DemoAccounts.RileyPark);
        await Assertions.Expect(riley.GetByRole(AriaRole.Heading, new() { Name = "The story so far" })).ToBeVisibleAsync();
        await Assertions.Expect(riley.GetByText(Title)).ToHaveCountAsync(0);
        await BrowserApp.ScreenshotAsync(riley, "23-story-partner-does-not");

        var avery = await App.NewPageAsync();
        await new SignInPage(avery).SignInAsync(DemoAccounts.AveryPark);
        await avery.GetByRole(AriaRole.Link, new() { Name = "Park" }).ClickAsync();
        await avery.GetByRole(AriaRole.Link, new() { Name = "What I share" }).ClickAsync();
        await avery.GetByRole(AriaRole.Link, new() { Name = "Revoke all of it" }).First.ClickAsync();
        await Assertions.Expect(avery.GetByRole(AriaRole.Heading, new() { Name = "Revoke your authorization of" })).ToBeFocusedAsync();
        await PageChecks.AssertAsync(avery);
        await avery.GetByRole(AriaRole.Button, new() { Name = "Yes, revoke it" }).ClickAsync();
        await Assertions.Expect(avery.GetByRole(AriaRole.Status)).ToContainTextAsync("Revoked.");

        await jordan.ReloadAsync();
        await Assertions.Expect(jordan.GetByRole(AriaRole.Heading, new() { Name = "The story so far" })).ToBeVisibleAsync();
        await Assertions.Expect(jordan.GetByText(Title)).ToHaveCountAsync(0);
        await BrowserApp.ScreenshotAsync(jordan, "24-story-coach-no-longer");

        await sam.GotoAsync(itemUrl);
        await Assertions.Expect(sam.Locator(".visibility--no", new() { HasText = "Jordan Blake" })).ToContainTextAsync("Avery Park revoked the authorization that covered it");
        await Assertions.Expect(sam.Locator(".item__waiting")).ToHaveTextAsync("Written for Jordan Blake, who cannot see it: Avery Park revoked the authorization that covered it.");
        await Assertions.Expect(sam.GetByRole(AriaRole.Status)).ToHaveCountAsync(0);
        await BrowserApp.ScreenshotAsync(sam, "25-story-visibility-after-revoking");
    }

    [Fact]
    public async Task AnItemWrittenForAPersonByName_SaysSo_AndTheNameStaysTickedWhenItIsEdited()
    {
        const string named = "For Jordan by name";
        var sam = await SignedInOnParkStoryAsync(DemoAccounts.SamOrtiz);
        await sam.GetByRole(AriaRole.Link, new() { Name = "Write" }).ClickAsync();
        await sam.GetByLabel("What you are writing").SelectOptionAsync(new SelectOptionValue { Label = "Progress note" });
        await sam.GetByLabel("Avery Park (involved partner)").CheckAsync();
        await sam.GetByLabel("Title").FillAsync(named);
        await sam.GetByLabel("Text").FillAsync("Avery asked that Jordan hear about the relapse plan before Riley's next coaching session.");
        await sam.GetByLabel("Jordan Blake by name").CheckAsync();
        await PageChecks.AssertAsync(sam);
        await BrowserApp.ScreenshotAsync(sam, "26-story-write-for-a-person");
        await sam.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Assertions.Expect(sam.GetByRole(AriaRole.Heading, new() { Name = named })).ToBeVisibleAsync();
        await Assertions.Expect(sam.GetByText("Written for: Jordan Blake by name")).ToBeVisibleAsync();
        await Assertions.Expect(sam.Locator(".visibility--no", new() { HasText = "Riley Park" })).ToContainTextAsync("it was not written for them");
        await Assertions.Expect(sam.GetByRole(AriaRole.Status)).ToContainTextAsync("Not everyone it was written for can see it yet");
        await Assertions.Expect(sam.Locator(".item__waiting")).ToContainTextAsync("Written for Jordan Blake, who cannot see it: Avery Park");
        await PageChecks.AssertAsync(sam);
        await BrowserApp.ScreenshotAsync(sam, "27-story-written-for-a-person");
        await sam.GetByRole(AriaRole.Link, new() { Name = "Edit" }).ClickAsync();
        await Assertions.Expect(sam.GetByLabel("Jordan Blake by name")).ToBeCheckedAsync();
    }

    private async Task<IPage> SignedInOnParkStoryAsync(DemoAccount account)
    {
        var page = await App.NewPageAsync();
        await new SignInPage(page).SignInAsync(account);
        await page.GetByRole(AriaRole.Link, new() { Name = "Park" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "The story" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "The story so far" })).ToBeVisibleAsync();
        return page;
    }
}
