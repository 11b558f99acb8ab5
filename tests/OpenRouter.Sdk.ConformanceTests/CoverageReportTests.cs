using FluentAssertions;
using OpenRouter.Sdk.ConformanceTests.Coverage;
using OpenRouter.Sdk.ConformanceTests.Spec;
using Xunit;

namespace OpenRouter.Sdk.ConformanceTests;

public sealed class CoverageReportTests
{
    [Fact]
    public void The_spec_has_the_operations_this_harness_was_written_for()
    {
        OpenApiSpec spec = OpenApiSpec.Instance;

        spec.PathCount.Should().Be(73);
        spec.Operations.Should().HaveCount(97);
        spec.Operations.Select(o => o.OperationId).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Every_registry_entry_names_an_operation_of_the_spec_once()
    {
        var known = OpenApiSpec.Instance.Operations.Select(o => o.OperationId).ToHashSet();

        CoveredOperations.All.Select(o => o.OperationId).Should().OnlyContain(id => known.Contains(id));
        CoveredOperations.All.Select(o => o.ToString()).Should().OnlyHaveUniqueItems();
        Deviations.All.Select(d => d.OperationId).Should().OnlyContain(id => CoveredOperations.ByOperationId.Contains(id),
            "a deviation is only recorded for an operation the SDK covers");
        Deviations.All.Should().OnlyContain(d => d.Reason.Length > 20, "every deviation says why");
    }

    [Fact]
    public void The_coverage_document_is_what_the_generator_produces()
    {
        string expected = CoverageReport.Generate(OpenApiSpec.Instance);
        string path = CoverageReport.DocumentPath;

        if (Environment.GetEnvironmentVariable(CoverageReport.UpdateVariable) == "1")
        {
            File.WriteAllText(path, expected);
        }

        File.Exists(path).Should().BeTrue($"{path} is generated: run UPDATE_API_COVERAGE=1 dotnet test tests/OpenRouter.Sdk.ConformanceTests");
        File.ReadAllText(path).ReplaceLineEndings("\n").Should().Be(expected,
            "docs/api-coverage.md is regenerated with UPDATE_API_COVERAGE=1 dotnet test tests/OpenRouter.Sdk.ConformanceTests after the registry or the spec changes");
    }

    [Fact]
    public void The_document_lists_every_operation_and_marks_the_uncovered_ones()
    {
        string document = CoverageReport.Generate(OpenApiSpec.Instance);

        document.Should().Contain("| `getCurrentKey` | `GET /key` | API Keys | `IOpenRouterClient.GetKeyInfoAsync` |");
        document.Should().Contain("| `getUserActivity` | `GET /activity` | Analytics | ");
        document.Split('\n').Count(l => l.StartsWith("| `", StringComparison.Ordinal)).Should().Be(97);
        document.Should().Contain($"**{CoveredOperations.ByOperationId.Count} of 97 operations covered**");
    }
}
