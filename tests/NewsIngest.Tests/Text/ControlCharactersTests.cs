using NewsIngest.Core.Model;
using NewsIngest.Core.Text;
using NewsIngest.Tests.Support;

namespace NewsIngest.Tests.Text;

public sealed class ControlCharactersTests
{
    [Theory]
    [InlineData("Bell \u0007 here", "Bell here", 1, 0)]
    [InlineData("red \u001b[1;31mwarning\u001b[0m now", "red warning now", 2, 0)]
    [InlineData("title\u001b]0;owned\u0007 end", "title end", 1, 0)]
    [InlineData("title\u001b]2;owned\u001b\\ end", "title end", 1, 0)]
    [InlineData("page one\fpage two", "page one page two", 1, 0)]
    [InlineData("snippet \u0002mark\u0003 and", "snippet mark and", 2, 0)]
    [InlineData("Panel\u0007on\u0007 Climate", "Panel on Climate", 2, 0)]
    [InlineData("ended \u001b[0m\nNext", "ended\nNext", 1, 0)]
    [InlineData("„limpieza\u008F“", "„limpieza“", 1, 0)]
    [InlineData("a lone escape \u001b", "a lone escape", 1, 0)]
    [InlineData("\u001b[über alles", "[über alles", 1, 0)] // not a sequence: the escape goes, no text with it
    [InlineData("tab\tand\nline stay", "tab\tand\nline stay", 0, 0)]
    [InlineData("Zürich – “quoted” 東京", "Zürich – “quoted” 東京", 0, 0)]
    [InlineData("don\u0092t panic", "don’t panic", 0, 1)] // a Windows-1252 byte read as Latin-1 becomes its character
    [InlineData("\u0093quoted\u0094 \u0096 \u0080 5", "“quoted” – € 5", 0, 4)]
    public void Control_characters_and_whole_terminal_escapes_go_and_text_stays(string text, string expected, int removed, int repaired)
    {
        var (removedNow, repairedNow) = (0, 0);

        Assert.Equal(expected, ControlCharacters.Strip(text, ref removedNow, ref repairedNow));
        Assert.Equal(removed, removedNow);
        Assert.Equal(repaired, repairedNow);
    }

    [Fact]
    public void A_text_file_with_escapes_is_stored_clean_with_a_warning_and_validate_names_the_rule()
    {
        using var folder = new TempFolder();
        var file = folder.Write("copied.txt", "Title: Harbour \u001b[1mbudget\u001b[0m agreed\u0007\nAuthor: Ann\u0001 Lee\n\nThe council met on Tuesday\u001b]0;owned\u0007 and agreed the new budget for the harbour and its two bridges.\n");
        var db = folder.File("news.db");

        var ingest = CliRun.Invoke("ingest", file, "--db", db);
        var validate = CliRun.Invoke("validate", file, "--format", "json");

        Assert.Equal(0, ingest.ExitCode);
        Assert.Equal("Harbour budget agreed", StoreSnapshot.Scalar(db, "SELECT title FROM articles"));
        Assert.Equal("The council met on Tuesday and agreed the new budget for the harbour and its two bridges.", StoreSnapshot.Scalar(db, "SELECT body FROM articles"));
        Assert.Equal("0", StoreSnapshot.Scalar(db, "SELECT count(*) FROM articles WHERE instr(title || body, char(27)) > 0 OR instr(title || body, char(7)) > 0"));
        Assert.Contains("Ann Lee", CliRun.Invoke("show", "1", "--db", db, "--format", "json").Output, StringComparison.Ordinal);
        Assert.Contains(WarningCodes.ControlCharacters, CliRun.Invoke("show", "1", "--db", db, "--format", "json").Output, StringComparison.Ordinal);
        Assert.Contains("\"NI111\"", validate.Output, StringComparison.Ordinal);
    }
}
