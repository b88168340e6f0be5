using NewsIngest.Ingestion;
using NewsIngest.Tests.Support;

namespace NewsIngest.Tests.Ingestion;

public class ArticleFileWalkerTests
{
    [Fact]
    public void Folders_are_walked_recursively_in_ordinal_order_skipping_hidden_entries_and_other_kinds()
    {
        using var folder = new TempFolder();
        folder.Write("b.txt", "b");
        folder.Write("a.txt", "a");
        folder.Write("76704", "no extension, as a newsgroup message: read");
        folder.Write("README", "a dataset's own file: skipped");
        folder.Write("LICENSE", "skipped");
        folder.Write("page.html", "<html></html>");
        folder.Write("server.shtml", "<html></html>");
        folder.Write("photo.jpg", "skipped");
        folder.Write(".hidden.txt", "skipped");
        folder.Write(".git/config.txt", "skipped");
        folder.Write("sub/c.txt", "c");

        var files = ArticleFileWalker.Walk([folder.Path]).Select(p => Path.GetRelativePath(folder.Path, p)).ToList();

        Assert.Equal(["76704", "a.txt", "b.txt", "page.html", "server.shtml", Path.Combine("sub", "c.txt")], files);
    }

    [Fact]
    public void A_file_given_explicitly_is_read_whatever_its_name_and_only_once()
    {
        using var folder = new TempFolder();
        var odd = folder.Write("story.md", "text");

        var files = ArticleFileWalker.Walk([odd, odd, folder.Path]).ToList();

        Assert.Equal([odd], files);
    }

    [Fact]
    public void A_symlink_loop_ends_instead_of_spinning()
    {
        using var folder = new TempFolder();
        folder.Write("news/a.txt", "a");
        Directory.CreateSymbolicLink(folder.File("news/loop"), folder.File("news"));

        var files = ArticleFileWalker.Walk([folder.File("news")]).ToList();

        Assert.Single(files);
    }
}
