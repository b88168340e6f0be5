using System.Runtime.Intrinsics;

namespace NewsIngest.Core.Dedup;

/// <summary>
/// MinHash signatures over shingle sets: one 32-bit minimum per permutation, where permutation i is
/// <c>fmix32(x ^ seed_i)</c> (a bijection of the 32-bit folded shingle hash). Seeds come from a fixed SplitMix64
/// stream, so every instance on every machine produces the same signature; the chance that two positions agree
/// equals the Jaccard of the sets. Thread-safe: an instance holds only its read-only seeds.
/// </summary>
public sealed class MinHasher
{
    private const ulong SeedStream = 0x4E657773496E6765UL; // "NewsInge": fixed forever, signatures are stored.
    private const uint Fmix1 = 0x85EBCA6B;
    private const uint Fmix2 = 0xC2B2AE35;
    private readonly uint[] _seeds;

    public MinHasher(int permutations = 128)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(permutations, 1);
        _seeds = new uint[permutations];
        var state = SeedStream;
        for (var i = 0; i < permutations; i++)
        {
            // SplitMix64: a well-spread, reproducible sequence.
            state += 0x9E3779B97F4A7C15UL;
            _seeds[i] = (uint)(Hash64.Mix(state) >> 32);
        }
    }

    public int Permutations => _seeds.Length;

    /// <summary>The signature of a shingle set (order and repeats do not matter); an empty set gives all <see cref="uint.MaxValue"/>.</summary>
    public uint[] Compute(ReadOnlySpan<ulong> shingles)
    {
        var signature = new uint[_seeds.Length];
        Compute(shingles, signature);
        return signature;
    }

    /// <summary>Writes the signature into <paramref name="signature"/> (length = <see cref="Permutations"/>) without allocating.</summary>
    public void Compute(ReadOnlySpan<ulong> shingles, Span<uint> signature)
    {
        if (signature.Length != _seeds.Length)
        {
            throw new ArgumentException($"Signature needs {_seeds.Length} slots.", nameof(signature));
        }

        signature.Fill(uint.MaxValue);
        var vectorised = Vector256.IsHardwareAccelerated ? _seeds.Length / Vector256<uint>.Count * Vector256<uint>.Count : 0;
        foreach (var shingle in shingles)
        {
            var folded = (uint)(shingle ^ (shingle >> 32));
            if (vectorised > 0)
            {
                MinVector(folded, signature[..vectorised]);
            }

            for (var i = vectorised; i < _seeds.Length; i++)
            {
                signature[i] = Math.Min(signature[i], Permute(folded ^ _seeds[i]));
            }
        }
    }

    private void MinVector(uint folded, Span<uint> signature)
    {
        var x = Vector256.Create(folded);
        var seeds = _seeds.AsSpan();
        for (var i = 0; i < signature.Length; i += Vector256<uint>.Count)
        {
            var t = x ^ Vector256.Create<uint>(seeds[i..]);
            t ^= Vector256.ShiftRightLogical(t, 16);
            t *= Fmix1;
            t ^= Vector256.ShiftRightLogical(t, 13);
            t *= Fmix2;
            t ^= Vector256.ShiftRightLogical(t, 16);
            var slot = signature[i..];
            Vector256.Min(Vector256.Create<uint>(slot), t).CopyTo(slot);
        }
    }

    /// <summary>MurmurHash3's 32-bit finaliser; must stay identical to the vector path.</summary>
    private static uint Permute(uint t)
    {
        t ^= t >> 16;
        t *= Fmix1;
        t ^= t >> 13;
        t *= Fmix2;
        t ^= t >> 16;
        return t;
    }
}
