using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Tests.Fakes;

/// <summary>Keeps every log line (message, structured values, exception) at every level, for assertions.</summary>
internal sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<LogLine> _lines = new();

    public IReadOnlyList<LogLine> Lines => _lines.ToList();

    public string AllText => string.Join("\n", _lines.Select(l => l.ToString()));

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose()
    {
    }

    internal sealed record LogLine(string Category, LogLevel Level, string Message, string State, string? Exception)
    {
        public override string ToString() => $"{Level} {Category}: {Message} | {State} | {Exception}";
    }

    private sealed class Logger(string category, ConcurrentQueue<LogLine> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(", ", pairs.Select(p => $"{p.Key}={p.Value}")) : state?.ToString() ?? "";
            lines.Enqueue(new LogLine(category, logLevel, formatter(state, exception), values, exception?.ToString()));
        }
    }
}
