namespace Bot.Slack;

// The bot's identity once auth.test has answered. Events that arrive before that wait for it;
// null means the token was rejected and the adapter has stopped.
internal sealed class SlackIdentity
{
    private readonly TaskCompletionSource<BotIdentity?> _identity = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Set(BotIdentity? identity) => _identity.TrySetResult(identity);

    public Task<BotIdentity?> WaitAsync(CancellationToken cancellationToken) => _identity.Task.WaitAsync(cancellationToken);
}
