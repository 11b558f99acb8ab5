namespace OpenRouter.Cli;

/// <summary>The command could not do its work for a reason other than the API (a file that exists, a question declined); the message says why. Exits with 1.</summary>
public sealed class CliFailureException(string message) : Exception(message);
