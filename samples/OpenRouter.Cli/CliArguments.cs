namespace OpenRouter.Cli;

/// <summary>A command line split into a command, its positional arguments, and its options (repeatable, multi-valued).</summary>
public sealed class CliArguments
{
    private static readonly HashSet<string> Flags = new(StringComparer.Ordinal)
    {
        "--stream", "--json", "--help", "-h", "--include-disabled", "--yes", "--force", "--paste", "--no-browser",
    };

    private static readonly HashSet<string> MultiValued = new(StringComparer.Ordinal) { "--fallback", "--provider-order" };

    private readonly Dictionary<string, List<string>> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    private CliArguments(string command)
    {
        Command = command;
    }

    /// <summary>The command (<c>chat</c>, <c>models</c>, ...), or empty.</summary>
    public string Command { get; }

    /// <summary>The arguments that are not options.</summary>
    public List<string> Positional { get; } = [];

    /// <summary>
    /// Parses <c>command [positional...] [--option value...] [--flag]</c>. Most options take one value; <c>--fallback</c> and
    /// <c>--provider-order</c> take every following value up to the next option, and may repeat: <c>--fallback a b --fallback c</c> gives a, b, c. Values that start
    /// with <c>--</c> can follow <c>--</c>.
    /// </summary>
    public static CliArguments Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var parsed = new CliArguments(args.Count > 0 ? args[0] : string.Empty);
        List<string>? current = null;
        for (int i = 1; i < args.Count; i++)
        {
            string arg = args[i];
            if (arg == "--" && i + 1 < args.Count)
            {
                (current ?? parsed.Positional).Add(args[++i]);
            }
            else if (Flags.Contains(arg))
            {
                parsed._flags.Add(arg == "-h" ? "--help" : arg);
                current = null;
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                int equals = arg.IndexOf('=', StringComparison.Ordinal);
                string name = equals > 0 ? arg[..equals] : arg;
                if (!parsed._options.TryGetValue(name, out current))
                {
                    current = [];
                    parsed._options[name] = current;
                }

                if (equals > 0)
                {
                    current.Add(arg[(equals + 1)..]);
                    current = null;
                }
            }
            else
            {
                (current ?? parsed.Positional).Add(arg);
                if (current is not null && !MultiValued.Contains(NameOf(parsed, current)))
                {
                    current = null;
                }
            }
        }

        return parsed;
    }

    private static string NameOf(CliArguments parsed, List<string> values) => parsed._options.First(o => ReferenceEquals(o.Value, values)).Key;

    /// <summary>Whether a flag such as <c>--stream</c> was given.</summary>
    public bool Has(string flag) => _flags.Contains(flag);

    /// <summary>Whether an option or flag was given at all, with or without a value.</summary>
    public bool Contains(string name) => _options.ContainsKey(name) || _flags.Contains(name);

    /// <summary>All values of an option, split on commas too (<c>--fallback a,b</c>).</summary>
    public IReadOnlyList<string> Values(string option) =>
        _options.TryGetValue(option, out List<string>? values)
            ? values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList()
            : [];

    /// <summary>The single value of an option, null when absent; an option given without or with several values is a usage error.</summary>
    public string? Single(string option)
    {
        if (!_options.TryGetValue(option, out List<string>? values))
        {
            return null;
        }

        return values.Count == 1 ? values[0] : throw new CliUsageException($"{option} takes exactly one value.");
    }

    /// <summary>Fails on options the command does not know, so typos do not pass silently.</summary>
    public void AllowOnly(params string[] known)
    {
        foreach (string name in _options.Keys.Concat(_flags).Where(n => n != "--help"))
        {
            if (!known.Contains(name))
            {
                throw new CliUsageException($"Unknown option {name} for '{Command}'.");
            }
        }
    }
}

/// <summary>The command line is wrong; the message says how.</summary>
public sealed class CliUsageException(string message) : Exception(message);

/// <summary>The command could not do its work for a reason other than the API (a file that exists, a question declined); the message says why.</summary>
public sealed class CliFailureException(string message) : Exception(message);
