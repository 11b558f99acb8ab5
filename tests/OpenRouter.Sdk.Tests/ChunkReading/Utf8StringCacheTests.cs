using System.Text;
using FluentAssertions;
using OpenRouter.Sdk.Serialization;
using Xunit;

namespace OpenRouter.Sdk.Tests.ChunkReading;

public sealed class Utf8StringCacheTests
{
    [Fact]
    public void The_same_bytes_give_the_same_string_instance()
    {
        string first = Utf8StringCache.GetString("gen-1777319809-KRozO9hOQbdWkZAi8Zj7"u8);
        string second = Utf8StringCache.GetString("gen-1777319809-KRozO9hOQbdWkZAi8Zj7"u8);

        first.Should().Be("gen-1777319809-KRozO9hOQbdWkZAi8Zj7");
        ReferenceEquals(first, second).Should().BeTrue("a repeated id must not be allocated again");
    }

    [Fact]
    public void Different_bytes_give_their_own_text_even_when_they_share_a_slot()
    {
        // Far more distinct values than slots: every answer must still be the exact text.
        for (int i = 0; i < 5000; i++)
        {
            string expected = $"gen-{i}-ä";
            Utf8StringCache.GetString(Encoding.UTF8.GetBytes(expected)).Should().Be(expected);
        }
    }

    [Fact]
    public void Long_values_are_decoded_but_not_kept()
    {
        string text = new('x', Utf8StringCache.MaxCachedBytes + 1);
        byte[] bytes = Encoding.UTF8.GetBytes(text);

        string first = Utf8StringCache.GetString(bytes);

        first.Should().Be(text);
        ReferenceEquals(first, Utf8StringCache.GetString(bytes)).Should().BeFalse();
    }

    [Fact]
    public void Concurrent_readers_always_get_the_text_of_their_own_bytes()
    {
        byte[][] values = Enumerable.Range(0, 64).Select(i => Encoding.UTF8.GetBytes($"model-{i}")).ToArray();
        int wrong = 0;

        Parallel.For(0, 200_000, i =>
        {
            byte[] bytes = values[i % values.Length];
            if (Utf8StringCache.GetString(bytes) != $"model-{i % values.Length}")
            {
                Interlocked.Increment(ref wrong);
            }
        });

        wrong.Should().Be(0);
    }

    [Fact]
    public void Empty_is_the_empty_string() =>
        Utf8StringCache.GetString(ReadOnlySpan<byte>.Empty).Should().BeSameAs(string.Empty);
}
