namespace OpenRouter.Emulator;

/// <summary>
/// The model ids the emulator gives a meaning to. Any other <c>emulator/*</c> id, and the well-known ids
/// <see cref="EmulatorCatalog"/> lists (<c>openai/gpt-4o-mini</c>, ..., with any <c>:variant</c>), answer like
/// <see cref="Echo"/>, so samples written for real models run unchanged; other ids are OpenRouter's 400.
/// </summary>
public static class EmulatedModels
{
    /// <summary>Answers with the text of the last user message.</summary>
    public const string Echo = "emulator/echo";

    /// <summary>Answers with lorem ipsum (cut at <c>max_tokens</c> words, with finish reason <c>length</c>).</summary>
    public const string Lorem = "emulator/lorem";

    /// <summary>Echoes, with a pause before every chunk.</summary>
    public const string Slow = "emulator/slow";

    /// <summary>Fails with 429, <c>Retry-After</c> and OpenRouter's provider error body.</summary>
    public const string RateLimit = "emulator/rate-limit";

    /// <summary>Streams some chunks, then an <c>error</c> chunk (HTTP 200); without streaming, a 200 whose body is an error.</summary>
    public const string MidStreamError = "emulator/mid-stream-error";

    /// <summary>Fails with 503 (no provider available).</summary>
    public const string ServerError = "emulator/server-error";

    /// <summary>Fails with 401, as an invalid key does.</summary>
    public const string Unauthorized = "emulator/unauthorized";

    /// <summary>Fails with 402, as an account without credits does.</summary>
    public const string PaymentRequired = "emulator/payment-required";

    /// <summary>The provider name reported for every emulated answer unless <c>provider.order</c> names one.</summary>
    public const string ProviderName = "Emulator";

    /// <summary>Whether a request for <paramref name="model"/> fails before any answer starts (so a fallback model is tried).</summary>
    internal static bool FailsUpfront(string model) =>
        model is RateLimit or ServerError or Unauthorized or PaymentRequired;
}
