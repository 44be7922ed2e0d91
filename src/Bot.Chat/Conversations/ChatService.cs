using Bot.Chat.Limits;
using Bot.Chat.Replies;
using Bot.Knowledge;
using Bot.Knowledge.Answers;
using Bot.Knowledge.Indexing;
using Microsoft.Extensions.Logging;

namespace Bot.Chat.Conversations;

/// <summary>
/// The platform-neutral conversation: rate limits, admin checks, and routing each command to the
/// knowledge base. Every adapter calls <see cref="HandleAsync"/> and renders the reply it gets.
/// </summary>
public sealed class ChatService(KnowledgeBase knowledge, RateLimiter rateLimiter, ILogger<ChatService> logger)
{
    public async Task<ChatReply> HandleAsync(ChatRequest request, CancellationToken cancellationToken = default)
    {
        switch (request.Command)
        {
            case ChatCommand.Help:
                return new HelpReply(request.User.IsAdmin);
            case ChatCommand.Sources:
                try
                {
                    return new SourcesReply(knowledge.ListDocuments());
                }
                catch (IndexUnavailableException e)
                {
                    // A damaged or missing index: one line, as ask gives it (issue 12), never an exception to the platform.
                    return new AnswerReply(new Answer(request.Text, AnswerStatus.IndexUnavailable, e.Message, [], []));
                }

            case ChatCommand.Reindex or ChatCommand.Status when !request.User.IsAdmin:
                logger.LogWarning("Refused {Command} from non-admin {Platform} user {UserId}", request.Command, request.User.Platform, request.User.Id);
                return new NotAllowedReply(request.Command);
            case ChatCommand.Reindex:
                logger.LogInformation("Rebuild requested by {Platform} user {UserId}", request.User.Platform, request.User.Id);
                return new RebuildReply(await knowledge.Index.RebuildAsync(cancellationToken: cancellationToken).ConfigureAwait(false));
            case ChatCommand.Status:
                return new StatusReply(knowledge.Index.GetStatus(), knowledge.Index.IsRebuilding);
            default:
                // Admins are not limited: they may be testing the bot, and the console user is one.
                if (!request.User.IsAdmin && rateLimiter.TryAcquire($"{request.User.Platform}:{request.User.Id}") is { } wait)
                {
                    logger.LogInformation("Rate limited {Platform} user {UserId} for {Seconds:0} s", request.User.Platform, request.User.Id, wait.TotalSeconds);
                    return new RateLimitedReply(wait);
                }

                return new AnswerReply(await knowledge.AskAsync(request.Text, cancellationToken: cancellationToken).ConfigureAwait(false));
        }
    }
}
