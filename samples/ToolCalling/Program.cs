using OpenRouter.Samples;
using OpenRouter.Samples.ToolCalling;

return await SampleClient.RunAsync(async (client, ct) => { _ = await ToolCallingSample.RunAsync(client, Console.Out, ct); });
