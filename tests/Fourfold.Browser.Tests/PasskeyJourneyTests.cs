using Fourfold.Browser.Tests.Pages;
using Fourfold.Web.Features.Demo;
using Microsoft.Playwright;

namespace Fourfold.Browser.Tests;

/// <summary>
/// Passkeys made and used by a device: Chromium's virtual authenticator (the DevTools WebAuthn domain) stands in for
/// a phone or a security key, with its owner present and verified.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class PasskeyJourneyTests(BrowserApp app) : BrowserJourney(app)
{
    [Fact]
    public async Task ATherapistAddsAPasskey_SignsInWithItAlone_ReachesTheirCases_AndRemovingItStopsIt()
    {
        var page = await App.NewPageAsync(baseAddress: App.LocalhostAddress);
        await AddVirtualAuthenticatorAsync(page);
        await new SignInPage(page).SignInAsync(DemoAccounts.JordanBlake);

        await page.GotoAsync("/account/security");
        await Assertions.Expect(page.GetByText("You have no passkeys yet.")).ToBeVisibleAsync();
        await page.GetByLabel("Name").FillAsync("Work laptop");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a passkey" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Work laptop");
        await Assertions.Expect(page.GetByRole(AriaRole.List, new() { Name = "Your passkeys" })).ToContainTextAsync("Work laptop");
        await PageChecks.AssertAsync(page);
        await BrowserApp.ScreenshotAsync(page, "10-security-passkeys");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await PageChecks.AssertAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with a passkey" }).ClickAsync();

        // No password and no code: the passkey is both factors, so a professional reaches client data at once.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("cases");
        await page.GetByRole(AriaRole.Link, new() { Name = "Park" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Park");

        await page.GotoAsync("/account/security");
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove the passkey Work laptop" }).ClickAsync();
        await Assertions.Expect(page.GetByText("You have no passkeys yet.")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        // The device still holds the key, but the account no longer knows it.
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with a passkey" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("That passkey was not accepted here");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await PageChecks.AssertAsync(page);
    }

    [Fact]
    public async Task APartnerMayUseAPasskeyToo()
    {
        var page = await App.NewPageAsync(390, 844, App.LocalhostAddress);
        await AddVirtualAuthenticatorAsync(page);
        await new SignInPage(page).SignInAsync(DemoAccounts.MorganReed);
        await page.GotoAsync("/account/security");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a passkey" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.List, new() { Name = "Your passkeys" })).ToContainTextAsync("Passkey 1");
        await PageChecks.AssertAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign in with a passkey" })).ToBeVisibleAsync();
        await PageChecks.AssertAsync(page);
        await BrowserApp.ScreenshotAsync(page, "10-sign-in-with-a-passkey-phone");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with a passkey" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("cases");
        await PageChecks.AssertAsync(page);
    }

    /// <summary>A device that keeps discoverable keys and checks its owner (as a fingerprint reader would), always yes.</summary>
    private static async Task AddVirtualAuthenticatorAsync(IPage page)
    {
        var devtools = await page.Context.NewCDPSessionAsync(page);
        await devtools.SendAsync("WebAuthn.enable");
        await devtools.SendAsync("WebAuthn.addVirtualAuthenticator", new Dictionary<string, object>
        {
            ["options"] = new Dictionary<string, object>
            {
                ["protocol"] = "ctap2",
                ["transport"] = "internal",
                ["hasResidentKey"] = true,
                ["hasUserVerification"] = true,
                ["isUserVerified"] = true,
                ["automaticPresenceSimulation"] = true,
            },
        });
    }
}
