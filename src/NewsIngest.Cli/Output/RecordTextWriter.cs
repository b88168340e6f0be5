using NewsIngest.Core.Serialization;

namespace NewsIngest.Cli.Output;

/// <summary>The human view of one record: fields, then the body, then what was removed and why.</summary>
public static class RecordTextWriter
{
    public static void Write(TextWriter output, ArticleRecord record)
    {
        if (record.Id is { } id)
        {
            Field(output, "id", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Field(output, "path", record.Path);
        Field(output, "title", record.Title ?? "(none)");
        Field(output, "published", record.Published is null ? $"(none) [{record.DateSource}]" : $"{record.Published} [{record.DateSource}]");
        if (record.Modified is not null)
        {
            Field(output, "modified", record.Modified);
        }

        Field(output, "authors", record.Authors.Count == 0 ? "(none)" : string.Join("; ", record.Authors));
        Field(output, "source", record.Source ?? "(none)");
        if (record.Url is not null)
        {
            Field(output, "url", record.Url);
        }

        if (record.Fetched is not null)
        {
            Field(output, "fetched", record.Fetched);
        }
        if (record.Dateline is not null)
        {
            Field(output, "dateline", record.Dateline);
        }

        if (record.Language is not null)
        {
            Field(output, "language", record.Language);
        }

        Field(output, "words", record.WordCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (record.DuplicateOf is { } canonical)
        {
            Field(output, "duplicate", $"{record.DuplicateKind} of #{canonical} (similarity {record.Similarity:0.000})");
        }

        Field(output, "sha256", record.Sha256);
        output.WriteLine();
        output.WriteLine(TerminalText.Escape(record.Body, keepLines: true));
        if (record.Boilerplate.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("removed:");
            foreach (var removal in record.Boilerplate)
            {
                output.WriteLine($"  [{TerminalText.Escape(removal.Reason)}] {Shorten(removal.Text)}");
            }
        }

        if (record.Warnings.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("warnings:");
            foreach (var warning in record.Warnings)
            {
                output.WriteLine(TerminalText.Escape($"  [{warning.Code}] {warning.Message}"));
            }
        }
    }

    /// <summary>A field's value with its control characters made visible: a title cannot drive the terminal.</summary>
    private static void Field(TextWriter output, string name, string value) => output.WriteLine($"{name,-10} {TerminalText.Escape(value)}");

    private static string Shorten(string text) => TextWidth.Truncate(text.Replace('\n', ' '), 160);
}
