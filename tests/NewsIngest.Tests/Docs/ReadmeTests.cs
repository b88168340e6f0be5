using System.Reflection;
using System.Text.Json;
using NewsIngest.Cli;
using NewsIngest.Cli.Infrastructure;
using NewsIngest.Core.Model;
using NewsIngest.Core.Serialization;
using NewsIngest.Core.Validation;
using NewsIngest.Tests.Support;

namespace NewsIngest.Tests.Docs;

/// <summary>
/// Keeps the README and the pages under docs/ honest about what the code defines: a rule, command, reason code,
/// record field or exit code added without its line in the table where it is documented fails here, so the reference
/// tables cannot silently fall behind. The README holds the command table and the exit codes; docs/commands.md a
/// section per command; docs/record.md the record, the boilerplate reasons and the warning codes; docs/validate.md
/// the rules.
/// </summary>
public class ReadmeTests
{
    private static readonly string[] ReadmeLines = Lines("README.md");

    private static readonly string Commands = Text("docs/commands.md");

    private static readonly string[] CommandsLines = Lines("docs/commands.md");

    private static readonly string Record = Text("docs/record.md");

    private static readonly string[] RecordLines = Lines("docs/record.md");

    private static readonly string[] ValidateLines = Lines("docs/validate.md");

    [Fact]
    public void The_first_screen_gives_the_two_set_up_commands()
    {
        var firstScreen = string.Join('\n', ReadmeLines.Take(12));

        Assert.Contains("dotnet run --project src/NewsIngest.Cli -- ingest seeds", firstScreen, StringComparison.Ordinal);
        Assert.Contains("\ndotnet test ", firstScreen, StringComparison.Ordinal);
    }

    [Fact]
    public void The_rules_table_lists_every_validation_rule_with_its_severity()
    {
        var missing = ValidationRules.All
            .Select(rule => $"| `{rule.Code}` | {rule.Severity.ToString().ToLowerInvariant()} |")
            .Where(row => !ValidateLines.Any(line => line.StartsWith(row, StringComparison.Ordinal)))
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_command_has_a_row_in_the_commands_table_linking_to_its_section()
    {
        var root = NewsIngestCli.Build(new CliContext { Output = TextWriter.Null, Error = TextWriter.Null });
        var anchors = MarkdownLinks.Anchors(Commands);
        var missing = new List<string>();

        foreach (var name in root.Subcommands.Select(command => command.Name))
        {
            var row = ReadmeLines.FirstOrDefault(line => line.StartsWith($"| [`{name} ", StringComparison.Ordinal) || line.StartsWith($"| [`{name}`", StringComparison.Ordinal));
            var section = CommandsLines.FirstOrDefault(line => line == $"### {name}" || line.StartsWith($"### {name} ", StringComparison.Ordinal) || line.StartsWith($"### {name},", StringComparison.Ordinal));
            if (row is null)
            {
                missing.Add($"README table row for {name}");
            }

            if (section is null)
            {
                missing.Add($"### {name} section in docs/commands.md");
            }

            if (row is not null && section is not null)
            {
                var anchor = MarkdownLinks.Slug(section[4..]);
                if (!row.Contains($"](docs/commands.md#{anchor})", StringComparison.Ordinal) || !anchors.Contains(anchor))
                {
                    missing.Add($"README row for {name} linking to docs/commands.md#{anchor}");
                }
            }
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_subcommand_of_a_command_is_mentioned()
    {
        var root = NewsIngestCli.Build(new CliContext { Output = TextWriter.Null, Error = TextWriter.Null });

        var missing = root.Subcommands
            .SelectMany(command => command.Subcommands.Select(sub => $"{command.Name} {sub.Name}"))
            .Where(usage => !Commands.Contains($"`{usage}", StringComparison.Ordinal))
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_boilerplate_reason_code_is_explained()
    {
        var codes = typeof(BoilerplateReasons).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral)
            .Select(field => (string)field.GetRawConstantValue()!)
            .ToList();

        Assert.NotEmpty(codes);
        var missing = codes.Where(code => !Record.Contains($"`{code}`", StringComparison.Ordinal)).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_warning_code_is_listed()
    {
        var codes = typeof(WarningCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral)
            .Select(field => (string)field.GetRawConstantValue()!)
            .ToList();

        Assert.NotEmpty(codes);
        var missing = codes.Where(code => !Record.Contains($"`{code}`", StringComparison.Ordinal)).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void The_record_table_has_a_row_for_every_field_a_stored_record_carries()
    {
        var record = new ArticleRecord { Id = 1, Path = "a.txt", Sha256 = "00", DateSource = "none", Body = "Text." };
        using var json = JsonDocument.Parse(RecordJson.Serialize(record));
        var fields = json.RootElement.EnumerateObject().Select(property => property.Name).ToList();

        Assert.Contains("duplicate_kind", fields);
        var missing = fields.Where(field => !RecordLines.Any(line => line.StartsWith($"| `{field}` |", StringComparison.Ordinal))).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void The_exit_codes_table_has_a_row_for_every_exit_code()
    {
        var codes = typeof(ExitCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral)
            .Select(field => (int)field.GetRawConstantValue()!)
            .ToList();

        Assert.Equal(4, codes.Count);
        var missing = codes.Where(code => !ReadmeLines.Any(line => line.StartsWith($"| {code} |", StringComparison.Ordinal))).ToList();
        Assert.Empty(missing);
    }

    private static string Text(string path) => File.ReadAllText(Path.Combine(RepoPaths.Root, path));

    private static string[] Lines(string path) => Text(path).Split('\n');
}
