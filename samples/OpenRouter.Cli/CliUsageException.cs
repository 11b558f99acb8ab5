namespace OpenRouter.Cli;

/// <summary>The command line is wrong; the message says how. Exits with 2.</summary>
public sealed class CliUsageException(string message) : Exception(message);
