using Fourfold.Web.Features.Demo;
using Microsoft.Playwright;
using OtpNet;

namespace Fourfold.Browser.Tests.Pages;

/// <summary>The sign-in pages, as a person uses them: labels and buttons.</summary>
public sealed class SignInPage(IPage page)
{
    public async Task SignInAsync(DemoAccount account, Func<IPage, Task>? onEachPage = null)
    {
        ArgumentNullException.ThrowIfNull(account);
        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        if (onEachPage is not null)
        {
            await onEachPage(page);
        }

        await page.GetByLabel("Email").FillAsync(account.Email);
        await page.GetByLabel("Password").FillAsync(DemoAccount.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();

        if (account.AuthenticatorKey is { } key)
        {
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Enter your authenticator code" })).ToBeVisibleAsync();
            if (onEachPage is not null)
            {
                await onEachPage(page);
            }

            await page.GetByLabel("Authenticator code").FillAsync(await UnusedCodeAsync(account.Email, key));
            await page.GetByRole(AriaRole.Button, new() { Name = "Verify and sign in" }).ClickAsync();
        }

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("cases");
    }

    /// <summary>Signs in with the keyboard alone, from the site's root.</summary>
    public async Task SignInByKeyboardAsync(DemoAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var keyboard = new KeyboardUser(page);
        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await keyboard.TypeIntoAsync("Email", account.Email);
        await keyboard.TypeIntoAsync("Password", DemoAccount.Password);
        await keyboard.ActivateAsync("Sign in");
        if (account.AuthenticatorKey is { } key)
        {
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Enter your authenticator code" })).ToBeVisibleAsync();
            await keyboard.TypeIntoAsync("Authenticator code", await UnusedCodeAsync(account.Email, key));
            await keyboard.ActivateAsync("Verify and sign in");
        }

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("cases");
    }

    /// <summary>
    /// A code from a 30-second step not yet used for this account: each code works once, and several journeys sign in
    /// the same professional, so a second sign-in within one step waits for the next.
    /// </summary>
    private static async Task<string> UnusedCodeAsync(string email, string key)
    {
        long step;
        lock (UsedSteps)
        {
            step = Math.Max(DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30, UsedSteps.GetValueOrDefault(email) + 1);
            UsedSteps[email] = step;
        }

        var wait = DateTimeOffset.FromUnixTimeSeconds(step * 30) - DateTimeOffset.UtcNow;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait + TimeSpan.FromMilliseconds(200));
        }

        return new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(DateTimeOffset.FromUnixTimeSeconds(step * 30).UtcDateTime);
    }

    private static readonly Dictionary<string, long> UsedSteps = [];
}
