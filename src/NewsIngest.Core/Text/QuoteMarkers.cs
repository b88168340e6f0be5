namespace NewsIngest.Core.Text;

/// <summary>
/// How e-mail and Usenet replies mark the lines they quote from another message, for the paragraph splitter (which
/// keeps quoted lines apart from the reply's own prose) and the duplicate detector (which leaves them out).
/// </summary>
public static class QuoteMarkers
{
    /// <summary>Not a quoted line.</summary>
    public const int None = 0;

    /// <summary><c>&gt;</c>: the usual marker.</summary>
    public const int Angle = 1;

    /// <summary><c>|&gt;</c>: the marker of some news readers (rn, trn).</summary>
    public const int BarAngle = 2;

    /// <summary><c>:</c> or <c>&lt;</c> (not a tag): markers that are also prose, so they count only on two lines or more.</summary>
    public const int Other = 3;

    /// <summary>The marker that opens <paramref name="line"/> (leading spaces allowed), or <see cref="None"/>.</summary>
    public static int Of(ReadOnlySpan<char> line)
    {
        var t = line.TrimStart();
        if (t.IsEmpty)
        {
            return None;
        }

        return t[0] switch
        {
            '>' => Angle,
            '|' when t.Length > 1 && t[1] == '>' => BarAngle,
            ':' when t.Length == 1 || t[1] is ' ' or '\t' or '>' or ':' => Other,
            '<' when !t.Contains('>') => Other,
            _ => None,
        };
    }

    /// <summary>Whether <paramref name="line"/> opens with a marker no prose line opens with (<c>&gt;</c> or <c>|&gt;</c>).</summary>
    public static bool IsQuoted(ReadOnlySpan<char> line) => Of(line) is Angle or BarAngle;
}
