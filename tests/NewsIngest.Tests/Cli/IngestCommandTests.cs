using Microsoft.Data.Sqlite;
using NewsIngest.Tests.Support;

namespace NewsIngest.Tests.Cli;

public class IngestCommandTests
{
    [Fact]
    public void I_can_ingest_the_seeds_and_a_second_run_changes_nothing()
    {
        using var folder = new TempFolder();
        var seeds = SeedCopy.Into(folder);
        var db = folder.File("news.db");

        var first = CliRun.Invoke("ingest", seeds, "--db", db);
        var second = CliRun.Invoke("ingest", seeds, "--db", db);

        Assert.Equal(0, first.ExitCode);
        Assert.StartsWith("5 files seen: 5 new, 0 updated, 0 unchanged,", first.Output, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.StartsWith("5 files seen: 0 new, 0 updated, 5 unchanged,", second.Output, StringComparison.Ordinal);
        Assert.Equal(5L, Scalar(db, "SELECT count(*) FROM articles"));
        Assert.Equal(5L, Scalar(db, "SELECT count(*) FROM files WHERE status = 'stored'"));
        Assert.Equal(2L, Scalar(db, "SELECT count(*) FROM runs WHERE status = 'completed'"));
        Assert.Equal(5L, Scalar(db, "SELECT unchanged FROM runs WHERE id = 2"));
    }

    [Fact]
    public void Ingest_gives_the_full_text_index_a_64_MB_buffer_once()
    {
        using var folder = new TempFolder();
        var db = folder.File("news.db");

        Assert.Equal(0, CliRun.Invoke("ingest", SeedCopy.Into(folder), "--db", db).ExitCode);
        Assert.Equal(0, CliRun.Invoke("ingest", folder.File("seeds"), "--db", db).ExitCode);

        Assert.Equal("67108864", StoreSnapshot.Scalar(db, "SELECT group_concat(v) FROM articles_fts_config WHERE k = 'hashsize'"));
    }

    [Fact]
    public void An_edited_file_updates_its_article_in_place()
    {
        using var folder = new TempFolder();
        var file = folder.Write("in/story.txt", "Herons nest early this spring along the river.\n");
        var db = folder.File("news.db");
        CliRun.Invoke("ingest", folder.File("in"), "--db", db);
        var id = Scalar(db, "SELECT id FROM articles");

        File.WriteAllText(file, "Egrets nest early this spring along the river, wardens said.\n");
        File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(1));
        var run = CliRun.Invoke("ingest", folder.File("in"), "--db", db);

        Assert.Contains("0 new, 1 updated, 0 unchanged", run.Output, StringComparison.Ordinal);
        Assert.Equal(id, Scalar(db, "SELECT id FROM articles"));
        Assert.Equal(id, Scalar(db, "SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'egrets'"));
        Assert.Equal(0L, Scalar(db, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'herons'"));
    }

    [Fact]
    public void A_broken_file_is_reported_with_its_path_and_the_rest_is_stored()
    {
        using var folder = new TempFolder();
        folder.Write("in/good.txt", "Otters were seen again in the harbour this week.\n");
        folder.Write("in/empty.txt", "");
        folder.Write("in/picture.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0]);
        var db = folder.File("news.db");

        var run = CliRun.Invoke("ingest", folder.File("in"), "--db", db);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("3 files seen: 1 new, 0 updated, 0 unchanged, 0 duplicates, 2 failed", run.Output, StringComparison.Ordinal);
        Assert.Contains("empty.txt: empty file", run.Error, StringComparison.Ordinal);
        Assert.Contains("picture.txt: not text: looks like a PNG image", run.Error, StringComparison.Ordinal);
        Assert.Equal(1L, Scalar(db, "SELECT count(*) FROM articles"));
        Assert.Equal(2L, Scalar(db, "SELECT count(*) FROM files WHERE status = 'failed' AND error IS NOT NULL"));
    }

    [Fact]
    public void The_database_comes_from_the_option_then_the_environment_then_the_default()
    {
        using var folder = new TempFolder();
        folder.Write("in/a.txt", "Swifts arrived over the old town on Tuesday.\n");
        var fromEnvironment = folder.File("env.db");
        var fromOption = folder.File("option.db");
        var environment = new Dictionary<string, string> { ["NEWSINGEST_DB"] = fromEnvironment };

        CliRun.Invoke(environment, "ingest", folder.File("in"));
        CliRun.Invoke(environment, "ingest", folder.File("in"), "--db", fromOption);

        Assert.Equal(1L, Scalar(fromEnvironment, "SELECT count(*) FROM articles"));
        Assert.Equal(1L, Scalar(fromOption, "SELECT count(*) FROM articles"));
    }

    [Fact]
    public void Files_a_folder_holds_that_are_not_articles_are_counted_by_kind_in_the_summary_and_named_ones_are_read()
    {
        using var folder = new TempFolder();
        folder.Write("in/story.txt", "Title: Harbour budget agreed\n\nThe council met on Tuesday and agreed the new budget for the harbour and its two bridges.\n");
        folder.Write("in/notes.md", "Title: Notes on the ferry\n\nThe ferry will run twice a day from May, the operator said after a meeting with the council.\n");
        folder.Write("in/photo1.png", "not read");
        folder.Write("in/photo2.PNG", "not read");
        folder.Write("in/sub/report.pdf", "not read");
        folder.Write("in/.hidden.md", "hidden files are not counted");
        folder.Write("in/LICENSE", "Permission is hereby granted, free of charge, to any person obtaining a copy of this data.\n");

        // The store inside the folder it reads is not one of the other files.
        var run = CliRun.Invoke("ingest", folder.File("in"), "--db", folder.File("in/news.db"));
        var check = CliRun.Invoke("validate", folder.File("in"), "--db", folder.File("in/news.db"));
        var named = CliRun.Invoke("ingest", folder.File("in/notes.md"), "--db", folder.File("in/news.db"));

        Assert.StartsWith("1 files seen: 1 new, 0 updated, 0 unchanged, 0 duplicates, 0 failed, 5 other files not read (.png, .md, .pdf, …; name a file to read it) in ", run.Output, StringComparison.Ordinal);
        Assert.EndsWith(", 5 other files not read (.png, .md, .pdf, …; name a file to read it)\n", check.Output, StringComparison.Ordinal);
        Assert.StartsWith("1 files seen: 1 new, 0 updated, 0 unchanged, 0 duplicates, 0 failed in ", named.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_path_is_a_usage_error_that_names_it_and_creates_no_store()
    {
        using var folder = new TempFolder();
        var db = folder.File("news.db");

        var run = CliRun.Invoke("ingest", folder.File("nowhere"), "--db", db);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.StartsWith("newsingest: no such file or folder:", run.Error, StringComparison.Ordinal);
        Assert.Contains("nowhere", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(db));
    }

    [Fact]
    public void A_foreign_database_is_refused_with_exit_2_and_one_line()
    {
        using var folder = new TempFolder();
        folder.Write("in/a.txt", "Cranes rested on the lake overnight.\n");
        var db = folder.Write("other.db", "plain text, not SQLite");

        var run = CliRun.Invoke("ingest", folder.File("in"), "--db", db);

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Error.Trim().Split('\n'));
        Assert.Contains("is not a SQLite database", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_option_is_one_line_on_stderr_with_exit_2()
    {
        var run = CliRun.Invoke("ingest", "seeds", "--jobs", "many");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.StartsWith("newsingest: ", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Trim().Split('\n'));
    }

    private static object? Scalar(string db, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
