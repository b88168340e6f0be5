namespace NewsIngest.Cli.Infrastructure;

/// <summary>
/// How long the running command may take to stop after SIGINT or SIGTERM before the process ends anyway. Commands
/// that only read stop between rows or files well within the default; <c>ingest</c> raises it, as it commits what
/// it wrote before it stops.
/// </summary>
public sealed class StopGrace
{
    public static readonly TimeSpan Default = TimeSpan.FromSeconds(1);

    public TimeSpan Value { get; set; } = Default;
}
