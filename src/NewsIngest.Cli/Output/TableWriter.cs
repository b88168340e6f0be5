namespace NewsIngest.Cli.Output;

/// <summary>
/// A plain text table that fits the terminal: columns as wide as their content (in terminal cells, see
/// <see cref="TextWidth"/>), then cut until the table fits <c>width</c>. The flexible column (a title) keeps a fair
/// share of the line while the others give up room first; cut cells end with …. An optional detail line per row
/// (a search snippet) is indented under it.
/// </summary>
public static class TableWriter
{
    private const string Gap = "  ";
    private const int MinColumn = 6;

    /// <summary>The share of the line a flexible column keeps while other columns can still give room.</summary>
    private const double FlexibleShare = 0.4;

    public static void Write(
        TextWriter output,
        IReadOnlyList<TableColumn> columns,
        IReadOnlyList<string[]> rows,
        int width,
        bool color = false,
        IReadOnlyList<string>? details = null)
    {
        // Cells are not flattened: a newline in a path or title shows as \n, like any control character. Without
        // colour, a stored match-mark character is plain text, made visible too.
        var cells = rows.Select(row => row.Select(c => color ? c : Unmark(c)).ToArray()).ToList();
        var widths = Fit(columns, cells, width);
        var header = string.Join(Gap, columns.Select((c, i) => TextWidth.Fit(c.Header, widths[i], c.AlignRight))).TrimEnd();
        output.WriteLine(color ? $"\u001b[1m{header}\u001b[0m" : header);
        for (var r = 0; r < cells.Count; r++)
        {
            var line = string.Join(Gap, columns.Select((c, i) => TextWidth.Fit(cells[r][i], widths[i], c.AlignRight)));
            output.WriteLine(line.TrimEnd());
            if (details is not null && r < details.Count && details[r].Length > 0)
            {
                var detail = "    " + TextWidth.Truncate(TextWidth.Flatten(color ? details[r] : Unmark(details[r])), Math.Max(MinColumn, width - 4));
                output.WriteLine(color ? Snippets.Render(detail) : detail);
            }
        }
    }

    /// <summary>
    /// Column widths: natural, capped by each column's maximum; then, while the line is too wide, flexible columns
    /// give room down to their share of the line, the widest other column gives a cell at a time down to its
    /// floor, and last the flexible columns give the rest.
    /// </summary>
    public static int[] Fit(IReadOnlyList<TableColumn> columns, IReadOnlyList<string[]> rows, int width)
    {
        var widths = columns
            .Select((c, i) => Math.Min(c.MaxWidth, rows.Select(r => TextWidth.Visible(r[i])).Append(TextWidth.Visible(c.Header)).Max()))
            .ToArray();
        var floor = columns.Select((c, i) => Math.Min(widths[i], Math.Max(MinColumn, c.AlignRight ? widths[i] : c.Header.Length))).ToArray();
        var share = columns.Select((c, i) => c.Flexible ? Math.Min(widths[i], Math.Max(floor[i], (int)(width * FlexibleShare))) : widths[i]).ToArray();
        var excess = widths.Sum() + (Gap.Length * (columns.Count - 1)) - width;
        excess = Shrink(columns, widths, share, excess, flexible: true);
        excess = ShrinkWidest(columns, widths, floor, excess);
        Shrink(columns, widths, floor, excess, flexible: true);
        return widths;
    }

    private static int Shrink(IReadOnlyList<TableColumn> columns, int[] widths, int[] down, int excess, bool flexible)
    {
        for (var i = 0; i < columns.Count && excess > 0; i++)
        {
            if (columns[i].Flexible == flexible && widths[i] > down[i])
            {
                var cut = Math.Min(excess, widths[i] - down[i]);
                widths[i] -= cut;
                excess -= cut;
            }
        }

        return excess;
    }

    private static int ShrinkWidest(IReadOnlyList<TableColumn> columns, int[] widths, int[] floor, int excess)
    {
        while (excess > 0)
        {
            var widest = -1;
            for (var i = 0; i < widths.Length; i++)
            {
                if (!columns[i].Flexible && widths[i] > floor[i] && (widest < 0 || widths[i] > widths[widest]))
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

        return excess;
    }

    private static string Unmark(string text) =>
        text.Replace(Snippets.Open.ToString(), "\\x02", StringComparison.Ordinal).Replace(Snippets.Close.ToString(), "\\x03", StringComparison.Ordinal);
}
