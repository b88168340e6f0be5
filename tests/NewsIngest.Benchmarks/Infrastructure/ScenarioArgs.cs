using System.Globalization;

namespace NewsIngest.Benchmarks.Infrastructure;

/// <summary>Options of <c>scenario NAME</c>: <c>--count N</c>, <c>--db FILE</c> (reuse a store), <c>--keep</c> (leave temp files).</summary>
public sealed record ScenarioArgs
{
    public int? Count { get; init; }

    public string? Db { get; init; }

    public bool Keep { get; init; }

    public static ScenarioArgs Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var result = new ScenarioArgs();
        for (var i = 0; i < args.Count; i++)
        {
            result = args[i] switch
            {
                "--count" when i + 1 < args.Count => result with { Count = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--db" when i + 1 < args.Count => result with { Db = args[++i] },
                "--keep" => result with { Keep = true },
                _ => throw new ArgumentException($"unknown scenario option '{args[i]}' (known: --count N, --db FILE, --keep)", nameof(args)),
            };
        }

        return result;
    }
}
