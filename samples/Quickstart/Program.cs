using OpenRouter.Samples;
using OpenRouter.Samples.Quickstart;

await using SampleClient sample = await SampleClient.CreateAsync();
await QuickstartSample.RunAsync(sample.Client, Console.Out, CancellationToken.None);
