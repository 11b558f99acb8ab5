using OpenRouter.Samples;
using OpenRouter.Samples.Routing;

return await SampleClient.RunAsync(async (client, ct) => await RoutingSample.RunAsync(client, Console.Out, ct));
