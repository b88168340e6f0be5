namespace NewsIngest.Core.Html;

/// <summary>Running totals for one element while blocks are scored.</summary>
internal sealed class ElementScore(double initial)
{
    public double Initial { get; } = initial;

    public double Points { get; set; }

    public int TextChars { get; set; }

    public int LinkChars { get; set; }

    public int Paragraphs { get; set; }

    public double LinkDensity => TextChars == 0 ? 0 : (double)LinkChars / TextChars;

    /// <summary>Only elements that collected points from paragraphs are candidates; link-heavy ones lose in proportion.</summary>
    public double Final => Points <= 0 ? 0 : (Initial + Points) * (1 - LinkDensity);
}
