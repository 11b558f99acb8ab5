using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace OpenRouter.Emulator;

/// <summary>
/// The speech routes. <c>POST /audio/speech</c> streams a short deterministic audio body
/// (<see cref="SpeechBytes"/>: a few kilobytes derived from the input text) in several flushed pieces, as
/// <c>audio/mpeg</c> for mp3 and <c>audio/pcm</c> otherwise. <c>POST /audio/transcriptions</c> (JSON with base64
/// audio) answers with a transcript: the audio's bytes when they are UTF-8 text, otherwise a fixed sentence, and a
/// cost of <see cref="TranscriptionCost"/>. Every route needs a bearer key.
/// </summary>
internal static class AudioRoutes
{
    /// <summary>The number of pieces the speech body is written in, each flushed.</summary>
    public const int SpeechPieces = 4;

    /// <summary>What a transcription costs, in USD.</summary>
    public const decimal TranscriptionCost = 0.000508m;

    /// <summary>The transcript of audio that is not UTF-8 text.</summary>
    public const string DefaultTranscript = "Hello, this is a test of OpenAI speech-to-text transcription.";

    /// <summary>Maps the area's routes under <see cref="EmulatorEndpoints.Prefix"/>.</summary>
    public static IEndpointRouteBuilder MapAudioRoutes(this IEndpointRouteBuilder endpoints, EmulatorState state)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(state);
        endpoints.MapPost(EmulatorEndpoints.Prefix + "/audio/speech", EmulatorEndpoints.Inference(state, SpeechAsync));
        endpoints.MapPost(EmulatorEndpoints.Prefix + "/audio/transcriptions", EmulatorEndpoints.Inference(state, TranscribeAsync));
        return endpoints;
    }

    /// <summary>The audio the emulator speaks for <paramref name="input"/>: 4 KiB per piece, each byte derived from the text.</summary>
    public static byte[] SpeechBytes(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        byte[] seed = Encoding.UTF8.GetBytes(input.Length == 0 ? " " : input);
        var audio = new byte[SpeechPieces * 4096];
        for (int i = 0; i < audio.Length; i++)
        {
            audio[i] = (byte)(seed[i % seed.Length] ^ (i * 31));
        }

        return audio;
    }

    private static async Task SpeechAsync(HttpContext context)
    {
        JsonObject? body = await MediaRequests.ReadObjectAsync(context).ConfigureAwait(false);
        string? input = body is null ? null : MediaRequests.Text(body, "input");
        if (body is null || MediaRequests.Text(body, "model") is null || input is null)
        {
            await WireJson.WriteErrorAsync(context, 400, "A speech request needs a model and an input.").ConfigureAwait(false);
            return;
        }

        byte[] audio = SpeechBytes(input);
        context.Response.StatusCode = 200;
        context.Response.ContentType = MediaRequests.Text(body, "response_format") == "mp3" ? "audio/mpeg" : "audio/pcm";
        int piece = audio.Length / SpeechPieces;
        for (int i = 0; i < SpeechPieces; i++)
        {
            await context.Response.Body.WriteAsync(audio.AsMemory(i * piece, piece), context.RequestAborted).ConfigureAwait(false);
            await context.Response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
        }
    }

    private static async Task TranscribeAsync(HttpContext context)
    {
        JsonObject? body = await MediaRequests.ReadObjectAsync(context).ConfigureAwait(false);
        string? data = body?["input_audio"] is JsonObject audio ? MediaRequests.Text(audio, "data") : null;
        if (body is null || MediaRequests.Text(body, "model") is null || data is null)
        {
            await WireJson.WriteErrorAsync(context, 400, "A transcription request needs a model and input_audio.data.").ConfigureAwait(false);
            return;
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(data);
        }
        catch (FormatException)
        {
            await WireJson.WriteErrorAsync(context, 400, "input_audio.data is not base64.").ConfigureAwait(false);
            return;
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (ArgumentException)
        {
            text = DefaultTranscript;
        }

        await WireJson.WriteAsync(context, 200, new JsonObject
        {
            ["text"] = text,
            ["usage"] = new JsonObject
            {
                ["cost"] = WireJson.Money(TranscriptionCost),
                ["input_tokens"] = 83,
                ["output_tokens"] = 30,
                ["total_tokens"] = 113,
                ["seconds"] = 9.2,
            },
        }).ConfigureAwait(false);
    }
}
