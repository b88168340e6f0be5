using System.Text.RegularExpressions;
using NewsIngest.Tests.Support;

namespace NewsIngest.Tests.Architecture;

/// <summary>The arrows of docs/architecture.md: what each layer may name, checked on the sources.</summary>
public partial class LayeringTests
{
    [Theory]
    [InlineData("src/NewsIngest.Cli")]
    [InlineData("src/NewsIngest.Ingestion")]
    [InlineData("src/NewsIngest.Core")]
    public void Only_the_storage_engines_name_an_engine(string folder)
    {
        var offenders = Sources(folder)
            .Where(f => EngineNames.Any(name => File.ReadAllText(f).Contains(name, StringComparison.Ordinal)))
            .Select(f => Path.GetRelativePath(RepoPaths.Root, f))
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void The_store_contract_names_no_engine()
    {
        var contract = Directory.GetFiles(Path.Combine(RepoPaths.Root, "src/NewsIngest.Storage"), "*.cs")
            .Concat(Sources("src/NewsIngest.Storage/Queries"))
            .Where(f => Path.GetFileName(f) != "StoreFactory.cs")
            .Where(f => EngineNames.Any(name => File.ReadAllText(f).Contains(name, StringComparison.Ordinal)))
            .Select(Path.GetFileName)
            .ToList();

        Assert.Empty(contract);
    }

    [Theory]
    [InlineData("Reading")]
    [InlineData("Parsing")]
    [InlineData("Html")]
    [InlineData("Dates")]
    [InlineData("Cleaning")]
    [InlineData("Text")]
    [InlineData("Warc")]
    [InlineData("Model")]
    public void The_stages_the_pipeline_runs_do_not_name_the_pipeline(string stage)
    {
        // Pipeline names them all; one of them naming Pipeline back (ParseOptions once lived there) is a cycle.
        Assert.Empty(FilesNaming($"src/NewsIngest.Core/{stage}", "using NewsIngest.Core.Pipeline;"));
    }

    [Fact]
    public void The_date_parser_names_no_other_stage()
    {
        // One parser serves text files and pages: each caller adds its own context rules on top, never the reverse.
        Assert.Empty(FilesNaming("src/NewsIngest.Core/Dates", "using NewsIngest."));
    }

    [Fact]
    public void The_cleaner_names_no_parser()
    {
        // The parsers run the cleaner; the title comparison both need lives in Text (it once lived in Parsing).
        Assert.Empty(FilesNaming("src/NewsIngest.Core/Cleaning", "NewsIngest.Core.Parsing"));
    }

    [Fact]
    public void The_folders_of_core_name_one_another_without_a_cycle()
    {
        // An arrow is a folder's source naming another folder's namespace (a using directive or a qualified name).
        var core = Path.Combine(RepoPaths.Root, "src/NewsIngest.Core");
        var folders = Directory.GetDirectories(core).Select(Path.GetFileName).OfType<string>().Where(f => f is not ("bin" or "obj")).ToList();
        var arrows = folders.ToDictionary(
            folder => folder,
            folder => Sources($"src/NewsIngest.Core/{folder}")
                .SelectMany(f => CoreNamespace().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
                .Where(other => other != folder && folders.Contains(other))
                .ToHashSet(StringComparer.Ordinal));

        var cycles = folders
            .SelectMany(from => arrows[from].Where(to => Reaches(arrows, to, from)).Select(to => $"{from} -> {to} -> ... -> {from}"))
            .ToList();

        Assert.Empty(cycles);
    }

    private static bool Reaches(Dictionary<string, HashSet<string>> arrows, string from, string to)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { from };
        var next = new Stack<string>([from]);
        while (next.TryPop(out var folder))
        {
            if (folder == to)
            {
                return true;
            }

            foreach (var other in arrows[folder].Where(seen.Add))
            {
                next.Push(other);
            }
        }

        return false;
    }

    [GeneratedRegex(@"NewsIngest\.Core\.(\w+)")]
    private static partial Regex CoreNamespace();

    /// <summary>The names of the files under <paramref name="folder"/> whose source holds <paramref name="text"/>.</summary>
    private static List<string?> FilesNaming(string folder, string text) =>
        [.. Sources(folder).Where(f => File.ReadAllText(f).Contains(text, StringComparison.Ordinal)).Select(Path.GetFileName)];

    private static readonly string[] EngineNames = ["SqliteArticleStore", "Microsoft.Data.Sqlite", "SQLitePCL", "Storage.Sqlite", "Npgsql"];

    private static IEnumerable<string> Sources(string folder) =>
        Directory.GetFiles(Path.Combine(RepoPaths.Root, folder), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
}
