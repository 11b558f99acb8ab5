using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace OpenRouter.Emulator;

/// <summary>
/// <c>POST /embeddings</c>: deterministic unit vectors derived from each input (the same text always gives the same
/// vector), as floats or base64 float32, with usage and cost, in the spec's shape.
/// </summary>
internal sealed class EmbeddingsHandler
{
    /// <summary>The vector length when the request names no <c>dimensions</c>.</summary>
    public const int DefaultDimensions = 64;

    /// <summary>The longest vector the emulator makes.</summary>
    public const int MaxDimensions = 4096;

    private readonly EmulatorState _state;

    /// <summary>Creates the handler.</summary>
    public EmbeddingsHandler(EmulatorState state) => _state = state ?? throw new ArgumentNullException(nameof(state));

    /// <summary>Handles one request.</summary>
    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        JsonElement root;
        try
        {
            using JsonDocument document = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            await WireJson.WriteErrorAsync(context, 400, "Invalid JSON in request body: " + e.Message);
            return;
        }

        if (Validate(root, out string model, out List<string> inputs, out int dimensions, out bool base64) is { } problem)
        {
            await WireJson.WriteErrorAsync(context, 400, problem);
            return;
        }

        EmulatedModel prices = EmulatorCatalog.Lookup(model) ?? EmulatorCatalog.Find(EmulatorCatalog.EmbeddingModel);
        int tokens = inputs.Sum(input => Math.Max(1, EmulatedRequest.CountWords(input)));
        decimal cost = tokens * prices.PromptPrice;
        DateTimeOffset now = _state.TimeProvider.GetUtcNow();
        string id = _state.NextGenerationId(now.ToUnixTimeSeconds());
        string? user = root.TryGetProperty("user", out JsonElement u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null;

        var data = new JsonArray();
        for (int i = 0; i < inputs.Count; i++)
        {
            float[] vector = VectorOf(model, inputs[i], dimensions);
            data.Add((JsonNode)new JsonObject
            {
                ["object"] = "embedding",
                ["index"] = i,
                ["embedding"] = base64 ? ToBase64(vector) : ToArray(vector),
            });
        }

        _state.Record(new GenerationRecord(id, model, EmulatedModels.ProviderName, now, false, false, null, tokens, 0, cost, user) { ApiType = "embeddings" });
        context.Response.Headers["X-Generation-Id"] = id;
        await WireJson.WriteAsync(context, 200, new JsonObject
        {
            ["id"] = id,
            ["object"] = "list",
            ["model"] = model,
            ["data"] = data,
            ["usage"] = new JsonObject
            {
                ["prompt_tokens"] = tokens,
                ["total_tokens"] = tokens,
                ["cost"] = WireJson.Money(cost),
                ["is_byok"] = false,
            },
        });
    }

    /// <summary>
    /// The vector the emulator gives <paramref name="text"/>: SHA-256 of the model and text, stretched to
    /// <paramref name="dimensions"/> values in [-1, 1], scaled to length 1.
    /// </summary>
    public static float[] VectorOf(string model, string text, int dimensions)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(text);
        var vector = new float[dimensions];
        byte[] seed = Encoding.UTF8.GetBytes(model + "\n" + text);
        Span<byte> block = stackalloc byte[32];
        var input = new byte[seed.Length + 4];
        seed.CopyTo(input, 0);
        for (int i = 0; i < dimensions; i += 8)
        {
            BinaryPrimitives.WriteInt32LittleEndian(input.AsSpan(seed.Length), i);
            SHA256.HashData(input, block);
            for (int j = 0; j < 8 && i + j < dimensions; j++)
            {
                uint bits = BinaryPrimitives.ReadUInt32LittleEndian(block[(j * 4)..]);
                vector[i + j] = (float)((bits / (double)uint.MaxValue * 2) - 1);
            }
        }

        double length = Math.Sqrt(vector.Sum(v => (double)v * v));
        for (int i = 0; i < dimensions; i++)
        {
            vector[i] = (float)(vector[i] / length);
        }

