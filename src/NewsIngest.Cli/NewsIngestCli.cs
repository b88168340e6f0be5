using System.CommandLine;
using NewsIngest.Cli.Commands;
using NewsIngest.Cli.Infrastructure;

namespace NewsIngest.Cli;

/// <summary>The <c>newsingest</c> root command: builds the command tree and runs one invocation against a <see cref="CliContext"/>.</summary>
public static class NewsIngestCli
{
    public static RootCommand Build(CliContext context)
    {
        var root = new RootCommand("NewsIngest: turn folders of news article files and web archives into a clean, deduplicated, searchable corpus, in a SQLite file or a shared PostgreSQL database.")
        {
            SharedOptions.Verbose,
            SharedOptions.Quiet,
            new IngestCommand(context),
            new ParseCommand(context),
            new SearchCommand(context),
            new ListCommand(context),
            new ShowCommand(context),
            new StatsCommand(context),
            new ExportCommand(context),
            new SqlCommand(context),
            new ValidateCommand(context),
            new DupsCommand(context),
        };
        return root;
    }

    public static int Run(string[] args, CliContext context)
    {
        if (args is ["--version"])
        {
            // Program.cs answers this before any set-up; the same answer here keeps the two paths alike.
            context.Output.Write(ProgramVersion.Current + "\n");
            return FlushOutput(context) ? ExitCodes.Success : ExitCodes.Error;
        }

        var exit = Invoke(args, context);
        return FlushOutput(context) ? exit : ExitCodes.Error;
    }

    private static int Invoke(string[] args, CliContext context)
    {
        var root = Build(context);
        var parsed = root.Parse(args);
        try
        {
            var isHelp = parsed.Action is System.CommandLine.Help.HelpAction;
            if (!isHelp && CommandLineErrors.Describe(parsed, args) is { } problem)
            {
                // One line naming the problem and the fix; help stays off stdout so pipes stay clean.
                var message = Output.TerminalText.Escape(problem);
                context.Error.WriteLine($"newsingest: {message} (see '{CommandLineErrors.PathOf(parsed)} --help')");
                return ExitCodes.Error;
            }

            var configuration = new InvocationConfiguration
            {
                Output = context.Output,
                Error = context.Error,
                EnableDefaultExceptionHandler = false,
            };
            var exit = parsed.Invoke(configuration);
            if (isHelp)
            {
                CommandExamples.Write(context.Output, CommandLineErrors.PathOf(parsed));
            }

            return exit;
        }
        finally
        {
            context.Error.Flush();
        }
    }

    /// <summary>Writes out what stdout still buffers; false (after one line on stderr) when that fails.</summary>
    private static bool FlushOutput(CliContext context)
    {
        try
        {
            context.Output.Flush();
            return true;
        }
        catch (OutputWriteException ex)
        {
            CommandRunner.Fail(context, ex.Message);
            context.Error.Flush();
            return false;
        }
        catch (IOException)
        {
            // The reader went away (`| head`): not an error.
            return true;
        }
    }
}
