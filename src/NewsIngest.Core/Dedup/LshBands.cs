namespace NewsIngest.Core.Dedup;

/// <summary>
/// Locality-sensitive banding of a MinHash signature: one 64-bit key per band (rows hashed together, the band index
/// mixed in so a single indexed table holds every band). Two bodies with Jaccard J share at least one key with
/// probability 1 − (1 − J^r)^b: with the default 32 bands × 4 rows that is 0.99 at J = 0.6 and 0.9999 at J = 0.7.
/// </summary>
public static class LshBands
{
    private const ulong BandDomain = 0xB4AD000000000000UL;

    public static ulong[] Keys(ReadOnlySpan<uint> signature, DedupOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var rows = options.RowsPerBand;
        if (signature.Length != options.Permutations)
        {
            throw new ArgumentException($"Signature has {signature.Length} values, options say {options.Permutations}.", nameof(signature));
        }

        var keys = new ulong[options.Bands];
        for (var band = 0; band < options.Bands; band++)
        {
            var h = BandDomain ^ (ulong)band;
            foreach (var value in signature.Slice(band * rows, rows))
            {
                h = Hash64.Combine(h, value);
            }

            keys[band] = h;
        }

        return keys;
    }
}
