using System.CommandLine;
using System.CommandLine.Parsing;
using NewsIngest.Core.Text;

namespace NewsIngest.Cli.Infrastructure;

/// <summary>
/// One line for a command line that does not parse: an unknown command or option is named with the nearest real one
/// ("did you mean 'search'?"), and an unknown <c>--option</c> is never taken as a search word or a path.
/// </summary>
internal static class CommandLineErrors
{
    /// <summary>The message for a parse that failed, or for tokens an argument swallowed that look like options; null when all is well.</summary>
    public static string? Describe(ParseResult parsed, string[] args)
    {
        var command = parsed.CommandResult.Command;
        if (parsed.UnmatchedTokens.Count > 0)
        {
            var token = parsed.UnmatchedTokens[0];
            if (token.StartsWith('-'))
            {
                return UnknownOption(command, token);
            }

            if (command.Subcommands.Count > 0 && !parsed.CommandResult.Children.OfType<ArgumentResult>().Any())
            {
                var nearest = EditDistance.Nearest(token, command.Subcommands.Select(c => c.Name), Math.Max(2, token.Length / 3));
                return $"unknown command '{token}'{(nearest is null ? "" : $" (did you mean '{nearest}'?)")}";
            }

            return $"unexpected argument '{token}'";
        }

        if (parsed.Errors.Count > 0)
        {
            return OneLine(parsed.Errors[0].Message);
        }

        // An argument of many values takes any token, so `search Blair --lmit 5` would search for "--lmit".
        var separator = Array.IndexOf(args, "--");
        foreach (var argument in parsed.CommandResult.Children.OfType<ArgumentResult>())
        {
            foreach (var token in argument.Tokens)
            {
                var value = token.Value;
                if (value.Length > 2 && value.StartsWith("--", StringComparison.Ordinal) && !value.Any(char.IsWhiteSpace)
                    && (separator < 0 || Array.IndexOf(args, value) < separator))
                {
                    return UnknownOption(command, value);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The parser lists choices one per line ("Must be one of:\n\t'text'\n\t'json'"); on one line they read
    /// "Must be one of: 'text', 'json'" rather than as escaped control characters.
    /// </summary>
    internal static string OneLine(string message)
    {
        var lines = message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length <= 1 ? message.Trim() : $"{lines[0]} {string.Join(", ", lines[1..])}";
    }

    /// <summary><c>newsingest dups explain</c>: the command's full name, for "see '… --help'".</summary>
    public static string PathOf(ParseResult parsed)
    {
        var names = new List<string>();
        for (SymbolResult? result = parsed.CommandResult; result is not null; result = result.Parent)
        {
            if (result is CommandResult { Command: var command })
            {
                names.Add(command is RootCommand ? "newsingest" : command.Name);
            }
        }

        names.Reverse();
        return string.Join(' ', names);
    }

    private static string UnknownOption(Command command, string token)
    {
        var name = token.Split('=', 2)[0];
        var options = command.Options.Concat(command.Parents.OfType<Command>().SelectMany(p => p.Options.Where(o => o.Recursive)))
            .SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal)).Distinct().ToList();
        var nearest = EditDistance.Nearest(name, options, Math.Max(2, name.Length / 3));
        return $"unknown option '{name}'{(nearest is null ? "" : $" (did you mean '{nearest}'?)")}";
    }
}
