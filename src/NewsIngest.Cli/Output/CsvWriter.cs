namespace NewsIngest.Cli.Output;

/// <summary>
/// RFC 4180 CSV: records end with CRLF; a field is quoted when it holds a comma, a double quote, CR or LF (or has
/// leading or trailing spaces), and quotes inside are doubled. Null is the empty field.
/// </summary>
public static class CsvWriter
{
    public static void WriteRow(TextWriter output, IEnumerable<string?> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                output.Write(',');
            }

            output.Write(Escape(field));
            first = false;
        }

        output.Write("\r\n");
    }

    public static string Escape(string? field)
    {
        if (string.IsNullOrEmpty(field))
        {
            return "";
        }

        var quote = field.AsSpan().IndexOfAny(",\"\r\n") >= 0 || field[0] == ' ' || field[^1] == ' ';
        return quote ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
    }
}
