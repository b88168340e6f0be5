namespace NewsIngest.Cli.Infrastructure;

/// <summary>
/// Everything a command may touch outside its arguments: where results and messages go, the environment, whether
/// stdout is a terminal, and the cancellation signal. Tests build one over string writers.
/// </summary>
public sealed record CliContext
{
    public required TextWriter Output { get; init; }

    public required TextWriter Error { get; init; }

    public Func<string, string?> GetEnvironmentVariable { get; init; } = Environment.GetEnvironmentVariable;

    public bool OutputIsTerminal { get; init; }

    public bool ErrorIsTerminal { get; init; }

    public int TerminalWidth { get; init; } = 100;

    public CancellationToken Cancellation { get; init; }

    /// <summary>Colour only on a terminal, and never when <c>NO_COLOR</c> is set.</summary>
    public bool UseColor => OutputIsTerminal && string.IsNullOrEmpty(GetEnvironmentVariable("NO_COLOR"));

    public static CliContext FromProcess(CancellationToken cancellation)
    {
        var output = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false)) { AutoFlush = false };
        var error = new StreamWriter(Console.OpenStandardError(), new System.Text.UTF8Encoding(false)) { AutoFlush = true };
        var width = 100;
        if (!Console.IsOutputRedirected)
        {
            try
            {
                width = Math.Max(40, Console.WindowWidth);
            }
            catch (IOException)
            {
                width = 100;
            }
        }

        return new CliContext
        {
            Output = output,
            Error = error,
            OutputIsTerminal = !Console.IsOutputRedirected,
            ErrorIsTerminal = !Console.IsErrorRedirected,
            TerminalWidth = width,
            Cancellation = cancellation,
        };
    }
}
