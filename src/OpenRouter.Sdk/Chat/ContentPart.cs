using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// One part of a multi-part message content (<c>content: [...]</c>), told apart on the wire by <c>type</c>.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", IgnoreUnrecognizedTypeDiscriminators = false)]
[JsonDerivedType(typeof(TextPart), "text")]
[JsonDerivedType(typeof(ImagePart), "image_url")]
[JsonDerivedType(typeof(AudioPart), "input_audio")]
[JsonDerivedType(typeof(FilePart), "file")]
[JsonDerivedType(typeof(VideoPart), "video_url")]
public abstract class ContentPart
{
    private protected ContentPart()
    {
    }
}
