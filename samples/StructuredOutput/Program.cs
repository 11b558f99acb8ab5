using OpenRouter.Samples;
using OpenRouter.Samples.StructuredOutput;

await using SampleClient sample = await SampleClient.CreateAsync();
_ = await StructuredOutputSample.RunAsync(sample.Client, Console.Out, CancellationToken.None);
