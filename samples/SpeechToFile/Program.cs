using OpenRouter.Samples;
using OpenRouter.Samples.SpeechToFile;

string path = args.Length > 0 ? args[0] : "speech.mp3";
return await SampleClient.RunAsync(async (client, ct) => await SpeechToFileSample.RunAsync(client, path, Console.Out, ct));
