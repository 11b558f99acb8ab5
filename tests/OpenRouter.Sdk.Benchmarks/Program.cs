using System.Globalization;
using BenchmarkDotNet.Running;
using OpenRouter.Sdk.Benchmarks;

// BenchmarkDotNet:  dotnet run -c Release --project tests/OpenRouter.Sdk.Benchmarks -- --filter '*'
// Interleaved:      dotnet run -c Release --project tests/OpenRouter.Sdk.Benchmarks -- --interleaved 15
// Out of process:   dotnet run -c Release --project tests/OpenRouter.Sdk.Benchmarks -- --out-of-process [rounds] [streams] [shape]
// Scale:            dotnet run -c Release --project tests/OpenRouter.Sdk.Benchmarks -- --scale [rounds] [streams,...] [chunks]
switch (args.FirstOrDefault())
{
    case "--out-of-process":
        return await OutOfProcess.RunAsync(
            args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3,
            args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 300,
            args.Length > 3 ? args[3] : null);
    case "--scale":
        return await Scale.RunAsync(
            args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3,
            args.Length > 2 ? args[2].Split(',').Select(n => int.Parse(n, CultureInfo.InvariantCulture)).ToArray() : [10, 100, 1000],
            args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 200);
    case "--serve-scale":
        return await Scale.ServeAsync();
    case "--scale-measure":
        return await Scale.MeasureAsync(args[1], new Uri(args[2]), int.Parse(args[3], CultureInfo.InvariantCulture), int.Parse(args[4], CultureInfo.InvariantCulture));
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
