using System.Globalization;

namespace Bot.Benchmarks.Measuring;

// How a child process hands figures back: key=value lines on stdout (stderr is free for
// progress), numbers in the invariant culture.
internal sealed class ChildReport(IReadOnlyDictionary<string, string> values)
{
    public static void Write(string key, double value) => Write(key, value.ToString("R", CultureInfo.InvariantCulture));

    public static void Write(string key, string value) => Console.Out.WriteLine(key + "=" + value);

    public static ChildReport Parse(string stdout) => new(stdout
        .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(line => line.Split('=', 2))
        .Where(parts => parts.Length == 2)
        .ToDictionary(parts => parts[0], parts => parts[1], StringComparer.Ordinal));

    public double Number(string key) => values.TryGetValue(key, out var value)
        ? double.Parse(value, CultureInfo.InvariantCulture)
        : throw new InvalidOperationException($"The child process did not report '{key}'.");
}
