using System;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using OpenRouter.Sdk.Internal;

namespace OpenRouter.Sdk.Serialization;

/// <summary>
/// Turns short UTF-8 values into strings, returning the same string instance when the same bytes were seen
/// recently. Every chunk of a stream repeats its generation id, object type, model and provider; without this each
/// chunk would allocate them all again. Bounded (a fixed table of slots, a newer value evicts an older one in its
/// slot) and thread-safe without locks: a slot holds an immutable entry that is swapped whole.
/// </summary>
internal static class Utf8StringCache
{
    /// <summary>Longer values are rare, rarely repeated, and decoded as usual.</summary>
    public const int MaxCachedBytes = 128;

    private const int SlotCount = 256;

    private static readonly Entry?[] Slots = new Entry?[SlotCount];

    /// <summary>Bytes that are not UTF-8 throw (<see cref="DecoderFallbackException"/>) instead of becoming U+FFFD.</summary>
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Returns the string for <paramref name="utf8"/>, shared with earlier calls for the same bytes when cached.
    /// Throws <see cref="DecoderFallbackException"/> for bytes that are not UTF-8.
    /// </summary>
    [MethodImpl(HotPath.Options)]
    public static string GetString(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty)
        {
            return string.Empty;
        }

        if (utf8.Length > MaxCachedBytes)
        {
            return Decode(utf8);
        }

        uint hash = Hash(utf8);
        ref Entry? slot = ref Slots[hash & (SlotCount - 1)];
        Entry? entry = Volatile.Read(ref slot);
        if (entry is not null && entry.Hash == hash && utf8.SequenceEqual(entry.Utf8))
        {
            return entry.Value;
        }

        byte[] bytes = utf8.ToArray();
        string value = StrictUtf8.GetString(bytes);
        Volatile.Write(ref slot, new Entry(hash, bytes, value));
        return value;
    }

    /// <summary>
    /// A cheap hash of the length and the first and last eight bytes, where ids, models and providers differ.
    /// A collision only costs a miss: a hit is always confirmed by comparing every byte.
    /// </summary>
    [MethodImpl(HotPath.Options)]
    private static uint Hash(ReadOnlySpan<byte> utf8)
    {
        ulong head = 0;
        ulong tail = 0;
        int n = Math.Min(8, utf8.Length);
        for (int i = 0; i < n; i++)
        {
            head = (head << 8) | utf8[i];
            tail = (tail << 8) | utf8[utf8.Length - 1 - i];
        }

        ulong mixed = (head * 0x9E3779B97F4A7C15UL) ^ (tail * 0xC2B2AE3D27D4EB4FUL) ^ (uint)utf8.Length;
        return (uint)(mixed >> 32) ^ (uint)mixed;
    }

    private static string Decode(ReadOnlySpan<byte> utf8)
    {
#if NET
        return StrictUtf8.GetString(utf8);
#else
        return StrictUtf8.GetString(utf8.ToArray());
#endif
    }

    private sealed class Entry
    {
        public Entry(uint hash, byte[] utf8, string value)
        {
            Hash = hash;
            Utf8 = utf8;
            Value = value;
        }

        public uint Hash { get; }

        public byte[] Utf8 { get; }

        public string Value { get; }
    }
}
