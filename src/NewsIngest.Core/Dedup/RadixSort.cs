using System.Buffers;
using System.Numerics;

namespace NewsIngest.Core.Dedup;

/// <summary>
/// Sorts 64-bit hashes with one most-significant-digit pass: hashes are spread evenly, so distributing them by their
/// top bits into n/2 to n buckets leaves one or two per bucket, each finished by insertion sort. Two passes over the
/// data instead of a comparison sort's log n; a crowded bucket (input that is not evenly spread) falls back to a
/// comparison sort, so the worst case stays n log n.
/// </summary>
internal static class RadixSort
{
    private const int SmallEnoughForArraySort = 64;
    private const int MaxBucketBits = 12;
    private const int InsertionSortLimit = 24;

    public static void Sort(Span<ulong> values)
    {
        if (values.Length <= SmallEnoughForArraySort)
        {
            values.Sort();
            return;
        }

        var bits = Math.Min(BitOperations.Log2((uint)values.Length), MaxBucketBits);
        var shift = 64 - bits;
        Span<int> ends = stackalloc int[(1 << bits) + 1];
        ends.Clear();
        foreach (var v in values)
        {
            ends[(int)(v >> shift) + 1]++;
        }

        for (var b = 1; b < ends.Length; b++)
        {
            ends[b] += ends[b - 1];
        }

        // ends[b] is the start of bucket b; placing each value moves it on, so afterwards it is the bucket's end.
        var rented = ArrayPool<ulong>.Shared.Rent(values.Length);
        var scratch = rented.AsSpan(0, values.Length);
        foreach (var v in values)
        {
            scratch[ends[(int)(v >> shift)]++] = v;
        }

        scratch.CopyTo(values);
        ArrayPool<ulong>.Shared.Return(rented);
        var start = 0;
        for (var b = 0; b < ends.Length - 1; b++)
        {
            var bucket = values[start..ends[b]];
            start = ends[b];
            if (bucket.Length > InsertionSortLimit)
            {
                bucket.Sort();
            }
            else
            {
                InsertionSort(bucket);
            }
        }
    }

    private static void InsertionSort(Span<ulong> values)
    {
        for (var i = 1; i < values.Length; i++)
        {
            var v = values[i];
            var j = i - 1;
            while (j >= 0 && values[j] > v)
            {
                values[j + 1] = values[j];
                j--;
            }

            values[j + 1] = v;
        }
    }
}
