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

    /// <summary>Opens standard input, for a PATH of <c>-</c> (<c>curl … | newsingest parse -</c>).</summary>
    public Func<Stream> OpenInput { get; init; } = Console.OpenStandardInput;

    public bool OutputIsTerminal { get; init; }

    public bool ErrorIsTerminal { get; init; }

    public int TerminalWidth { get; init; } = 100;

    public CancellationToken Cancellation { get; init; }

    /// <summary>How long the command may take to stop once <see cref="Cancellation"/> fires; ingest raises it.</summary>
    public StopGrace Grace { get; init; } = new();

    /// <summary>Colour only on a terminal, and never when <c>NO_COLOR</c> is set.</summary>
    public bool UseColor => OutputIsTerminal && string.IsNullOrEmpty(GetEnvironmentVariable("NO_COLOR"));

    public static CliContext FromProcess(CancellationToken cancellation)
    {
        var output = new StreamWriter(new CheckedOutputStream(RawStream(1)), new System.Text.UTF8Encoding(false), 1 << 16) { AutoFlush = false };
        var error = new StreamWriter(RawStream(2), new System.Text.UTF8Encoding(false)) { AutoFlush = true };
        var width = Console.IsOutputRedirected ? 100 : Infrastructure.TerminalWidth.Detect(Environment.GetEnvironmentVariable);
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

    /// <summary>
    /// The stream for a standard descriptor. On a terminal, a plain stream over the descriptor: .NET's console
    /// streams initialise the terminal on first write, which puts keypad-mode escape bytes on stdout. Redirected,
    /// the console stream: a FileStream over a regular file writes with pwrite at its own offset and would not
    /// advance the shared one, so <c>(newsingest list; echo done) &gt; out</c> would overwrite our output.
    /// </summary>
    private static Stream RawStream(int descriptor)
    {
        var redirected = descriptor == 1 ? Console.IsOutputRedirected : Console.IsErrorRedirected;
        if (redirected || OperatingSystem.IsWindows())
        {
            return descriptor == 1 ? Console.OpenStandardOutput() : Console.OpenStandardError();
        }

        return new FileStream(new Microsoft.Win32.SafeHandles.SafeFileHandle(descriptor, ownsHandle: false), FileAccess.Write, 1);
    }
}
