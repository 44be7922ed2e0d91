using Microsoft.Extensions.Hosting;

namespace Bot.Chat.Conversations;

// Drains the AnswerPipeline when the host stops. Registered by AddChat(), before
// any adapter, so it stops after them (hosted services stop in reverse order): by then nothing new
// arrives, and the answers in progress get what is left of the shutdown grace period.
internal sealed class AnswerPipelineService(AnswerPipeline pipeline) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => pipeline.StopAsync(cancellationToken);
}
