using OpenRouter.Samples;
using OpenRouter.Samples.StructuredOutput;

return await SampleClient.RunAsync(async (client, ct) => { _ = await StructuredOutputSample.RunAsync(client, Console.Out, ct); });
