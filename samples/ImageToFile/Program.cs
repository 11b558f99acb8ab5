using OpenRouter.Samples;
using OpenRouter.Samples.ImageToFile;

string path = args.Length > 0 ? args[0] : "image.png";
return await SampleClient.RunAsync(async (client, ct) => await ImageToFileSample.RunAsync(client, path, Console.Out, ct));
