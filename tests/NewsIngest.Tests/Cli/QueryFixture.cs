using System.Text.Json;
using NewsIngest.Cli;
using NewsIngest.Cli.Infrastructure;
using NewsIngest.Tests.Support;

namespace NewsIngest.Tests.Cli;

/// <summary>
/// Two real stores in a temp folder, built by the real <c>ingest</c> command in process: <see cref="SeedsDb"/> from
/// <c>seeds/</c> alone (the facts) and <see cref="Db"/> from <c>seeds/</c> plus our own fixtures under
/// <c>Fixtures/query/</c>. Deleted on dispose (connections are not pooled, so nothing holds the files).
/// </summary>
public sealed class QueryFixture : IDisposable
{
    public QueryFixture()
    {
        Folder = Path.Combine(Path.GetTempPath(), $"newsingest-query-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Folder);
        SeedsDb = Path.Combine(Folder, "seeds.db");
        Db = Path.Combine(Folder, "news.db");
        Ingest(SeedsDb, SeedsFolder);
        Ingest(Db, SeedsFolder, FixturesFolder);
    }

    public string Folder { get; }

    public string SeedsDb { get; }

    public string Db { get; }

    public static string RepositoryRoot { get; } = RepoPaths.Root;

    public static string SeedsFolder { get; } = Path.Combine(RepositoryRoot, "seeds");

    public static string FixturesFolder { get; } = Path.Combine(RepositoryRoot, "tests", "NewsIngest.Tests", "Fixtures", "query");

    /// <summary>Runs <c>newsingest args</c> in process with stdout a pipe and an empty environment.</summary>
    public static (int Exit, string Output, string Error) Run(params string[] args) => Run(new Dictionary<string, string>(), terminal: false, args);

    /// <summary>Runs <c>newsingest args</c> in process; <paramref name="terminal"/> makes stdout an 80-column terminal.</summary>
    public static (int Exit, string Output, string Error) Run(IReadOnlyDictionary<string, string> environment, bool terminal, params string[] args) =>
        Run(environment, terminal, args, CancellationToken.None);

    /// <summary>Runs <c>newsingest args</c> in process after a first Ctrl-C (the token is already cancelled).</summary>
    public static (int Exit, string Output, string Error) RunInterrupted(params string[] args) =>
        Run(new Dictionary<string, string>(), terminal: false, args, new CancellationToken(canceled: true));

    private static (int Exit, string Output, string Error) Run(IReadOnlyDictionary<string, string> environment, bool terminal, string[] args, CancellationToken cancellation)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext
        {
            Output = output,
            Error = error,
            GetEnvironmentVariable = name => environment.TryGetValue(name, out var value) ? value : null,
            OutputIsTerminal = terminal,
            TerminalWidth = 80,
            Cancellation = cancellation,
        };
        var exit = NewsIngestCli.Run(args, context);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>The <c>path</c> of each JSON line, shortened to the seed number (000) or fixture name (tram).</summary>
    public static List<string> Names(string jsonl) =>
        [.. jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => Name(JsonDocument.Parse(line).RootElement.GetProperty("path").GetString()!))];

    public static string Name(string path)
    {
        var file = Path.GetFileNameWithoutExtension(path);
        return file.Length > 4 && file[3] == '_' ? file[..3] : file;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing a test run for.
        }
    }

    private static void Ingest(string db, params string[] paths)
    {
        var (exit, output, error) = Run(["ingest", .. paths, "--db", db, "--quiet"]);
        if (exit != 0)
        {
            throw new InvalidOperationException($"ingest failed ({exit}): {output} {error}");
        }
    }
}
