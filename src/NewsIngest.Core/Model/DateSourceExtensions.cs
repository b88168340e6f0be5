namespace NewsIngest.Core.Model;

public static class DateSourceExtensions
{
    /// <summary>The contract spelling: <c>header</c>, <c>meta</c>, <c>byline</c>, <c>text</c>, <c>copyright</c>, <c>none</c>.</summary>
    public static string ToContractString(this DateSource source) => source switch
    {
        DateSource.Header => "header",
        DateSource.Meta => "meta",
        DateSource.Byline => "byline",
        DateSource.Text => "text",
        DateSource.Copyright => "copyright",
        _ => "none",
    };

}
