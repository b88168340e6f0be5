using System.Runtime.Versioning;
using NewsIngest.Tests.Support;

namespace NewsIngest.Tests.Security;

/// <summary>Folders others can write to: links that lead out of them, and folders the user may not read.</summary>
public class HostileFolderTests
{
    private const string Article = "Title: Harbour budget agreed\nDate: 2025-03-04\n\nThe council met on Tuesday and agreed the new budget for the harbour and its two bridges.\n";
    private const string Secret = "Title: Private notes\n\nThe secret marmalade recipe lives outside the shared folder and must stay there.\n";

    [Fact]
    public void A_link_inside_a_folder_is_skipped_and_counted_and_never_read()
    {
        using var folder = new TempFolder();
        var secret = folder.Write("private/notes.txt", Secret);
        folder.Write("shared/harbour.txt", Article);
        File.CreateSymbolicLink(folder.File("shared/notes.txt"), secret);
        Directory.CreateSymbolicLink(folder.File("shared/private"), folder.File("private"));
        var db = folder.File("news.db");

        var run = CliRun.Invoke("ingest", folder.File("shared"), "--db", db);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("1 files seen: 1 new, 0 updated, 0 unchanged, 0 duplicates, 0 failed, 2 symbolic links skipped (--follow reads them) in ", run.Output, StringComparison.Ordinal);
        Assert.Equal("0", StoreSnapshot.Scalar(db, "SELECT count(*) FROM articles WHERE body LIKE '%marmalade%'"));
        Assert.Equal("1", CliRun.Invoke("search", "marmalade", "--db", db).ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Links_are_followed_when_named_or_with_follow_and_a_loop_still_ends()
    {
        using var folder = new TempFolder();
        var secret = folder.Write("private/notes.txt", Secret);
        folder.Write("shared/harbour.txt", Article);
        File.CreateSymbolicLink(folder.File("shared/notes.txt"), secret);
        Directory.CreateSymbolicLink(folder.File("shared/again"), folder.File("shared"));
        var named = CliRun.Invoke("parse", folder.File("shared/notes.txt"), "--format", "json");

        var followed = CliRun.Invoke("ingest", folder.File("shared"), "--db", folder.File("news.db"), "--follow");

        Assert.Equal(0, named.ExitCode);
        Assert.Contains("marmalade", named.Output, StringComparison.Ordinal);
        Assert.Equal(0, followed.ExitCode);
        Assert.StartsWith("2 files seen: 2 new,", followed.Output, StringComparison.Ordinal);
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void An_unreadable_folder_is_named_on_stderr_and_counted_as_failed()
    {
        using var folder = new TempFolder();
        folder.Write("shared/harbour.txt", Article);
        folder.Write("shared/locked/inside.txt", Secret);
        var locked = folder.File("shared/locked");
        File.SetUnixFileMode(locked, UnixFileMode.None);
        try
        {
            var run = ShellRun.Unprivileged("ingest", folder.File("shared"), "--db", folder.File("news.db"));
            var parse = ShellRun.Unprivileged("parse", folder.File("shared"));

            Assert.Equal(1, run.ExitCode);
            Assert.StartsWith("1 files seen: 1 new, 0 updated, 0 unchanged, 0 duplicates, 1 failed", run.Output, StringComparison.Ordinal);
            Assert.Equal($"newsingest: {locked}: cannot read the folder: permission denied\n", run.Error.ReplaceLineEndings("\n"));
            Assert.Equal(1, parse.ExitCode);
            Assert.Contains($"newsingest: {locked}: cannot read the folder: permission denied", parse.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
