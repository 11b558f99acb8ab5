namespace OpenRouter.Emulator.Tests;

/// <summary>The key the tests send; the emulator accepts any well-formed key, and tests check it never leaks.</summary>
internal static class TestCredentials
{
    public const string ApiKey = "sk-or-v1-test-0123456789abcdef0123456789abcdef";
}
