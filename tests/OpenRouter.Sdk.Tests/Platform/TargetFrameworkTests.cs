using System.Reflection;
using System.Runtime.Versioning;
using FluentAssertions;
using Xunit;

namespace OpenRouter.Sdk.Tests.Platform;

/// <summary>
/// The suite runs once per .NET target of the package (net10.0 and, self-contained, net8.0). These checks prove each
/// run is what it claims: the runtime it executes on and the build of the library it loaded.
/// </summary>
public sealed class TargetFrameworkTests
{
#if NET10_0_OR_GREATER
    private const int ExpectedRuntime = 10;
    private const string ExpectedLibraryTarget = ".NETCoreApp,Version=v10.0";
#else
    private const int ExpectedRuntime = 8;
    private const string ExpectedLibraryTarget = ".NETCoreApp,Version=v8.0";
#endif

    [Fact]
    public void The_suite_runs_on_the_runtime_of_its_target_framework()
    {
        Environment.Version.Major.Should().Be(ExpectedRuntime);
    }

    [Fact]
    public void The_library_build_under_test_is_the_one_for_that_target_framework()
    {
        string? target = typeof(OpenRouterClient).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName;

        target.Should().Be(ExpectedLibraryTarget);
    }
}
