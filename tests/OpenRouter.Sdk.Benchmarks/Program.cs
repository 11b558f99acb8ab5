using System.Globalization;
using BenchmarkDotNet.Running;
using OpenRouter.Sdk.Benchmarks;

// BenchmarkDotNet:  dotnet run -c Release --project tests/OpenRouter.Sdk.Benchmarks -- --filter '*'
// Interleaved:      dotnet run -c Release --project tests/OpenRouter.Sdk.Benchmarks -- --interleaved 15
// Out of process:   dotnet run -c Release --project tests/OpenRouter.Sdk.Benchmarks -- --out-of-process [rounds] [streams] [shape]
switch (args.FirstOrDefault())
{
    case "--out-of-process":
        return await OutOfProcess.RunAsync(
            args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3,
            args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 300,
            args.Length > 3 ? args[3] : null);
    case "--serve":
        return await OutOfProcess.ServeAsync();
    case "--measure":
        return await OutOfProcess.MeasureAsync(args[1], args[2], new Uri(args[3]), int.Parse(args[4], CultureInfo.InvariantCulture));
}

if (args.Length > 0 && args[0] == "--interleaved")
{
    int rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 15;
    await Interleaved.RunAsync(rounds, args.Length > 2 ? args[2] : null);
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(StreamingBenchmarks).Assembly).Run(args);
return 0;
