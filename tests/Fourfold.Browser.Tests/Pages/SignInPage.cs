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
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        if (account.AuthenticatorKey is { } key)
        {
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Enter your authenticator code" })).ToBeVisibleAsync();
            if (onEachPage is not null)
            {
                await onEachPage(page);
            }

            await page.GetByLabel("Authenticator code").FillAsync(new Totp(Base32Encoding.ToBytes(key)).ComputeTotp());
            await page.GetByRole(AriaRole.Button, new() { Name = "Verify and sign in" }).ClickAsync();
        }

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("cases");
    }
}
