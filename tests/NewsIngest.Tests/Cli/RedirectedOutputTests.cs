using System.Diagnostics;

namespace NewsIngest.Tests.Cli;

public class RedirectedOutputTests
{
    [Fact]
    public void Output_redirected_to_a_file_shared_with_other_writers_keeps_every_line_in_order()
    {
        using var folder = new Support.TempFolder();
        var output = folder.File("out.txt");
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        var dll = Path.Combine(AppContext.BaseDirectory, "newsingest.dll");
        var info = new ProcessStartInfo("bash") { UseShellExecute = false };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add("{ echo before; \"$1\" \"$2\" --version; echo after; } > \"$3\"");
        info.ArgumentList.Add("bash");
        info.ArgumentList.Add(dotnet);
        info.ArgumentList.Add(dll);
        info.ArgumentList.Add(output);

        using (var shell = Process.Start(info)!)
        {
            shell.WaitForExit();
            Assert.Equal(0, shell.ExitCode);
        }

        var lines = File.ReadAllLines(output);
        Assert.Equal(3, lines.Length);
        Assert.Equal("before", lines[0]);
        Assert.Matches(@"^\d+\.\d+\.\d+", lines[1]);
        Assert.Equal("after", lines[2]);
    }
}
