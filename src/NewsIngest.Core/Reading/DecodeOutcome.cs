namespace NewsIngest.Core.Reading;

/// <summary>Either decoded text or the reason the bytes are not a text article.</summary>
public abstract record DecodeOutcome
{
    private DecodeOutcome()
    {
    }

    public sealed record Decoded(DecodedText Value) : DecodeOutcome;

    public sealed record Rejected(string Reason) : DecodeOutcome;
}
