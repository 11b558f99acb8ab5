using System.Collections.Generic;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Internal;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// The <c>content</c> of a request message: either a plain string or a list of <see cref="ContentPart"/>s.
/// A string converts implicitly.
/// </summary>
[JsonConverter(typeof(MessageContentConverter))]
public sealed class MessageContent
{
    private MessageContent(string? text, IReadOnlyList<ContentPart>? parts)
    {
        Text = text;
        Parts = parts;
    }

    /// <summary>The content when it is a plain string; otherwise null.</summary>
    public string? Text { get; }

    /// <summary>The content when it is a list of parts; otherwise null.</summary>
    public IReadOnlyList<ContentPart>? Parts { get; }

    /// <summary>Creates string content.</summary>
    public static MessageContent FromText(string text) =>
        new(Argument.NotNull(text), null);

    /// <summary>Creates multi-part content.</summary>
    public static MessageContent FromParts(IEnumerable<ContentPart> parts)
    {
        Argument.NotNull(parts);

        var list = new List<ContentPart>(parts);
        Argument.Requires(!list.Contains(null!), "Content parts must not be null.", nameof(parts));

        return new MessageContent(null, list);
    }

    /// <summary>Converts a string to text content.</summary>
    public static implicit operator MessageContent(string text) => FromText(text);

    /// <summary>Returns the text, or the concatenated text parts.</summary>
    public override string ToString()
    {
        if (Text is not null)
        {
            return Text;
        }

        var builder = new System.Text.StringBuilder();
        foreach (ContentPart part in Parts!)
        {
            if (part is TextPart text)
            {
                builder.Append(text.Text);
            }
        }

        return builder.ToString();
    }
}
