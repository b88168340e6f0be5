using System.Runtime.CompilerServices;
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
    public void Compute(ReadOnlySpan<ulong> shingles, Span<uint> signature) => Compute(shingles, signature, 512);

    /// <summary>
    /// <see cref="Compute(ReadOnlySpan{ulong}, Span{uint})"/> with vectors no wider than <paramref name="widestBits"/>
    /// (512, 256, 128, or 0 for none): every width gives the same signature, and tests hold each to it. A Native AOT
    /// build targets x86-64-v2 unless told otherwise, where only 128-bit vectors run in hardware: without that path it
    /// fell to the scalar loop, a fifth of its ingest time.
    /// </summary>
    internal void Compute(ReadOnlySpan<ulong> shingles, Span<uint> signature, int widestBits)
    {
        if (signature.Length != _seeds.Length)
        {
            throw new ArgumentException($"Signature needs {_seeds.Length} slots.", nameof(signature));
        }

        signature.Fill(uint.MaxValue);
        if (shingles.IsEmpty)
        {
            return;
        }

        // Each permutation sees the 64-bit shingle folded to 32 bits: fold once, not once per permutation.
        var pooled = shingles.Length > 512 ? new uint[shingles.Length] : null;
        var folded = pooled ?? stackalloc uint[shingles.Length];
        for (var k = 0; k < shingles.Length; k++)
        {
            folded[k] = (uint)(shingles[k] ^ (shingles[k] >> 32));
        }

        // Blocks of permutations over all shingles, minima held in registers: the signature is written once per
        // block instead of once per shingle. The widest vectors first; what is left goes through narrower ones.
        var i = 0;
        if (Vector512.IsHardwareAccelerated && widestBits >= 512)
        {
            for (; i + (4 * Vector512<uint>.Count) <= _seeds.Length; i += 4 * Vector512<uint>.Count)
            {
                Block512(folded, i, signature);
            }
        }

        if (Vector256.IsHardwareAccelerated && widestBits >= 256)
        {
            for (; i + (4 * Vector256<uint>.Count) <= _seeds.Length; i += 4 * Vector256<uint>.Count)
            {
                Block256(folded, i, signature);
            }

            for (; i + Vector256<uint>.Count <= _seeds.Length; i += Vector256<uint>.Count)
            {
                Single256(folded, i, signature);
            }
        }

        if (Vector128.IsHardwareAccelerated && widestBits >= 128)
        {
            for (; i + (4 * Vector128<uint>.Count) <= _seeds.Length; i += 4 * Vector128<uint>.Count)
            {
                Block128(folded, i, signature);
            }

            for (; i + Vector128<uint>.Count <= _seeds.Length; i += Vector128<uint>.Count)
            {
                Single128(folded, i, signature);
            }
        }

        for (; i < _seeds.Length; i++)
        {
            var seed = _seeds[i];
            var min = uint.MaxValue;
            foreach (var x in folded)
            {
                min = Math.Min(min, Permute(x ^ seed));
            }

            signature[i] = min;
        }
    }

    private void Block512(ReadOnlySpan<uint> folded, int at, Span<uint> signature)
    {
        var width = Vector512<uint>.Count;
        var seeds = _seeds.AsSpan(at, 4 * width);
        var (s0, s1, s2, s3) = (Vector512.Create<uint>(seeds), Vector512.Create<uint>(seeds[width..]), Vector512.Create<uint>(seeds[(2 * width)..]), Vector512.Create<uint>(seeds[(3 * width)..]));
        var (m0, m1, m2, m3) = (Vector512<uint>.AllBitsSet, Vector512<uint>.AllBitsSet, Vector512<uint>.AllBitsSet, Vector512<uint>.AllBitsSet);
        foreach (var value in folded)
        {
            var x = Vector512.Create(value);
            m0 = Vector512.Min(m0, Permute(x ^ s0));
            m1 = Vector512.Min(m1, Permute(x ^ s1));
            m2 = Vector512.Min(m2, Permute(x ^ s2));
            m3 = Vector512.Min(m3, Permute(x ^ s3));
        }

        var target = signature.Slice(at, 4 * width);
        m0.CopyTo(target);
        m1.CopyTo(target[width..]);
        m2.CopyTo(target[(2 * width)..]);
        m3.CopyTo(target[(3 * width)..]);
    }

    private void Block256(ReadOnlySpan<uint> folded, int at, Span<uint> signature)
    {
        var width = Vector256<uint>.Count;
        var seeds = _seeds.AsSpan(at, 4 * width);
        var (s0, s1, s2, s3) = (Vector256.Create<uint>(seeds), Vector256.Create<uint>(seeds[width..]), Vector256.Create<uint>(seeds[(2 * width)..]), Vector256.Create<uint>(seeds[(3 * width)..]));
        var (m0, m1, m2, m3) = (Vector256<uint>.AllBitsSet, Vector256<uint>.AllBitsSet, Vector256<uint>.AllBitsSet, Vector256<uint>.AllBitsSet);
        foreach (var value in folded)
        {
            var x = Vector256.Create(value);
            m0 = Vector256.Min(m0, Permute(x ^ s0));
            m1 = Vector256.Min(m1, Permute(x ^ s1));
            m2 = Vector256.Min(m2, Permute(x ^ s2));
            m3 = Vector256.Min(m3, Permute(x ^ s3));
        }

        var target = signature.Slice(at, 4 * width);
        m0.CopyTo(target);
        m1.CopyTo(target[width..]);
        m2.CopyTo(target[(2 * width)..]);
        m3.CopyTo(target[(3 * width)..]);
    }

    private void Single256(ReadOnlySpan<uint> folded, int at, Span<uint> signature)
    {
        var seeds = Vector256.Create<uint>(_seeds.AsSpan(at, Vector256<uint>.Count));
        var min = Vector256<uint>.AllBitsSet;
        foreach (var value in folded)
        {
            min = Vector256.Min(min, Permute(Vector256.Create(value) ^ seeds));
        }

        min.CopyTo(signature.Slice(at, Vector256<uint>.Count));
    }

    private void Block128(ReadOnlySpan<uint> folded, int at, Span<uint> signature)
    {
        var width = Vector128<uint>.Count;
        var seeds = _seeds.AsSpan(at, 4 * width);
        var (s0, s1, s2, s3) = (Vector128.Create<uint>(seeds), Vector128.Create<uint>(seeds[width..]), Vector128.Create<uint>(seeds[(2 * width)..]), Vector128.Create<uint>(seeds[(3 * width)..]));
        var (m0, m1, m2, m3) = (Vector128<uint>.AllBitsSet, Vector128<uint>.AllBitsSet, Vector128<uint>.AllBitsSet, Vector128<uint>.AllBitsSet);
        foreach (var value in folded)
        {
            var x = Vector128.Create(value);
            m0 = Vector128.Min(m0, Permute(x ^ s0));
            m1 = Vector128.Min(m1, Permute(x ^ s1));
            m2 = Vector128.Min(m2, Permute(x ^ s2));
            m3 = Vector128.Min(m3, Permute(x ^ s3));
        }

        var target = signature.Slice(at, 4 * width);
        m0.CopyTo(target);
        m1.CopyTo(target[width..]);
        m2.CopyTo(target[(2 * width)..]);
        m3.CopyTo(target[(3 * width)..]);
    }

    private void Single128(ReadOnlySpan<uint> folded, int at, Span<uint> signature)
    {
        var seeds = Vector128.Create<uint>(_seeds.AsSpan(at, Vector128<uint>.Count));
        var min = Vector128<uint>.AllBitsSet;
        foreach (var value in folded)
        {
            min = Vector128.Min(min, Permute(Vector128.Create(value) ^ seeds));
        }

        min.CopyTo(signature.Slice(at, Vector128<uint>.Count));
    }

    /// <summary><see cref="Permute(uint)"/> on every lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<uint> Permute(Vector128<uint> t)
    {
        t ^= Vector128.ShiftRightLogical(t, 16);
        t *= Fmix1;
        t ^= Vector128.ShiftRightLogical(t, 13);
        t *= Fmix2;
        return t ^ Vector128.ShiftRightLogical(t, 16);
    }

    /// <summary><see cref="Permute(uint)"/> on every lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<uint> Permute(Vector512<uint> t)
    {
        t ^= Vector512.ShiftRightLogical(t, 16);
        t *= Fmix1;
        t ^= Vector512.ShiftRightLogical(t, 13);
        t *= Fmix2;
        return t ^ Vector512.ShiftRightLogical(t, 16);
    }

    /// <summary><see cref="Permute(uint)"/> on every lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<uint> Permute(Vector256<uint> t)
    {
        t ^= Vector256.ShiftRightLogical(t, 16);
        t *= Fmix1;
        t ^= Vector256.ShiftRightLogical(t, 13);
        t *= Fmix2;
        return t ^ Vector256.ShiftRightLogical(t, 16);
    }

    /// <summary>MurmurHash3's 32-bit finaliser; must stay identical to the vector paths.</summary>
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
