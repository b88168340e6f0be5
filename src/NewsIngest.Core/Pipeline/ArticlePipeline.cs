using System.Security.Cryptography;
using NewsIngest.Core.Model;
using NewsIngest.Core.Parsing;
using NewsIngest.Core.Reading;

namespace NewsIngest.Core.Pipeline;

/// <summary>
/// The whole per-file path from bytes to a clean <see cref="Article"/>: decode, parse, clean.
/// Stateless and thread-safe: build one and share it across workers.
/// </summary>
public sealed class ArticlePipeline(ParseOptions options)
{
    public ArticlePipeline()
        : this(new ParseOptions())
    {
    }

    public ParseOptions Options { get; } = options;

    public ParseOutcome Parse(string path, ReadOnlySpan<byte> bytes)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return ArticleDecoder.Decode(bytes) switch
        {
            DecodeOutcome.Decoded decoded => new ParseOutcome.Success(TextArticleParser.Parse(path, sha, decoded.Value, Options)),
            DecodeOutcome.Rejected rejected => new ParseOutcome.Failure(path, sha, rejected.Reason),
            _ => throw new InvalidOperationException("unknown decode outcome"),
        };
    }
}
