namespace NewsIngest.Cli.Output;

/// <summary>
/// A plain text table that fits the terminal: columns as wide as their content, then cut (flexible columns first,
/// then the widest) until the table fits <c>width</c>; cut cells end with …. An optional detail line per row
/// (a search snippet) is indented under it.
/// </summary>
public static class TableWriter
{
    private const string Gap = "  ";
    private const int MinColumn = 6;

    public static void Write(
        TextWriter output,
        IReadOnlyList<TableColumn> columns,
        IReadOnlyList<string[]> rows,
        int width,
        bool color = false,
        IReadOnlyList<string>? details = null)
    {
        var cells = rows.Select(row => row.Select(TextWidth.Flatten).ToArray()).ToList();
        var widths = Fit(columns, cells, width);
        var header = string.Join(Gap, columns.Select((c, i) => Pad(TextWidth.Truncate(c.Header, widths[i]), widths[i], c.AlignRight))).TrimEnd();
        output.WriteLine(color ? $"\u001b[1m{header}\u001b[0m" : header);
        for (var r = 0; r < cells.Count; r++)
        {
            var line = string.Join(Gap, columns.Select((c, i) => Pad(TextWidth.Truncate(cells[r][i], widths[i]), widths[i], c.AlignRight)));
            output.WriteLine(line.TrimEnd());
            if (details is not null && r < details.Count && details[r].Length > 0)
            {
                var detail = "    " + TextWidth.Truncate(TextWidth.Flatten(details[r]), Math.Max(MinColumn, width - 4));
                output.WriteLine(color ? Snippets.Render(detail) : detail);
            }
        }
    }

    /// <summary>Column widths: natural, capped by each column's maximum, then shrunk until the line fits.</summary>
    public static int[] Fit(IReadOnlyList<TableColumn> columns, IReadOnlyList<string[]> rows, int width)
    {
        var widths = columns
            .Select((c, i) => Math.Min(c.MaxWidth, rows.Select(r => r[i].Length).Append(c.Header.Length).Max()))
            .ToArray();
        var floor = columns.Select((c, i) => Math.Min(widths[i], Math.Max(MinColumn, c.AlignRight ? widths[i] : c.Header.Length))).ToArray();
        var excess = widths.Sum() + (Gap.Length * (columns.Count - 1)) - width;
        for (var i = 0; i < columns.Count && excess > 0; i++)
        {
            if (columns[i].Flexible)
            {
                var cut = Math.Min(excess, widths[i] - floor[i]);
                widths[i] -= cut;
                excess -= cut;
            }
        }

        while (excess > 0)
        {
            var widest = -1;
            for (var i = 0; i < widths.Length; i++)
            {
                if (widths[i] > floor[i] && (widest < 0 || widths[i] > widths[widest]))
                {
                    widest = i;
                }
            }

            if (widest < 0)
            {
                break;
            }

            widths[widest]--;
            excess--;
        }

        return widths;
    }

    private static string Pad(string text, int width, bool right) => right ? text.PadLeft(width) : text.PadRight(width);
}
