using Fourfold.Browser.Tests.Pages;
using Fourfold.Web.Features.Demo;
using Microsoft.Playwright;

namespace Fourfold.Browser.Tests;

[Collection(BrowserSuite.Name)]
public sealed class AccountabilityJourneyTests(BrowserApp app) : BrowserJourney(app)
{
    [Fact]
    public async Task DanaFlagsHomework_AndItIsOnSamOrtizsAgenda_AndOnNoOneElses()
    {
        const string HowItWent = "The list helped on Tuesday. On Thursday I could not use it at all, and I would like to understand why.";
        var dana = await OnHoltAsync(DemoAccounts.DanaHolt, "Homework");
        await Assertions.Expect(dana.GetByRole(AriaRole.Heading, new() { Name = "Three evening check-ins this week, twenty minutes each, using FANOS" })).ToBeVisibleAsync();
        var letter = dana.Locator("article", new() { Has = dana.GetByRole(AriaRole.Heading, new() { Name = "Write down what helps you feel safe on a hard evening" }) });
        await letter.GetByRole(AriaRole.Link, new() { Name = "Write how it went" }).ClickAsync();
        await Assertions.Expect(dana.GetByLabel("Which homework")).ToHaveValueAsync(await letter.GetAttributeAsync("aria-labelledby") is { } id ? id["homework-".Length..] : "");
        await dana.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(dana.Locator(".field-error")).ToHaveCountAsync(1);
        await dana.GetByRole(AriaRole.Textbox, new() { Name = "How it went" }).FillAsync(HowItWent);
        await dana.GetByLabel("Bring this to my individual session with Sam Ortiz").CheckAsync();
        await PageChecks.AssertAsync(dana);
        await BrowserApp.ScreenshotAsync(dana, "50-homework-betrayed-partner");
        await dana.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(dana.GetByRole(AriaRole.Status)).ToContainTextAsync("on your therapist's or coach's agenda");
        await Assertions.Expect(letter.GetByText(HowItWent)).ToBeVisibleAsync();

        const string Topic = "Whether we go to my sister's for New Year";
        await dana.GotoAsync(dana.Url.Split("/homework")[0] + "/joint-session");
        await dana.GetByLabel("What you would like to talk about").FillAsync(Topic);
        await dana.GetByRole(AriaRole.Button, new() { Name = "Add to the agenda" }).ClickAsync();
        await Assertions.Expect(dana.GetByRole(AriaRole.Status)).ToContainTextAsync("It is on the agenda for your next joint session.");
        await Assertions.Expect(dana.GetByText(Topic)).ToBeVisibleAsync();
        await PageChecks.AssertAsync(dana);
        await BrowserApp.ScreenshotAsync(dana, "54-joint-session-betrayed-partner");

        var sam = await App.NewPageAsync();
        await new SignInPage(sam).SignInAsync(DemoAccounts.SamOrtiz);
        await sam.GetByRole(AriaRole.Link, new() { Name = "My agenda" }).ClickAsync();
        var entry = sam.Locator("article", new() { HasText = HowItWent });
        await Assertions.Expect(entry).ToBeVisibleAsync();
        await Assertions.Expect(entry.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Write down what helps you feel safe on a hard evening");
        await PageChecks.AssertAsync(sam);
        await BrowserApp.ScreenshotAsync(sam, "51-agenda-betrayed-partners-therapist");

        foreach (var other in new[] { DemoAccounts.MayaLee, DemoAccounts.AlexKim })
        {
            var page = await App.NewPageAsync();
            await new SignInPage(page).SignInAsync(other);
            await page.GetByRole(AriaRole.Link, new() { Name = "My agenda" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My agenda" })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText(HowItWent)).ToHaveCountAsync(0);
            await Assertions.Expect(page.GetByText(Topic)).ToHaveCountAsync(other == DemoAccounts.MayaLee ? 1 : 0);
            if (other == DemoAccounts.MayaLee)
            {
                await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Either of us can say “pause” and we stop for an hour" })).ToBeVisibleAsync();
                await PageChecks.AssertAsync(page);
                await BrowserApp.ScreenshotAsync(page, "55-agenda-couples-therapist");
            }
        }

        await entry.GetByRole(AriaRole.Button, new() { Name = "We have talked it through" }).ClickAsync();
        await Assertions.Expect(sam.GetByRole(AriaRole.Status)).ToContainTextAsync("Marked as talked through");
        await Assertions.Expect(sam.GetByText(HowItWent)).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task DanaChecksIn_ForSamAlone_AndSeesHowSafeSheHasFelt()
    {
        const string Help = "Knowing the plan for the evening before it starts.";
        var dana = await OnHoltAsync(DemoAccounts.DanaHolt, "Check-ins");
        await Assertions.Expect(dana.GetByRole(AriaRole.Heading, new() { Name = "How safe you have felt" })).ToBeVisibleAsync();
        await Assertions.Expect(dana.Locator(".chart__point")).ToHaveCountAsync(7);
        await dana.GetByText("New check-in").ClickAsync();
        await dana.GetByLabel("Safety check-in", new() { Exact = true }).CheckAsync();
        await dana.GetByRole(AriaRole.Button, new() { Name = "Save the check-in" }).ClickAsync();
        await Assertions.Expect(dana.Locator(".field-error")).ToHaveCountAsync(1);
        await dana.GetByLabel("How safe I feel right now").SelectOptionAsync("7");
        await dana.GetByLabel("What would help").FillAsync(Help);
        await dana.GetByLabel("Sam Ortiz").CheckAsync();
        await PageChecks.AssertAsync(dana);
        await BrowserApp.ScreenshotAsync(dana, "52-check-in-betrayed-partner");
        await dana.GetByRole(AriaRole.Button, new() { Name = "Save the check-in" }).ClickAsync();
        await Assertions.Expect(dana.GetByRole(AriaRole.Status)).ToContainTextAsync("Only the people you picked can read it.");
        await Assertions.Expect(dana.Locator(".chart__point")).ToHaveCountAsync(8);
        await BrowserApp.ScreenshotAsync(dana, "53-check-ins-chart");

        var sam = await OnHoltAsync(DemoAccounts.SamOrtiz, "Check-ins");
        await Assertions.Expect(sam.GetByText(Help)).ToBeVisibleAsync();
        await Assertions.Expect(sam.GetByRole(AriaRole.Heading, new() { Name = "How safe Dana Holt has felt" })).ToBeVisibleAsync();
        await PageChecks.AssertAsync(sam);

        var chris = await OnHoltAsync(DemoAccounts.ChrisHolt, "Check-ins");
        await Assertions.Expect(chris.GetByText(Help)).ToHaveCountAsync(0);
        var hers = chris.Locator("article", new() { HasText = "Tired, and a little hopeful after Sunday." });
        await hers.GetByRole(AriaRole.Link, new() { Name = "Reply to Dana Holt" }).ClickAsync();
        await chris.GetByLabel("Begin with").SelectOptionAsync("It makes sense that you feel");
        await chris.GetByLabel("Your words").FillAsync("tired after the week we had.");
        await PageChecks.AssertAsync(chris);
        await BrowserApp.ScreenshotAsync(chris, "56-reply-with-a-validation-starter");
        await chris.GetByRole(AriaRole.Button, new() { Name = "Send my reply" }).ClickAsync();
        await Assertions.Expect(chris.GetByText("It makes sense that you feel tired after the week we had.")).ToBeVisibleAsync();

        await dana.ReloadAsync();
        await Assertions.Expect(dana.GetByText("It makes sense that you feel tired after the week we had.")).ToBeVisibleAsync();
    }

    private async Task<IPage> OnHoltAsync(DemoAccount account, string link)
    {
        var page = await App.NewPageAsync();
        await new SignInPage(page).SignInAsync(account);
        await page.GetByRole(AriaRole.Link, new() { Name = "Holt" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync();
        return page;
    }
}
