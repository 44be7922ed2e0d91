using Bot.Chat.Conversations;
using Microsoft.Extensions.Logging;

namespace Bot.Chat.Tests.Conversations;

public sealed class AnswerPipelineTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);
    private readonly LogCapture _logs = new();

    [Fact]
    public async Task A_failed_answer_is_logged_as_an_error_and_the_person_gets_the_apology()
    {
        using var pipeline = Create();
        var apologies = new List<string>();

        await pipeline.Run("Test question 1", _ => throw new InvalidOperationException("index exploded"), (text, _) =>
        {
            apologies.Add(text);
            return Task.CompletedTask;
        }).WaitAsync(Limit);

        Assert.Equal([AnswerPipeline.Apology], apologies);
        var error = Assert.Single(_logs.Entries, e => e.Level == LogLevel.Error);
        Assert.Contains("Test question 1", error.Message, StringComparison.Ordinal);
        Assert.Contains("index exploded", error.Exception, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_apology_that_cannot_be_delivered_is_logged_and_does_not_escape()
    {
        using var pipeline = Create();

        await pipeline.Run("Test question 2", _ => throw new InvalidOperationException("boom"), (_, _) => throw new HttpRequestException("platform down")).WaitAsync(Limit);

        Assert.Contains(_logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("platform down", StringComparison.Ordinal));
        Assert.Equal(0, pipeline.Pending);
    }

    [Fact]
    public async Task Stopping_waits_for_an_answer_in_progress_and_it_is_delivered()
    {
        using var pipeline = Create();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var delivered = false;
        var work = pipeline.Run("Slow question", async ct =>
        {
            started.SetResult();
            await release.Task.WaitAsync(ct);
            delivered = true;
        });
        await started.Task.WaitAsync(Limit);

        using var grace = new CancellationTokenSource(Limit);
        var stopping = pipeline.StopAsync(grace.Token);
        Assert.False(stopping.IsCompleted); // still waiting for the answer
        release.SetResult();
        await stopping.WaitAsync(Limit);

        Assert.True(delivered);
        Assert.True(work.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task Past_the_grace_period_the_answers_left_are_cancelled_and_logged_without_an_apology()
    {
        using var pipeline = Create();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var apologised = false;
        var work = pipeline.Run("Endless question", async ct =>
        {
            started.SetResult();
            await Task.Delay(Timeout.Infinite, ct);
        }, (_, _) =>
        {
            apologised = true;
            return Task.CompletedTask;
        });
        await started.Task.WaitAsync(Limit);

        using var grace = new CancellationTokenSource();
        await grace.CancelAsync(); // no grace left
        await pipeline.StopAsync(grace.Token).WaitAsync(Limit);
        await work.WaitAsync(Limit);

        Assert.False(apologised);
        Assert.Contains(_logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("Endless question", StringComparison.Ordinal));
    }

    [Fact]
    public async Task No_more_than_the_concurrency_limit_of_answers_run_at_once()
    {
        using var pipeline = Create();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = 0;
        var most = 0;
        var all = Enumerable.Range(0, AnswerPipeline.Concurrency * 3).Select(i => pipeline.Run($"q{i}", async ct =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            await release.Task.WaitAsync(ct);
            Interlocked.Decrement(ref running);
        })).ToList();

        using var cts = new CancellationTokenSource(Limit);
        while (Volatile.Read(ref running) < AnswerPipeline.Concurrency)
        {
            await Task.Delay(10, cts.Token);
        }

        Assert.Equal(AnswerPipeline.Concurrency * 3, pipeline.Pending);
        release.SetResult();
        await Task.WhenAll(all).WaitAsync(Limit);
        Assert.Equal(AnswerPipeline.Concurrency, most);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }

    private AnswerPipeline Create() => new(new Logger<AnswerPipeline>(_logs));

    private sealed class Logger<T>(LogCapture capture) : ILogger<T>
    {
        private readonly ILogger _inner = capture.CreateLogger(typeof(T).FullName!);

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => _inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            _inner.Log(logLevel, eventId, state, exception, formatter);
    }
}
