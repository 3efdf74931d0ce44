using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace Fourfold.Browser.Tests;

/// <summary>
/// What every page the suite visits must be, under the headers the app really sends: its stylesheet, scripts, fonts
/// and images all load, the Content-Security-Policy refuses nothing, it is styled, it has no axe-core violation at
/// desktop and phone widths, and it does not scroll sideways on a phone.
/// </summary>
public static class PageChecks
{
    public const int PhoneWidth = 390;
    public const int DesktopWidth = 1280;

    private static readonly ConditionalWeakTable<IPage, ConcurrentQueue<string>> Problems = [];
    private static readonly HashSet<string> AssetTypes = ["stylesheet", "script", "font", "image"];

    /// <summary>Records, from now on, every failed asset request and every CSP refusal on the page.</summary>
    public static void Watch(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var problems = Problems.GetOrCreateValue(page);
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && AssetTypes.Contains(response.Request.ResourceType))
            {
                problems.Enqueue($"{response.Request.ResourceType} {response.Url} answered {response.Status} on {page.Url}");
            }
        };
        page.RequestFailed += (_, request) =>
        {
            // A request the browser abandons because the page navigated away is not a failure of the page.
            if (AssetTypes.Contains(request.ResourceType) && request.Failure?.Contains("ERR_ABORTED", StringComparison.Ordinal) != true)
            {
                problems.Enqueue($"{request.ResourceType} {request.Url} failed ({request.Failure}) on {page.Url}");
            }
        };
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                problems.Enqueue($"CSP refused something on {page.Url}: {message.Text}");
            }
        };
    }

    /// <summary>Fails on anything a watched page has recorded so far.</summary>
    public static void AssertNothingFailed(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (Problems.TryGetValue(page, out var problems) && !problems.IsEmpty)
        {
            Assert.Fail("The page did not load as served:\n" + string.Join("\n", problems));
        }
    }

    /// <summary>Every check, at the page's own width and at the other one; the page is left at its own width.</summary>
    public static async Task AssertAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        AssertNothingFailed(page);
        await AssertStyledAsync(page);
        var own = page.ViewportSize ?? new PageViewportSizeResult { Width = DesktopWidth, Height = 900 };
        await AssertAccessibleAsync(page, own.Width);
        var other = own.Width <= PhoneWidth ? DesktopWidth : PhoneWidth;
        await page.SetViewportSizeAsync(other, own.Height);
        try
        {
            await AssertAccessibleAsync(page, other);
        }
        finally
        {
            await page.SetViewportSizeAsync(own.Width, own.Height);
        }
    }

    private static async Task AssertStyledAsync(IPage page)
    {
        // Stylesheets hold back the load event: a busy machine must not fail a page still loading its CSS, while one
        // the CSP refused (or that failed) still leaves the page unstyled once loaded.
        await page.WaitForLoadStateAsync(LoadState.Load);
        var styled = await page.EvaluateAsync<bool>(
            "() => document.styleSheets.length > 0 && [...document.styleSheets].every(s => s.cssRules.length > 0)" +
            " && getComputedStyle(document.body).fontFamily.includes('system-ui')");
        Assert.True(styled, $"{page.Url} is not styled: its stylesheet did not load or apply.");
    }

    private static async Task AssertAccessibleAsync(IPage page, int width)
    {
        var found = await ViolationsAsync(page);
        Assert.True(found.Count == 0, $"Accessibility violations on {page.Url} at {width} px:\n" + string.Join("\n", found));
        if (width <= PhoneWidth)
        {
            var overflow = await page.EvaluateAsync<string?>(
                "() => document.documentElement.scrollWidth > document.documentElement.clientWidth ? " +
                "[...document.querySelectorAll('main *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)" +
                ".slice(0, 5).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')).join(', ') || 'the page' : null");
            Assert.True(overflow is null, $"{page.Url} scrolls sideways at {width} px; too wide: {overflow}");
        }
    }

    /// <summary>
    /// axe-core's violations on the page as it stands, each with the elements it found. axe (the copy bundled with
    /// Deque.AxeCore) is loaded into the page once and run in it directly: the pages have no frames, and the
    /// wrapper's cross-frame run, which opens a page of its own to finish each run, took ten times as long.
    /// </summary>
    private static async Task<List<string>> ViolationsAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            // Evaluated rather than added as a script element, which the page's Content-Security-Policy rightly refuses.
            await page.EvaluateAsync(AxeSource.Value);
        }

        var found = await page.EvaluateAsync<string>(
            "async () => JSON.stringify((await axe.run(document, { resultTypes: ['violations'] })).violations" +
            ".map(v => `${v.id} (${v.impact}): ${v.nodes.map(n => n.target.join(' ')).join(', ')}`))");
        return System.Text.Json.JsonSerializer.Deserialize<List<string>>(found) ?? [];
    }

    private static readonly Lazy<string> AxeSource = new(() => new BundledAxeScriptProvider().GetScript());
}
