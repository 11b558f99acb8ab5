using OpenRouter.Samples;
using OpenRouter.Samples.Routing;

await using SampleClient sample = await SampleClient.CreateAsync();
await RoutingSample.RunAsync(sample.Client, Console.Out, CancellationToken.None);
