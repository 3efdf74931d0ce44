using System.Text.Json;
using Microsoft.Playwright;

namespace Fourfold.Browser.Tests;

/// <summary>Runs axe-core (the npm package) in the page and fails on any violation.</summary>
public static class Accessibility
{
    private static readonly string AxeScript = Path.Combine(
        FindUp("node_modules/axe-core/axe.min.js") ?? throw new InvalidOperationException("axe-core is not installed: run 'npm ci' in tests/Fourfold.Browser.Tests."));

    public static async Task AssertNoViolationsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = AxeScript });
        var violations = await page.EvaluateAsync<JsonElement>(
            "async () => (await axe.run(document)).violations.map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(', '))");
        var found = violations.EnumerateArray().Select(v => v.GetString()).ToList();
        Assert.True(found.Count == 0, $"Accessibility violations on {page.Url}:\n" + string.Join("\n", found));
    }

    private static string? FindUp(string relative)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "Fourfold.Browser.Tests", relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }

            directory = directory.Parent;
        }

        return null;
    }
}
