using NewsIngest.Tests.Support;

namespace NewsIngest.Tests.Docs;

/// <summary>
/// Every relative link of the README and the docs/ pages leads somewhere: the file exists, and an anchor into a
/// Markdown page names one of its headings. Sections move between these pages; a link left behind fails here.
/// </summary>
public class LinkTests
{
    public static TheoryData<string> Pages()
    {
        var pages = new TheoryData<string> { "README.md" };
        foreach (var page in Directory.GetFiles(Path.Combine(RepoPaths.Root, "docs"), "*.md").Order(StringComparer.Ordinal))
        {
            pages.Add(Path.GetRelativePath(RepoPaths.Root, page).Replace('\\', '/'));
        }

        return pages;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_relative_link_leads_to_a_file_and_heading_that_exist(string page)
    {
        var path = Path.Combine(RepoPaths.Root, page);
        var folder = Path.GetDirectoryName(path)!;
        var broken = new List<string>();

        foreach (var target in MarkdownLinks.Targets(File.ReadAllText(path)))
        {
            var hash = target.IndexOf('#', StringComparison.Ordinal);
            var file = hash < 0 ? target : target[..hash];
            var anchor = hash < 0 ? null : target[(hash + 1)..];
            var linked = file.Length == 0 ? path : Path.GetFullPath(Path.Combine(folder, file));

            if (!File.Exists(linked) && !Directory.Exists(linked))
            {
                broken.Add($"{target}: no such file");
            }
            else if (anchor is not null && linked.EndsWith(".md", StringComparison.Ordinal)
                && !MarkdownLinks.Anchors(File.ReadAllText(linked)).Contains(anchor))
            {
                broken.Add($"{target}: no such heading");
            }
        }

        Assert.Empty(broken);
    }
}
