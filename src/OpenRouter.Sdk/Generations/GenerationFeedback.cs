using System.Text.Json.Serialization;

namespace OpenRouter.Sdk;

/// <summary>Feedback on a generation you made (the body of <c>POST /generation/feedback</c>).</summary>
public sealed class GenerationFeedback
{
    /// <summary>The most characters <see cref="Comment"/> may have.</summary>
    public const int MaxCommentLength = 1000;

    /// <summary>Creates empty feedback; set <see cref="GenerationId"/> and <see cref="Category"/>.</summary>
    public GenerationFeedback()
    {
    }

    /// <summary>Creates feedback on a generation.</summary>
    /// <param name="generationId">The generation's id (<c>gen-...</c>).</param>
    /// <param name="category">What the feedback is about.</param>
    /// <param name="comment">Free text, up to <see cref="MaxCommentLength"/> characters; null sends none.</param>
    public GenerationFeedback(string generationId, GenerationFeedbackCategory category, string? comment = null)
    {
        GenerationId = generationId;
        Category = category;
        Comment = comment;
    }

    /// <summary>The generation's id, such as <c>gen-1234567890-abcdef</c>. Required. (<c>generation_id</c>)</summary>
    [JsonPropertyName("generation_id")]
    public string? GenerationId { get; set; }

    /// <summary>What the feedback is about. Required. (<c>category</c>)</summary>
    [JsonPropertyName("category")]
    public GenerationFeedbackCategory Category { get; set; }

    /// <summary>Free text, up to <see cref="MaxCommentLength"/> characters; not sent when null. (<c>comment</c>)</summary>
    [JsonPropertyName("comment")]
    public string? Comment { get; set; }
}
