using Microsoft.Playwright;

namespace Fourfold.Browser.Tests.Pages;

/// <summary>
/// Someone who uses the keyboard alone: Tab to move, Enter to act, typing into whatever has focus. Every control
/// reached must show that it has focus.
/// </summary>
public sealed class KeyboardUser(IPage page)
{
    private const int MostTabsToReachAControl = 80;

    private const string FocusedName = """
        () => {
          const e = document.activeElement;
          if (!e || e === document.body) return null;
          const label = e.getAttribute('aria-label') || (e.labels && e.labels.length ? e.labels[0].innerText : '') || e.innerText || e.value || '';
          const style = getComputedStyle(e);
          const shown = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
          return { name: label.replace(/\s+/g, ' ').trim(), shown };
        }
        """;

    /// <summary>Presses Tab until a control named <paramref name="name"/> (exactly, or followed by more words) has focus.</summary>
    public async Task TabToAsync(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var passed = new List<string>();
        for (var presses = 0; presses < MostTabsToReachAControl; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<Focused?>(FocusedName);
            if (focused is null)
            {
                continue;
            }

            Assert.True(focused.Shown, $"'{focused.Name}' on {page.Url} has focus but shows no focus indicator.");
            if (focused.Name == name || focused.Name.StartsWith(name + " ", StringComparison.Ordinal))
            {
                return;
            }

            passed.Add(focused.Name);
        }

        Assert.Fail($"No control named '{name}' could be reached with Tab on {page.Url}; passed: {string.Join(" | ", passed.Distinct())}");
    }

    /// <summary>Tabs to a link or button and presses Enter; it leads to another address, whose page is waited for.</summary>
    public async Task ActivateAsync(string name)
    {
        await TabToAsync(name);
        var before = page.Url;
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url != before, new() { WaitUntil = WaitUntilState.Load });
    }

    public async Task TypeIntoAsync(string label, string text)
    {
        await TabToAsync(label);
        await page.Keyboard.TypeAsync(text);
    }

    private sealed class Focused
    {
        public string Name { get; set; } = "";

        public bool Shown { get; set; }
    }
}
