using System.Diagnostics;

namespace NewsIngest.Tests.Support;

/// <summary>
/// Starts the real <c>newsingest</c> program as a separate process, for tests that kill or signal it or check what a
/// user's shell sees. By default the build beside the tests (<c>dotnet newsingest.dll</c>); when <c>NEWSINGEST_EXE</c>
/// names an executable (the Native AOT build of <c>.ci/publish-native.sh</c>), that one, so the tests cover the form
/// users install.
/// </summary>
public static class CliProcess
{
    /// <summary>The native executable under test, or null for the build beside the tests.</summary>
    public static string? Executable { get; } = Environment.GetEnvironmentVariable("NEWSINGEST_EXE") is { Length: > 0 } exe ? exe : null;

    /// <summary>The program to start and the arguments that come before newsingest's own.</summary>
    public static IReadOnlyList<string> Command =>
        Executable is { } exe ? [exe] : [Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", Path.Combine(AppContext.BaseDirectory, "newsingest.dll")];

    public static Process Start(params string[] args) => StartIn(null, args);

    /// <summary>Starts the program in <paramref name="workingDirectory"/> (the test's own when null).</summary>
    public static Process StartIn(string? workingDirectory, params string[] args) => StartWith(workingDirectory, null, args);

    /// <summary>Starts the program with <paramref name="environment"/> changed (a null value removes the variable).</summary>
    public static Process StartWith(string? workingDirectory, IReadOnlyDictionary<string, string?>? environment, params string[] args)
    {
        var command = Command;
        var info = new ProcessStartInfo(command[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? "",
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                info.Environment.Remove(name);
            }
            else
            {
                info.Environment[name] = value;
            }
        }

        foreach (var arg in command.Skip(1).Concat(args))
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info) ?? throw new InvalidOperationException("could not start newsingest");
    }

    /// <summary>Runs to the end and returns exit code, stdout and stderr.</summary>
    public static CliRun Run(params string[] args) => RunIn(null, args);

    /// <summary>Runs to the end in <paramref name="workingDirectory"/> and returns exit code, stdout and stderr.</summary>
    public static CliRun RunIn(string? workingDirectory, params string[] args) => RunWith(workingDirectory, null, args);

    /// <summary>Runs to the end with <paramref name="environment"/> changed and returns exit code, stdout and stderr.</summary>
    public static CliRun RunWith(string? workingDirectory, IReadOnlyDictionary<string, string?>? environment, params string[] args)
    {
        using var process = StartWith(workingDirectory, environment, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new CliRun(process.ExitCode, output.Result, error.Result);
    }
}
