using System.CommandLine;
using NewsIngest.Ingestion;

namespace NewsIngest.Cli.Infrastructure;

/// <summary>Options several commands share. Options are per command in System.CommandLine, so each call makes a new one.</summary>
public static class SharedOptions
{
    public static Option<bool> Verbose { get; } = new("--verbose", "-v")
    {
        Description = "Log more detail on stderr",
        Recursive = true,
    };

    public static Option<bool> Quiet { get; } = new("--quiet", "-q")
    {
        Description = "Log only errors on stderr (no progress)",
        Recursive = true,
    };

    public static Option<string?> Db() => new("--db")
    {
        Description = "The store: a SQLite file, or a PostgreSQL database as postgresql://user@host/db (default: $NEWSINGEST_DB, else news.db in the working directory)",
        HelpName = "FILE",
    };

    /// <summary><c>--max-file-size</c>: the reader's size limit, the same for every command that reads article files.</summary>
    public static Option<long> MaxFileSize() => OptionValues.Size(
        "--max-file-size", "Refuse files larger than this: bytes, or with a suffix K, M or G (e.g. 20M)", ArticleFileReader.DefaultMaxFileSize);

    /// <summary>The value of <see cref="MaxFileSize"/>, which must be positive.</summary>
    public static long ReadMaxFileSize(ParseResult parseResult, Option<long> option) =>
        parseResult.GetValue(option) is > 0 and var limit
            ? limit
            : throw new UsageException($"--max-file-size must be a positive number of bytes, not {parseResult.GetValue(option)}");

    public static Option<bool> Follow() => new("--follow", "-L")
    {
        Description = "Follow symbolic links inside folders (by default they are skipped and counted; a path you name is always followed)",
    };

    public static Option<string> Format(string defaultValue, params string[] allowed)
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = $"Output format: {string.Join(", ", allowed)}",
            DefaultValueFactory = _ => defaultValue,
        };
        option.AcceptOnlyFromAmong(allowed);
        return option;
    }

    /// <summary>The PATH arguments, each of which must exist: a missing one is a usage error that names it.</summary>
    public static string[] ExistingPaths(string[]? paths)
    {
        foreach (var path in paths ?? [])
        {
            if (path == "-" && !File.Exists(path))
            {
                throw new UsageException("- (standard input) is read by parse only: save the input to a file and give its path");
            }

            if (!File.Exists(path) && !Directory.Exists(path))
            {
                throw new UsageException($"no such file or folder: {path}");
            }
        }

        return paths ?? [];
    }

    /// <summary>--db, else NEWSINGEST_DB, else news.db in the working directory.</summary>
    public static string ResolveDb(string? fromOption, CliContext context)
    {
        if (!string.IsNullOrWhiteSpace(fromOption))
        {
            return fromOption;
        }

        var fromEnvironment = context.GetEnvironmentVariable("NEWSINGEST_DB");
        return string.IsNullOrWhiteSpace(fromEnvironment) ? "news.db" : fromEnvironment;
    }
}
