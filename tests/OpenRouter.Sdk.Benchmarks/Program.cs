using System.Globalization;
using BenchmarkDotNet.Running;
using OpenRouter.Sdk.Benchmarks;

// BenchmarkDotNet:  dotnet run -c Release --project tests/OpenRouter.Sdk.Benchmarks -- --filter '*'
// Interleaved:      dotnet run -c Release --project tests/OpenRouter.Sdk.Benchmarks -- --interleaved 15
if (args.Length > 0 && args[0] == "--interleaved")
{
    int rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 15;
    await Interleaved.RunAsync(rounds, args.Length > 2 ? args[2] : null);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(StreamingBenchmarks).Assembly).Run(args);
