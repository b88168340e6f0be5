using System.Runtime.CompilerServices;
using System.Text;
using NewsIngest.Core.Text;

namespace NewsIngest.Core.Dedup;

/// <summary>
/// The text view the detector compares: words are maximal runs of letters and digits, lower-cased; everything else
/// (whitespace, punctuation, straight or curly quotes, hyphens and dashes) only separates words. Two bodies that differ
/// only in those styles therefore normalise to the same string.
/// </summary>
public static class DedupText
{
    /// <summary>The body's words, lower-cased, joined by single spaces.</summary>
    public static string Normalize(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var sb = new StringBuilder(body.Length);
        var inWord = false;
        foreach (var c in body)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (!inWord && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                sb.Append(char.ToLowerInvariant(c));
                inWord = true;
            }
            else
            {
                inWord = false;
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// The body without its quoted lines, as e-mail and Usenet replies mark them: <c>&gt;</c>, <c>|&gt;</c>,
    /// <c>: </c> or <c>&lt;</c> at the start of a line. A reply that quotes a whole message would otherwise "contain"
    /// it and pass as its excerpt; what a reply adds is its own. A lone <c>:</c>, <c>|&gt;</c> or <c>&lt;</c> line is
    /// prose, not a quote: those markers count only on two lines or more.
    /// </summary>
    public static string WithoutQuotedLines(string body) => WithoutQuotedLines(body, out _);

    /// <summary>As <see cref="WithoutQuotedLines(string)"/>; <paramref name="quotedLines"/> receives how many lines were left out.</summary>
    public static string WithoutQuotedLines(string body, out int quotedLines)
    {
        ArgumentNullException.ThrowIfNull(body);
        quotedLines = 0;
        if (body.AsSpan().IndexOfAny('>', ':', '<') < 0)
        {
            return body;
        }

        var lines = body.Split('\n');
        Span<int> perMarker = stackalloc int[4];
        foreach (var line in lines)
        {
            if (QuoteMarkers.Of(line) is var m and > 0)
            {
                perMarker[m]++;
            }
        }

        if (perMarker[1] + perMarker[2] + perMarker[3] == 0)
        {
            return body;
        }

        var kept = new List<string>(lines.Length);
        foreach (var line in lines)
        {
            var m = QuoteMarkers.Of(line);
            if (m > 0 && (m == QuoteMarkers.Angle || perMarker[m] >= 2))
            {
                quotedLines++;
            }
            else
            {
                kept.Add(line);
            }
        }

        return quotedLines == 0 ? body : string.Join('\n', kept);
    }

    /// <summary>
    /// Whether the body carries another message with its header lines: two consecutive lines (blank lines between them aside) that open with a mail or
    /// news header name (<c>From:</c>, <c>Subject:</c>, <c>Date:</c>, <c>Newsgroups:</c>, <c>To:</c>, <c>Sent:</c>),
    /// one of them <c>From:</c> or <c>Subject:</c>. A reply or forward that pastes the message it answers this way,
    /// without <c>&gt;</c> marks, holds that message's words, not a copy of it.
    /// </summary>
    public static bool EmbedsMessage(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (!body.Contains("From:", StringComparison.OrdinalIgnoreCase) && !body.Contains("Subject:", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var previous = HeaderName.None;
        foreach (var line in body.AsSpan().EnumerateLines())
        {
            var trimmed = line.TrimStart(" \t>");
            if (trimmed.IsWhiteSpace())
            {
                // The parser sets each pasted header line apart as a paragraph of its own: blank lines do not break the run.
                continue;
            }

            var name = HeaderOf(trimmed);
            if (name != HeaderName.None && previous != HeaderName.None && (name == HeaderName.Names || previous == HeaderName.Names))
            {
                return true;
            }

            previous = name;
        }

        return false;
    }

    private enum HeaderName
    {
        None,

        /// <summary><c>From:</c> or <c>Subject:</c>: a header that names a message.</summary>
        Names,

        /// <summary>Another header a pasted message keeps.</summary>
        Other,
    }

    private static HeaderName HeaderOf(ReadOnlySpan<char> line)
    {
        foreach (var name in (ReadOnlySpan<string>)["From:", "Subject:"])
        {
            if (line.StartsWith(name, StringComparison.OrdinalIgnoreCase))
            {
                return HeaderName.Names;
            }
        }

        foreach (var name in (ReadOnlySpan<string>)["Date:", "Newsgroups:", "To:", "Sent:"])
        {
            if (line.StartsWith(name, StringComparison.OrdinalIgnoreCase))
            {
                return HeaderName.Other;
            }
        }

        return HeaderName.None;
    }

    /// <summary>A stable 64-bit hash of <see cref="Normalize"/>: equal for exact copies, whatever their styling.</summary>
    public static ulong ExactKey(string body) => Hash64.Of(Normalize(body));

    /// <summary>
    /// Writes one stable hash per word of <paramref name="body"/> (the words of <see cref="Normalize"/>) into
    /// <paramref name="buffer"/>, growing it when needed, and returns how many; <paramref name="exactKey"/> receives
    /// <see cref="ExactKey"/>. One pass, no string per word: this runs on every body.
    /// </summary>
    internal static int Scan(ReadOnlySpan<char> body, ref ulong[] buffer, out ulong exactKey)
    {
        var count = 0;
        var word = Hash64.Start;
        var exact = Hash64.Start;
        var inWord = false;
        for (var i = 0; i <= body.Length; i++)
        {
            if (i < body.Length && LowerLetterOrDigit(body[i]) is var lower and not '\0')
            {
                if (!inWord && count > 0)
                {
                    exact = Hash64.Step(exact, ' ');
                }

                word = Hash64.Step(word, lower);
                exact = Hash64.Step(exact, lower);
                inWord = true;
                continue;
            }

            if (inWord)
            {
                if (count == buffer.Length)
                {
                    Array.Resize(ref buffer, Math.Max(16, buffer.Length * 2));
                }

                buffer[count++] = Hash64.Finish(word);
                word = Hash64.Start;
                inWord = false;
            }
        }

        exactKey = Hash64.Finish(exact);
        return count;
    }

    /// <summary>The char lower-cased when it is a letter or digit, else <c>'\0'</c> (never a letter); ASCII by a table.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char LowerLetterOrDigit(char c) => c < 128 ? (char)AsciiLowerLetterOrDigit[c] : NonAsciiLowerLetterOrDigit(c);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static char NonAsciiLowerLetterOrDigit(char c) => char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '\0';

    /// <summary>ASCII char to itself lower-cased when it is a letter or digit, else 0.</summary>
    private static ReadOnlySpan<byte> AsciiLowerLetterOrDigit =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 0, 0, 0, 0, 0, 0,
        0, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
        112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 0, 0, 0, 0, 0,
        0, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
        112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 0, 0, 0, 0, 0,
    ];
}
