using OpenRouter.Samples;
using OpenRouter.Samples.ResponsesStreaming;

return await SampleClient.RunAsync(async (client, ct) => await ResponsesStreamingSample.RunAsync(client, Console.Out, ct));
