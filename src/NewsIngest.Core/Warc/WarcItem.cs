namespace NewsIngest.Core.Warc;

/// <summary>What a <see cref="WarcReader"/> yields: a record, or a stretch of the file it could not read as one.</summary>
public abstract record WarcItem
{
    public sealed record Read(WarcRecord Record) : WarcItem;

    /// <summary>A record that could not be read whole: where it starts and why. Reading resumes at the next record.</summary>
    public sealed record Broken(long Offset, long UnpackedOffset, string Reason, string? RecordId) : WarcItem
    {
        /// <summary>"at byte N" (with the place inside the unpacked gzip member when it is not the member's start).</summary>
        public string Where => UnpackedOffset > 0 && Offset != UnpackedOffset ? $"at byte {Offset} (+{UnpackedOffset} unpacked)" : $"at byte {Offset}";
    }
}
