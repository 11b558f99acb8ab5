using System.Text.Json.Serialization;
using OpenRouter.Cli.Commands;

namespace OpenRouter.Cli;

/// <summary>The JSON the CLI makes of its own results (<c>compare</c>, <c>models compare</c>), source-generated.</summary>
[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(List<CompareResult>))]
[JsonSerializable(typeof(List<ModelComparison>))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
