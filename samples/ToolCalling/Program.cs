using OpenRouter.Samples;
using OpenRouter.Samples.ToolCalling;

await using SampleClient sample = await SampleClient.CreateAsync();
_ = await ToolCallingSample.RunAsync(sample.Client, Console.Out, CancellationToken.None);
