using System.CommandLine;
using System.Globalization;
using NewsIngest.Cli.Infrastructure;
using NewsIngest.Cli.Output;
using NewsIngest.Core.Dedup;
using NewsIngest.Storage;

namespace NewsIngest.Cli.Commands;

/// <summary><c>dups explain A B</c>: the measures, shared and differing passages, and the verdict with its reason.</summary>
internal sealed class DupsExplainCommand : Command
{
    private readonly Argument<string> _first = new("A") { Description = "An article id or path" };

    private readonly Argument<string> _second = new("B") { Description = "Another article id or path" };

    private readonly Option<string?> _db = SharedOptions.Db();
    private readonly Option<string> _format = SharedOptions.Format("text", "text", "json");

    public DupsExplainCommand(CliContext context)
        : base("explain", "Explain why two stored articles are, or are not, duplicates")
    {
        Add(_first);
        Add(_second);
        Add(_format);
        Add(_db);
        SetAction(parseResult => CommandRunner.Run(context, () => Execute(parseResult, context)));
    }

    private int Execute(ParseResult parseResult, CliContext context)
    {
        var db = SharedOptions.ResolveDb(parseResult.GetValue(_db), context);
        using var store = StoreFactory.Open(db, StoreMode.ReadOnly);
        if (Resolve(store, parseResult.GetValue(_first)!, context) is not { } a || Resolve(store, parseResult.GetValue(_second)!, context) is not { } b)
        {
            return ExitCodes.Negative;
        }

        var (pathA, bodyA, linkA) = store.LoadForExplain(a);
        var (pathB, bodyB, linkB) = store.LoadForExplain(b);
        var explanation = DuplicateExplainer.Explain(bodyA, store.Duplicates.LoadMember(a).Published, bodyB, store.Duplicates.LoadMember(b).Published, store.LoadDedupOptions());
        var output = context.Output;
        var v = explanation.Verdict;
        if (parseResult.GetValue(_format) == "json")
        {
            output.WriteLine(ExplanationJson.Write((a, pathA), (b, pathB), explanation, (linkA ?? a) == (linkB ?? b)));
            return ExitCodes.Success;
        }

        pathA = TerminalText.Escape(pathA);
        pathB = TerminalText.Escape(pathB);

        output.WriteLine($"A  #{a} {pathA}");
        output.WriteLine($"B  #{b} {pathB}");
        output.WriteLine();
        output.WriteLine($"verdict       {(v.IsDuplicate ? "duplicates" : "not duplicates")} — {v.Reason}");
        output.WriteLine($"jaccard       {explanation.Jaccard:0.000}");
        output.WriteLine($"containment   A in B {explanation.ContainmentAInB:0.000}, B in A {explanation.ContainmentBInA:0.000}");
        var figures = explanation.Figures;
        output.WriteLine($"figures       {figures.Changed} of {figures.SharedSlots} shared figure slots differ{(figures.Examples.Count > 0 ? ": " + string.Join(", ", figures.Examples) : "")}");
        output.WriteLine($"in the store  {Stored(a, b, linkA, linkB)}");
        Passages(output, "shared passages", explanation.Shared);
        Passages(output, "only in A", explanation.OnlyInA);
        Passages(output, "only in B", explanation.OnlyInB);
        return ExitCodes.Success;
    }

    /// <summary>
    /// The article's id, found as <c>show</c> finds it: by id, by its path as given or relative to the working folder
    /// (stored paths are absolute), or by the URL a web archive fetched it from; null, said on stderr, when there is
    /// none (exit 1, as <c>show</c>).
    /// </summary>
    private static long? Resolve(IArticleStore store, string idOrPath, CliContext context)
    {
        var id = TypedPath.Spellings(idOrPath).Select(store.ResolveArticle).FirstOrDefault(i => i is not null) ?? store.GetByUrl(idOrPath)?.Id;
        if (id is null)
        {
            context.Error.WriteLine($"newsingest: no article with id or path '{TerminalText.Escape(idOrPath)}' (see 'newsingest list')");
        }

        return id;
    }

    private static string Stored(long a, long b, long? linkA, long? linkB)
    {
        var clusterA = linkA ?? a;
        var clusterB = linkB ?? b;
        return clusterA == clusterB ? $"same cluster (canonical #{clusterA})" : "different clusters";
    }

    private static void Passages(TextWriter output, string heading, IReadOnlyList<PassageMatch> passages)
    {
        output.WriteLine();
        output.WriteLine($"{heading} ({passages.Count}):");
        foreach (var passage in passages.Take(8))
        {
            var text = TextWidth.Truncate(TextWidth.Flatten(passage.Text), 110);
            output.WriteLine($"  ¶{(passage.Index + 1).ToString(CultureInfo.InvariantCulture),-3} {passage.Containment,5:0.00}  {text}");
        }

        if (passages.Count > 8)
        {
            output.WriteLine($"  … and {passages.Count - 8} more");
        }
    }
}
