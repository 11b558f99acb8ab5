using OpenRouter.Samples;
using OpenRouter.Samples.Quickstart;

return await SampleClient.RunAsync(async (client, ct) => await QuickstartSample.RunAsync(client, Console.Out, ct));
