using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Bot.Testing;

// Every log line the code under test writes, at every level, with structured values, scopes and
// exceptions in full: what a secret must never appear in, and what a test can assert on.
internal sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> Entries => _entries.ToArray();

    // "Level Category: message [key=value; …] exception", one per entry.
    public IReadOnlyList<string> Lines => _entries.Select(e => e.ToString()).ToArray();

    public string AllText => string.Join('\n', Lines);

    public bool Contains(string text) => _entries.Any(e => e.ToString().Contains(text, StringComparison.Ordinal));

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    internal sealed record LogEntry(string Category, LogLevel Level, string Message, string State, string? Exception)
    {
        public override string ToString() => $"{Level} {Category}: {Message} [{State}] {Exception}";
    }

    private sealed class Logger(string category, ConcurrentQueue<LogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            entries.Enqueue(new LogEntry(category, LogLevel.None, "scope", state.ToString() ?? "", null));
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join("; ", pairs.Select(p => $"{p.Key}={p.Value}")) : state?.ToString() ?? "";
            entries.Enqueue(new LogEntry(category, logLevel, formatter(state, exception), values, exception?.ToString()));
        }
    }
}