        return vector;
    }

    private static string? Validate(JsonElement root, out string model, out List<string> inputs, out int dimensions, out bool base64)
    {
        model = string.Empty;
        inputs = [];
        dimensions = DefaultDimensions;
        base64 = false;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return "The request body must be a JSON object.";
        }

        if (!root.TryGetProperty("model", out JsonElement m) || m.ValueKind != JsonValueKind.String || m.GetString() is not { Length: > 0 } name)
        {
            return "Invalid request: 'model' is required and must be a string";
        }

        model = name;
        if (!EmulatorCatalog.Serves(model, "embeddings"))
        {
            return $"{model} is not a valid model ID";
        }

        if (!root.TryGetProperty("input", out JsonElement input) || ReadInputs(input) is not { Count: > 0 } read)
        {
            return "Invalid request: 'input' is required: a string, an array of strings, an array of token ids, or an array of multimodal inputs";
        }

        inputs = read;
        if (root.TryGetProperty("dimensions", out JsonElement d) && d.ValueKind != JsonValueKind.Null)
        {
            if (d.ValueKind != JsonValueKind.Number || !d.TryGetInt32(out dimensions) || dimensions < 1 || dimensions > MaxDimensions)
            {
                return $"Invalid request: 'dimensions' must be an integer from 1 to {MaxDimensions}";
            }
        }

        if (root.TryGetProperty("encoding_format", out JsonElement f) && f.ValueKind != JsonValueKind.Null)
        {
            if (f.ValueKind != JsonValueKind.String || f.GetString() is not ("float" or "base64"))
            {
                return "Invalid request: 'encoding_format' must be \"float\" or \"base64\"";
            }

            base64 = f.GetString() == "base64";
        }

        return null;
    }

    /// <summary>The text of each input (token ids as their decimal text), or null when <paramref name="input"/> has no usable shape.</summary>
    private static List<string>? ReadInputs(JsonElement input)
    {
        switch (input.ValueKind)
        {
            case JsonValueKind.String:
                return [input.GetString()!];
            case JsonValueKind.Array when input.GetArrayLength() > 0:
                JsonElement first = input[0];
                if (first.ValueKind == JsonValueKind.Number)
                {
                    return TokensOf(input) is { } tokens ? [tokens] : null;
                }

                var list = new List<string>();
                foreach (JsonElement item in input.EnumerateArray())
                {
                    string? text = item.ValueKind switch
                    {
                        JsonValueKind.String => item.GetString(),
                        JsonValueKind.Array => TokensOf(item),
                        JsonValueKind.Object => MultimodalText(item),
                        _ => null,
                    };
                    if (text is null)
                    {
                        return null;
                    }

                    list.Add(text);
                }

                return list;
            default:
                return null;
        }
    }

    private static string? TokensOf(JsonElement array)
    {
        var tokens = new List<string>();
        foreach (JsonElement token in array.EnumerateArray())
        {
            if (token.ValueKind != JsonValueKind.Number || !token.TryGetInt64(out long id))
            {
                return null;
            }

            tokens.Add(id.ToString(CultureInfo.InvariantCulture));
        }

        return tokens.Count > 0 ? string.Join(' ', tokens) : null;
    }

    private static string? MultimodalText(JsonElement item)
    {
        if (!item.TryGetProperty("content", out JsonElement content) || content.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var parts = new List<string>();
        foreach (JsonElement part in content.EnumerateArray())
        {
            if (part.ValueKind != JsonValueKind.Object || !part.TryGetProperty("type", out JsonElement type) || type.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            // Non-text parts count by their JSON text, so different images still give different vectors.
            parts.Add(type.GetString() == "text" && part.TryGetProperty("text", out JsonElement text) && text.ValueKind == JsonValueKind.String
                ? text.GetString()!
                : part.GetRawText());
        }

        return parts.Count > 0 ? string.Join(' ', parts) : null;
    }

    private static JsonArray ToArray(float[] vector)
    {
        var array = new JsonArray();
        foreach (float value in vector)
        {
            array.Add((JsonNode)value);
        }

        return array;
    }

    private static string ToBase64(float[] vector)
    {
        var bytes = new byte[vector.Length * 4];
        for (int i = 0; i < vector.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * 4), vector[i]);
        }

        return Convert.ToBase64String(bytes);
    }
}
