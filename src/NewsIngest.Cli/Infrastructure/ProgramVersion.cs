using System.Reflection;

namespace NewsIngest.Cli.Infrastructure;

public static class ProgramVersion
{
    /// <summary>The version recorded with every run and printed by <c>--version</c>.</summary>
    public static string Current { get; } =
        typeof(ProgramVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
}
