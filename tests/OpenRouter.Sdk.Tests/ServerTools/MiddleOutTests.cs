using FluentAssertions;
using OpenRouter.Sdk.Tests.Builders;
using Xunit;

namespace OpenRouter.Sdk.Tests.ServerTools;

/// <summary>Middle-out compression in its two wire forms: the 2026 plugin, and the legacy transform.</summary>
public sealed class MiddleOutTests
{
    [Fact]
    public void WithMiddleOut_sends_the_context_compression_plugin_with_the_middle_out_engine()
    {
        string json = Wire.Json(new ChatRequestBuilder("m").AddUserMessage("long").WithMiddleOut());

        json.Should().Be("""{"model":"m","messages":[{"role":"user","content":"long"}],"plugins":[{"id":"context-compression","engine":"middle-out"}]}""");
    }

    [Fact]
    public void WithMiddleOut_twice_or_after_WithContextCompression_keeps_one_plugin()
    {
        string json = Wire.Json(new ChatRequestBuilder("m").WithContextCompression().WithMiddleOut().WithMiddleOut());

        json.Should().Be("""{"model":"m","messages":[],"plugins":[{"id":"context-compression","engine":"middle-out"}]}""");
    }

    [Fact]
    public void WithTransforms_middle_out_keeps_sending_the_legacy_literal()
    {
        string json = Wire.Json(new ChatRequestBuilder("m").WithTransforms("middle-out"));

        json.Should().Be("""{"model":"m","messages":[],"transforms":["middle-out"]}""");
    }

    [Fact]
    public void Both_forms_can_be_sent_together()
    {
        string json = Wire.Json(new ChatRequestBuilder("m").WithTransforms("middle-out").WithMiddleOut());

        json.Should().Be("""{"model":"m","messages":[],"plugins":[{"id":"context-compression","engine":"middle-out"}],"transforms":["middle-out"]}""");
    }
}
