using System.Globalization;
using BenchmarkDotNet.Running;
using NewsIngest.Benchmarks.Infrastructure;
using NewsIngest.Benchmarks.Micro;
using NewsIngest.Benchmarks.Scenarios;

// Figures, not tests: nothing here passes or fails, every command prints what it measured.
//   micro [BenchmarkDotNet options, e.g. --filter *Parser*]
//   scenario parse|worker|validate-bbc|html|search|dedup|all [--count N] [--db FILE] [--keep]
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

const string Usage = "usage: micro [--filter PATTERN] | scenario parse|worker|validate-bbc|html|search|dedup|all [--count N] [--db FILE] [--keep]";
var scenarios = new Dictionary<string, Action<ScenarioArgs>>(StringComparer.Ordinal)
{
    ["parse"] = ParseScenario.Run,
    ["worker"] = WorkerScenario.Run,
    ["validate-bbc"] = ValidateBbcScenario.Run,
    ["html"] = HtmlScenario.Run,
    ["search"] = SearchScenario.Run,
    ["dedup"] = DedupScenario.Run,
};

try
{
    switch (args)
    {
        case ["micro", .. var rest]:
            BenchmarkSwitcher.FromAssembly(typeof(MicroConfig).Assembly).Run(rest.Length == 0 ? ["--filter", "*"] : rest, MicroConfig.Create());
            return 0;
        case ["scenario", "all", .. var rest]:
            var options = ScenarioArgs.Parse(rest);
            foreach (var run in scenarios.Values)
            {
                run(options);
            }

            return 0;
        case ["scenario", var name, .. var rest] when scenarios.TryGetValue(name, out var run):
            run(ScenarioArgs.Parse(rest));
            return 0;
        default:
            Console.Error.WriteLine(Usage);
            return 2;
    }
}
catch (ArgumentException ex) when (ex.ParamName == "args" && ex is not ArgumentNullException)
{
    // A mistyped scenario option (thrown by ScenarioArgs.Parse): one line and the usage, not a stack trace.
    Console.Error.WriteLine($"bench: {ex.Message.Replace(" (Parameter 'args')", "", StringComparison.Ordinal)}");
    Console.Error.WriteLine(Usage);
    return 2;
}
