using System.Globalization;

namespace Bot.Benchmarks.Measuring;

// The few --name value options the measured commands take.
internal sealed class CommandArgs(string[] args)
{
    public string? Get(string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    public string Required(string name) => Get(name) ?? throw new ArgumentException($"{name} is required");

    public int Int(string name, int fallback) => Get(name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    public bool Has(string flag) => args.Contains(flag, StringComparer.Ordinal);
}
