using System.CommandLine;
using System.Text.RegularExpressions;
using NewsIngest.Cli.Infrastructure;
using NewsIngest.Tests.Support;

namespace NewsIngest.Tests.Cli;

/// <summary>
/// The program as a user's shell starts it (the Native AOT executable when <c>NEWSINGEST_EXE</c> names it) answers
/// every command exactly as the root command does in process: same stdout, same stderr, same exit code. A trimmed or
/// precompiled build that lost a code path (reflection, a resource, a native library) shows up here.
/// </summary>
[Trait("Category", "Process")]
public sealed partial class ProcessEndToEndTests(ProcessEndToEndTests.Store store) : IClassFixture<ProcessEndToEndTests.Store>
{
    private readonly string _seeds = store.Seeds;
    private readonly string _db = store.Db;

    /// <summary>The seeds ingested once by the program as a process, shared by the tests of this class.</summary>
    public sealed class Store : IDisposable
    {
        private readonly TempFolder _folder = new();

        public Store()
        {
            Seeds = SeedCopy.Into(_folder);
            Db = _folder.File("process.db");
            var ingest = CliProcess.Run("ingest", Seeds, "--db", Db);
            Assert.True(ingest.ExitCode == 0, ingest.Error);
            Assert.Matches(IngestSummary(), ingest.Output);
        }

        public string Seeds { get; }

        public string Db { get; }

        public string File(string name) => _folder.File(name);

        public void Dispose() => _folder.Dispose();
    }

    [Fact]
    public void The_process_stores_what_an_ingest_in_process_stores()
    {
        var inProcess = store.File("in-process.db");
        Assert.Equal(0, CliRun.Invoke("ingest", _seeds, "--db", inProcess, "--quiet").ExitCode);

        Assert.Equal(StoreSnapshot.Of(inProcess), StoreSnapshot.Of(_db));
    }

    [Theory]
    [InlineData("search", "said", "--format", "jsonl")]
    [InlineData("search", "said", "--format", "json", "--limit", "2")]
    [InlineData("search", "said", "--format", "csv", "--include-duplicates")]
    [InlineData("search", "said", "--format", "table")]
    [InlineData("search", "\"no such phrase anywhere\"")]
    [InlineData("search", "AND OR (")]
    [InlineData("list", "--format", "jsonl")]
    [InlineData("list", "--format", "table", "--limit", "3")]
    [InlineData("list", "--since", "2025-01-01", "--format", "csv")]
    [InlineData("show", "3", "--format", "json")]
    [InlineData("show", "3", "--format", "text")]
    [InlineData("show", "999")]
    [InlineData("stats")]
    [InlineData("stats", "--format", "json")]
    [InlineData("dups")]
    [InlineData("dups", "--format", "table")]
    [InlineData("dups", "explain", "3", "4")]
    [InlineData("export", "--format", "jsonl")]
    [InlineData("export", "--format", "csv")]
    [InlineData("sql", "select id, title from articles order by id", "--format", "csv")]
    [InlineData("sql", "delete from articles")]
    public void A_query_command_prints_what_the_root_command_prints_in_process(params string[] args)
    {
        string[] withDb = [.. args, "--db", _db];

        var process = CliProcess.Run(withDb);
        var inProcess = CliRun.Invoke(withDb);

        Assert.Equal(inProcess, process);
    }

    [Theory]
    [InlineData("parse", "--format", "json")]
    [InlineData("parse", "--format", "text")]
    [InlineData("validate", "--format", "json")]
    public void A_file_command_prints_what_the_root_command_prints_in_process(params string[] args)
    {
        string[] withSeeds = [.. args, _seeds];

        Assert.Equal(CliRun.Invoke(withSeeds), CliProcess.Run(withSeeds));
    }

    [Theory]
    [InlineData("no-such-command")]
    [InlineData("list", "--limit", "many")]
    public void Usage_errors_are_those_of_the_root_command(params string[] args)
    {
        Assert.Equal(CliRun.Invoke(args), CliProcess.Run(args));
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("search", "--help")]
    [InlineData("ingest", "--help")]
    public void Help_is_that_of_the_root_command_under_the_program_name(params string[] args)
    {
        // In process the program name is the test host's.
        var inProcess = CliRun.Invoke(args);
        var expected = inProcess with { Output = inProcess.Output.Replace($" {new RootCommand().Name} ", " newsingest ", StringComparison.Ordinal) };

        Assert.Equal(expected, CliProcess.Run(args));
    }

    [Fact]
    public void The_process_writes_the_same_Parquet_file_as_the_export_in_process()
    {
        // Parquet is written by Parquet.Net's column writer, with no reflection: the Native AOT build must write the
        // very bytes the JIT build writes (the library's metadata names no version or time, so they are comparable).
        var process = store.File("process.parquet");
        var inProcess = store.File("in-process.parquet");

        var run = CliProcess.Run("export", "--format", "parquet", "--output", process, "--db", _db);
        Assert.Equal(0, CliRun.Invoke("export", "--format", "parquet", "--output", inProcess, "--db", _db).ExitCode);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(File.ReadAllBytes(inProcess), File.ReadAllBytes(process));
    }

    [Fact]
    public void Version_prints_the_program_version()
    {
        Assert.Equal(new CliRun(0, ProgramVersion.Current + "\n", ""), CliProcess.Run("--version"));
    }

    [Fact]
    public void A_read_command_on_a_missing_store_exits_2_and_creates_nothing()
    {
        var missing = store.File("missing.db");

        var run = CliProcess.Run("list", "--db", missing);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("newsingest: ", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
    }

    [GeneratedRegex(@"^5 files seen: 5 new, 0 updated, 0 unchanged, 1 duplicates, 0 failed in [0-9.]+ s \(.*\)\n$")]
    internal static partial Regex IngestSummary();
}
