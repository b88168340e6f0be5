using System.CommandLine;
using NewsIngest.Cli;
using NewsIngest.Cli.Infrastructure;
using NewsIngest.Tests.Support;

namespace NewsIngest.Tests.Cli;

public class CommandTreeTests
{
    [Fact]
    public void Every_command_argument_and_option_has_a_description()
    {
        var root = NewsIngestCli.Build(new CliContext { Output = TextWriter.Null, Error = TextWriter.Null });
        var missing = new List<string>();

        Visit(root, "newsingest", missing);

        Assert.Empty(missing);
    }

    [Fact]
    public void The_version_is_printed_on_stdout()
    {
        var run = CliRun.Invoke("--version");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", run.Output);
    }

    [Fact]
    public void Help_is_available_on_every_command()
    {
        var root = NewsIngestCli.Build(new CliContext { Output = TextWriter.Null, Error = TextWriter.Null });

        foreach (var command in root.Subcommands)
        {
            var run = CliRun.Invoke(command.Name, "--help");

            Assert.Equal(0, run.ExitCode);
            Assert.Contains(command.Description!, run.Output, StringComparison.Ordinal);
        }
    }

    private static void Visit(Command command, string name, List<string> missing)
    {
        if (string.IsNullOrWhiteSpace(command.Description))
        {
            missing.Add(name);
        }

        foreach (var option in command.Options.Where(o => string.IsNullOrWhiteSpace(o.Description)))
        {
            missing.Add($"{name} {option.Name}");
        }

        foreach (var argument in command.Arguments.Where(a => string.IsNullOrWhiteSpace(a.Description)))
        {
            missing.Add($"{name} <{argument.Name}>");
        }

        foreach (var sub in command.Subcommands)
        {
            Visit(sub, $"{name} {sub.Name}", missing);
        }
    }
}
