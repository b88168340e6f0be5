using NewsIngest.Core.Model;

namespace NewsIngest.Core.Reading;

/// <summary>A file's bytes turned into text: line endings are <c>\n</c>, Unicode is NFC.</summary>
public sealed record DecodedText(string Text, string EncodingName, IReadOnlyList<ParseWarning> Warnings);
