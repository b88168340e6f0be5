namespace NewsIngest.Evaluation;

/// <summary>The harness's command line: <c>[--corpus DIR] [--only NAME] [--format table|json] [--misses MEASURE]</c>.</summary>
public sealed record EvalArguments(string Corpus, string? Only, bool Json)
{
    /// <summary>A measure name (or part of one, any case) whose wrong items are listed after the table.</summary>
    public string? Misses { get; init; }

    public const string DefaultCorpus = "../shared/corpus";

    public const string Usage = "usage: NewsIngest.Evaluation [--corpus DIR] [--only reuters|newsgroups|bbc|readability|trafilatura|htmldate] [--format table|json] [--misses MEASURE]";

    /// <summary>The parsed arguments, or the one-line error that names the fix.</summary>
    public static (EvalArguments? Arguments, string? Error) Parse(IReadOnlyList<string> args)
    {
        var result = new EvalArguments(DefaultCorpus, null, false);
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name is "-h" or "--help")
            {
                return (null, Usage);
            }

            if (name is not ("--corpus" or "--only" or "--format" or "--misses"))
            {
                return (null, $"unknown option '{name}'; {Usage}");
            }

            if (i + 1 >= args.Count)
            {
                return (null, $"{name} needs a value; {Usage}");
            }

            var value = args[++i];
            switch (name)
            {
                case "--corpus":
                    result = result with { Corpus = value };
                    break;
                case "--only":
                    result = result with { Only = value };
                    break;
                case "--misses":
                    result = result with { Misses = value };
                    break;
                default:
                    if (value is not ("table" or "json"))
                    {
                        return (null, $"--format must be table or json, not '{value}'");
                    }

                    result = result with { Json = value == "json" };
                    break;
            }
        }

        return (result, null);
    }
}
