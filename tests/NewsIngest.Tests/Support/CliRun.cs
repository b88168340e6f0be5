using NewsIngest.Cli;
using NewsIngest.Cli.Infrastructure;

namespace NewsIngest.Tests.Support;

/// <summary>What one in-process run of the real root command printed and returned.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    /// <summary>Runs <c>newsingest ARGS</c> in process, capturing stdout and stderr; the environment is empty unless given.</summary>
    public static CliRun Invoke(IReadOnlyDictionary<string, string>? environment, params string[] args) => Invoke(environment, [], args);

    /// <summary>Runs <c>newsingest ARGS</c> in process with <paramref name="input"/> on its standard input.</summary>
    public static CliRun InvokeWithInput(byte[] input, params string[] args) => Invoke(null, input, args);

    private static CliRun Invoke(IReadOnlyDictionary<string, string>? environment, byte[] input, string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext
        {
            Output = output,
            Error = error,
            GetEnvironmentVariable = name => environment is not null && environment.TryGetValue(name, out var value) ? value : null,
            OpenInput = () => new MemoryStream(input),
        };
        var exit = NewsIngestCli.Run(args, context);
        return new CliRun(exit, output.ToString(), error.ToString());
    }

    public static CliRun Invoke(params string[] args) => Invoke(null, args);
}
