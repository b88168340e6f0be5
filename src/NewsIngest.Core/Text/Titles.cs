namespace NewsIngest.Core.Text;

/// <summary>Title comparison shared by the stages that meet a title again: the parsers and the cleaner.</summary>
public static class Titles
{
    /// <summary>Whether two titles are the same once case, spacing and quote styles are set aside.</summary>
    public static bool Same(string a, string b) => FoldedText.Equal(a, b);
}
