using System.Text;

namespace NewsIngest.Evaluation.Corpora.Reuters;

/// <summary>
/// Renders a Reuters document the way a wire text file looks, the format the text parser is built for:
/// title, blank line, raw date, blank line, the author and a blank line when there is one, then the dateline,
/// one space, and the body exactly as in the SGML (hard-wrapped, indented paragraphs, the "Reuter" sign-off).
/// </summary>
public static class WireRenderer
{
    public static string Render(ReutersDocument doc)
    {
        var sb = new StringBuilder();
        foreach (var header in new[] { doc.Title, doc.Date, doc.Author })
        {
            if (header is not null)
            {
                sb.Append(header).Append("\n\n");
            }
        }

        if (doc.Dateline is not null)
        {
            sb.Append(doc.Dateline).Append(' ');
        }

        var body = doc.Body ?? "";
        sb.Append(body);
        if (!body.EndsWith('\n'))
        {
            sb.Append('\n');
        }

        return sb.ToString();
    }
}
