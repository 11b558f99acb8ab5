using OpenRouter.Samples;
using OpenRouter.Samples.Rag;

return await SampleClient.RunAsync(async (client, ct) => await RagSample.RunAsync(client, "How long does a refund take?", Console.Out, ct));
