using Microsoft.Playwright;

namespace Fourfold.Browser.Tests.Pages;

/// <summary>A case's overview: its heading, the booking state and the team.</summary>
public sealed class CasePage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator Team => page.GetByRole(AriaRole.Region, new() { Name = "The team" }).GetByRole(AriaRole.Listitem);

    public ILocator Booking => page.GetByRole(AriaRole.Region, new() { Name = "Sessions with the couples therapist" });

    public ILocator Member(string name) => Team.Filter(new() { HasText = name });
}
