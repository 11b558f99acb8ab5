using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Sdk.Serialization;

namespace OpenRouter.Sdk;

/// <summary>
/// OpenRouter's traffic by task (code generation, web search, summarization, ...) over a trailing window
/// (<c>GET /classifications/task</c>). Shares are fractions from 0 to 1 of classified, sampled requests or tokens.
/// </summary>
public sealed class TaskClassifications
{
    private IReadOnlyList<TaskClassification> _classifications = new List<TaskClassification>();
    private IReadOnlyList<TaskMacroCategory> _macroCategories = new List<TaskMacroCategory>();

    /// <summary>How many days the window spans. (<c>window_days</c>)</summary>
    [JsonPropertyName("window_days")]
    public int WindowDays { get; set; }

    /// <summary>The last day of the data (UTC). (<c>as_of</c>)</summary>
    [JsonPropertyName("as_of")]
    [JsonConverter(typeof(CalendarDateConverter))]
    public DateTime AsOf { get; set; }

    /// <summary>The tasks, each with its shares and top models. (<c>classifications</c>)</summary>
    [JsonPropertyName("classifications")]
    [JsonConverter(typeof(NonNullReadOnlyListConverter<TaskClassification>))]
    public IReadOnlyList<TaskClassification> Classifications { get => _classifications; set => _classifications = value ?? new List<TaskClassification>(); }

    /// <summary>The groups of tasks (Code, Data, Agent, General) with their shares. (<c>macro_categories</c>)</summary>
    [JsonPropertyName("macro_categories")]
    [JsonConverter(typeof(NonNullReadOnlyListConverter<TaskMacroCategory>))]
    public IReadOnlyList<TaskMacroCategory> MacroCategories { get => _macroCategories; set => _macroCategories = value ?? new List<TaskMacroCategory>(); }

    /// <summary>Members the SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>One task of <see cref="TaskClassifications"/>.</summary>
public sealed class TaskClassification
{
    private IReadOnlyList<TaskClassificationModel> _models = new List<TaskClassificationModel>();

    /// <summary>The task's tag, such as <c>code:general_impl</c>. (<c>tag</c>)</summary>
    [JsonPropertyName("tag")]
    public string? Tag { get; set; }

    /// <summary>The task's display name. (<c>display_name</c>)</summary>
    [JsonPropertyName("display_name")]
    public string? DisplayName { get; set; }

    /// <summary>The <see cref="TaskMacroCategory.Key"/> of the task's group, such as <c>code</c>. (<c>macro_category</c>)</summary>
    [JsonPropertyName("macro_category")]
    public string? MacroCategory { get; set; }

    /// <summary>The task's share of all classified requests. (<c>usage_share</c>)</summary>
    [JsonPropertyName("usage_share")]
    public double UsageShare { get; set; }

    /// <summary>The task's share of all classified tokens. (<c>token_share</c>)</summary>
    [JsonPropertyName("token_share")]
    public double TokenShare { get; set; }

    /// <summary>The task's share of its group's requests. (<c>category_usage_share</c>)</summary>
    [JsonPropertyName("category_usage_share")]
    public double CategoryUsageShare { get; set; }

    /// <summary>The task's share of its group's tokens. (<c>category_token_share</c>)</summary>
    [JsonPropertyName("category_token_share")]
    public double CategoryTokenShare { get; set; }

    /// <summary>The top models of the task by requests. (<c>models</c>)</summary>
    [JsonPropertyName("models")]
    [JsonConverter(typeof(NonNullReadOnlyListConverter<TaskClassificationModel>))]
    public IReadOnlyList<TaskClassificationModel> Models { get => _models; set => _models = value ?? new List<TaskClassificationModel>(); }

    /// <summary>Members the SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A top model of a <see cref="TaskClassification"/>.</summary>
public sealed class TaskClassificationModel
{
    /// <summary>The model's id. (<c>id</c>)</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>The model's share of the task's requests. (<c>tag_usage_share</c>)</summary>
    [JsonPropertyName("tag_usage_share")]
    public double TagUsageShare { get; set; }

    /// <summary>The model's share of the task's tokens. (<c>tag_token_share</c>)</summary>
    [JsonPropertyName("tag_token_share")]
    public double TagTokenShare { get; set; }

    /// <summary>Members the SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A group of tasks of <see cref="TaskClassifications"/>.</summary>
public sealed class TaskMacroCategory
{
    /// <summary>The group's key, such as <c>code</c>. (<c>key</c>)</summary>
    [JsonPropertyName("key")]
    public string? Key { get; set; }

    /// <summary>The group's label, such as <c>Code</c>. (<c>label</c>)</summary>
    [JsonPropertyName("label")]
    public string? Label { get; set; }

    /// <summary>The group's share of all classified requests. (<c>usage_share</c>)</summary>
    [JsonPropertyName("usage_share")]
    public double UsageShare { get; set; }

    /// <summary>The group's share of all classified tokens. (<c>token_share</c>)</summary>
    [JsonPropertyName("token_share")]
    public double TokenShare { get; set; }

    /// <summary>Members the SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
