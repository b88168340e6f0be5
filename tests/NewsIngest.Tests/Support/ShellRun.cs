using System.Diagnostics;

namespace NewsIngest.Tests.Support;

/// <summary>The real program in situations a test process cannot fake in process: stdout on a given file, no privileges, special files.</summary>
public static class ShellRun
{
    private static string Dotnet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";

    private static string Dll => Path.Combine(AppContext.BaseDirectory, "newsingest.dll");

    /// <summary>Runs <c>newsingest ARGS &gt; STDOUT</c> through bash and returns the exit code and stderr.</summary>
    public static CliRun WithStdout(string stdout, params string[] args) =>
        Run("bash", ["-c", "out=\"$1\"; shift; exec \"$@\" > \"$out\"", "bash", stdout, Dotnet, Dll, .. args]);

    /// <summary>Runs <c>newsingest ARGS &lt; STDIN</c> through bash: the real program reading a real file descriptor.</summary>
    public static CliRun WithStdin(string stdin, params string[] args) =>
        Run("bash", ["-c", "in=\"$1\"; shift; exec \"$@\" < \"$in\"", "bash", stdin, Dotnet, Dll, .. args]);

    /// <summary>Runs <c>newsingest ARGS | head -c 1</c>: the reader leaves after one byte. The exit code is newsingest's.</summary>
    public static CliRun IntoClosedPipe(params string[] args) =>
        Run("bash", ["-c", "\"$@\" | head -c 1 > /dev/null; exit ${PIPESTATUS[0]}", "bash", Dotnet, Dll, .. args]);

    /// <summary>
    /// Runs <c>newsingest ARGS</c> as an ordinary user would: under root, without any capability (setpriv empties the
    /// bounding set), so file permissions hold for it as for anyone; otherwise as is.
    /// </summary>
    public static CliRun Unprivileged(params string[] args) =>
        Environment.IsPrivilegedProcess
            ? Run("setpriv", ["--bounding-set=-all", Dotnet, Dll, .. args])
            : Run(Dotnet, [Dll, .. args]);

    /// <summary>Makes a character device like /dev/null at <paramref name="path"/> when the tests run as root, else a named pipe.</summary>
    public static void MakeSpecialFile(string path)
    {
        var made = Environment.IsPrivilegedProcess ? Run("mknod", [path, "c", "1", "3"]) : Run("mkfifo", [path]);
        Assert.Equal(0, made.ExitCode);
    }

    private static CliRun Run(string program, string[] args)
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new CliRun(process.ExitCode, output.Result, error.Result);
    }
}
