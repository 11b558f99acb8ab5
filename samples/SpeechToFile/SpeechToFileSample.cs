using OpenRouter.Sdk;

namespace OpenRouter.Samples.SpeechToFile;

/// <summary>
/// Turns text into speech and writes the audio to a file as it arrives from the connection: the whole file is never
/// held in memory.
/// </summary>
public static class SpeechToFileSample
{
    public static async Task<long> RunAsync(OpenRouterClient client, string path, TextWriter output, CancellationToken cancellationToken)
    {
        var request = new SpeechRequest("openai/gpt-4o-mini-tts", "Hello from OpenRouter and .NET!")
        {
            Voice = SpeechVoice.Alloy,
            ResponseFormat = SpeechFormat.Mp3,
        };

        using (SpeechAudio speech = await client.Audio.CreateSpeechAsync(request, cancellationToken))
        await using (FileStream file = File.Create(path))
        {
            await speech.CopyToAsync(file, cancellationToken);
        }

        long bytes = new FileInfo(path).Length;
        await output.WriteLineAsync($"Saved {path} ({bytes} bytes of audio)");
        return bytes;
    }
}
