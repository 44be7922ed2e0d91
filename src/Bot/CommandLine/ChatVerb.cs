using System.CommandLine;
using Bot.Chat.Conversations;
using Bot.Chat.Questions;
using Bot.Knowledge;
using Bot.Knowledge.Index;
using Bot.Terminal;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.CommandLine;

// bot chat: the console chat, whatever platforms are configured.
internal static class ChatVerb
{
    public static Command Create(Option<string?> corpus, Option<string?> index)
    {
        var command = new Command("chat", "Chat in this terminal (the default when no platform is configured).");
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(corpus), parse.GetValue(index), ct));
        return command;
    }

    public static Task<int> RunAsync(string? corpus, string? index, CancellationToken cancellationToken) =>
        VerbRunner.RunAsync(corpus, index, async (services, token) =>
        {
            var knowledge = services.GetRequiredService<KnowledgeBase>();
            await RebuildDisplay.EnsureCurrentAsync(knowledge.Index, token).ConfigureAwait(false);
            await using var watcher = services.GetRequiredService<CorpusWatcher>();
            watcher.Start();
            // No host here: the question log's writer is started and drained by hand.
            var log = services.GetRequiredService<QuestionLog>();
            await log.StartAsync(token).ConfigureAwait(false);
            try
            {
                var chat = new ConsoleChat(services.GetRequiredService<ChatService>(), knowledge, Console.In, Console.Out, interactive: !Console.IsInputRedirected);
                return await chat.RunAsync(token).ConfigureAwait(false);
            }
            finally
            {
                await log.StopAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }, cancellationToken);
}
