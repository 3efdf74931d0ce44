using Fourfold.Domain.FullDisclosure;

namespace Fourfold.Domain.Tests.FullDisclosure;

/// <summary>
/// docs/disclosure.md draws the disclosure's steps from the domain's table; this fails when the two differ. Run it with
/// FOURFOLD_UPDATE_DOCS=1 to write the table's diagram into the page.
/// </summary>
public sealed class DisclosureDiagramTests
{
    [Fact]
    public void TheDiagramInTheDocs_IsTheDomainsTransitionTable()
    {
        var path = Path.Combine(RepositoryRoot(), "docs", "disclosure.md");
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        const string open = "```mermaid\n";
        var start = text.IndexOf(open, StringComparison.Ordinal) + open.Length;
        var end = text.IndexOf("```", start, StringComparison.Ordinal);

        Assert.True(start >= open.Length && end > start, "docs/disclosure.md has no mermaid diagram");
        if (Environment.GetEnvironmentVariable("FOURFOLD_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, text[..start] + DisclosureTransitions.Mermaid() + text[end..]);
            return;
        }

        Assert.Equal(DisclosureTransitions.Mermaid(), text[start..end]);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Fourfold.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (Fourfold.slnx) was not found above " + AppContext.BaseDirectory);
    }
}
