namespace Bot.Tests.Hosting;

// One bot process shared by a test class, started by the first test that asks for it (so a class
// whose tests are all skipped starts nothing) and stopped after the last. Tests that share it use
// their own ids (envelopes, events, interactions), so none depends on another or on their order.
public sealed class BothPlatformsFixture : IAsyncLifetime
{
    private readonly Lock _lock = new();
    private Task<BothPlatforms>? _session;

    internal Task<BothPlatforms> SessionAsync()
    {
        lock (_lock)
        {
            return _session ??= BothPlatforms.StartAsync();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_session is null)
        {
            return;
        }

        BothPlatforms session;
        try
        {
            session = await _session;
        }
        catch (Exception)
        {
            return; // it never started (and cleaned up after itself); every test has reported why
        }

        await session.DisposeAsync();
    }
}
