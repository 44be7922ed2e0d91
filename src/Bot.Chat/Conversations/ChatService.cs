using Bot.Chat.Commands;
using Bot.Chat.Limits;
using Bot.Chat.Metrics;
using Bot.Chat.Questions;
using Bot.Chat.Replies;
using Bot.Knowledge;
using Bot.Knowledge.Answers;
using Bot.Knowledge.Index;
using Microsoft.Extensions.Logging;

namespace Bot.Chat.Conversations;

// The platform-neutral conversation: rate limits, admin checks, and routing each command to the
// knowledge base. Every adapter calls HandleAsync and renders the reply it gets.
public sealed class ChatService(
    KnowledgeBase knowledge,
    RateLimiter rateLimiter,
    ILogger<ChatService> logger,
    BotMetrics? metrics = null,
    TimeProvider? time = null,
    QuestionLog? questionLog = null,
    ConversationMemory? conversations = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public async Task<ChatReply> HandleAsync(ChatRequest request, CancellationToken cancellationToken = default)
    {
        switch (request.Command)
        {
            case ChatCommand.Help:
                return new HelpReply(request.User.IsAdmin);
            case ChatCommand.Unknown:
                return new UnknownCommandReply(request.Text);
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

            case ChatCommand.Reindex or ChatCommand.Status or ChatCommand.Report when !request.User.IsAdmin:
                logger.LogWarning("Refused {Command} from non-admin {Platform} user {UserId}", request.Command, request.User.Platform, request.User.Id);
                return new NotAllowedReply(request.Command);
            case ChatCommand.Reindex:
                logger.LogInformation("Rebuild requested by {Platform} user {UserId}", request.User.Platform, request.User.Id);
                return new RebuildReply(await RebuildAsync(cancellationToken).ConfigureAwait(false));
            case ChatCommand.Status:
                return new StatusReply(knowledge.Index.GetStatus(), knowledge.Index.IsRebuilding);
            case ChatCommand.Report:
                return Report(_time.GetUtcNow() - ReportPeriod);
            default:
                // Admins are not limited: they may be testing the bot, and the console user is one.
                var started = _time.GetTimestamp();
                if (!request.User.IsAdmin && rateLimiter.TryAcquire($"{request.User.Platform}:{request.User.Id}") is { } wait)
                {
                    logger.LogInformation("Rate limited {Platform} user {UserId} for {Seconds:0} s", request.User.Platform, request.User.Id, wait.TotalSeconds);
                    metrics?.Question(request.User.Platform, QuestionOutcome.Refused, _time.GetElapsedTime(started));
                    Record(request, QuestionOutcome.Refused, null);
                    return new RateLimitedReply(wait);
                }

                var earlier = request.Conversation is { } key && conversations is not null ? conversations.Recall(key) : [];
                var followUpOf = earlier.Count > 0 ? earlier[0].AnswerId : null;
                try
                {
                    var answer = await knowledge.AskAsync(request.Text, ConversationMemory.ContextOf(earlier), cancellationToken: cancellationToken).ConfigureAwait(false);
                    metrics?.Question(request.User.Platform, QuestionOutcome.Of(answer.Status), _time.GetElapsedTime(started));
                    var answerId = IsVotable(answer) && questionLog?.Store is not null ? NewAnswerId() : null;
                    Record(request, QuestionOutcome.Of(answer.Status), answer, answerId, followUpOf);
                    if (request.Conversation is { } conversation && conversations is not null && IsVotable(answer))
                    {
                        conversations.Remember(conversation, new ConversationTurn(request.Text, answer.Answered ? answer.Citations : [], answerId, _time.GetUtcNow()), request.User);
                    }

                    return new AnswerReply(answer, answerId);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    metrics?.Question(request.User.Platform, QuestionOutcome.Failed, _time.GetElapsedTime(started));
                    Record(request, QuestionOutcome.Failed, null, null, followUpOf);
                    throw;
                }
        }
    }

    // The chat command's period; `bot report --since` chooses its own.
    public static readonly TimeSpan ReportPeriod = TimeSpan.FromDays(7);

    public ReportReply Report(DateTimeOffset since)
    {
        if (questionLog?.Store is not { } store)
        {
            return new ReportReply(null);
        }

        try
        {
            store.Migrate(); // a log from an older bot is brought up to date; none yet is an empty one
            return new ReportReply(QuestionReportBuilder.Build(since, store.Read(since), IndexedDocuments()));
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            logger.LogWarning("Could not read the question log {Path}: {Error}", store.Path, e.Message);
            return new ReportReply(null, $"The question log could not be read: {e.Message}");
        }
    }

    private IEnumerable<string> IndexedDocuments()
    {
        try
        {
            return knowledge.ListDocuments().Select(d => d.Document);
        }
        catch (IndexUnavailableException)
        {
            return [];
        }
    }

    // A 👍 or 👎 from a platform's button: recorded off the answer path (one vote per person per
    // answer; a second click replaces the first). False when there is no log to record it in.
    public bool Vote(ChatUser user, string answerId, Vote vote)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (questionLog?.Store is null || string.IsNullOrWhiteSpace(answerId) || answerId.Length > MaxAnswerIdLength)
        {
            return false;
        }

        logger.LogInformation("{Platform} user {UserId} voted {Vote} on answer {AnswerId}", user.Platform, user.Id, vote, answerId);
        questionLog.Record(new VoteRecord(_time.GetUtcNow(), user.Platform, user.Id, answerId, vote));
        return true;
    }

    // "/new" in the console, or any adapter's way to start a conversation over.
    public void ForgetConversation(string conversation) => conversations?.Forget(conversation);

    // A question the material was searched for (answered or not): something to rate and to follow up on.
    private static bool IsVotable(Answer answer) => answer.Status is AnswerStatus.Answered or AnswerStatus.NotCovered;

    private const int MaxAnswerIdLength = 64;

    // Random, not the row id: the row is written later, off the answer path, and a guessable id would let
    // anyone who can click vote on answers they never saw.
    private static string NewAnswerId() => Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12));

    // Handed to the log's queue: never waits for the file, never throws.
    private void Record(ChatRequest request, string outcome, Answer? answer, string? answerId = null, string? followUpOf = null) =>
        questionLog?.Record(new QuestionRecord(
            _time.GetUtcNow(),
            request.User.Platform,
            request.Channel,
            request.User.Id,
            request.Text,
            outcome,
            answer?.Confidence,
            answer is { Answered: true } ? answer.Citations.Select(c => c.Document).Distinct(StringComparer.Ordinal).ToList() : [],
            answer is { Answered: true } ? answer.Citations.Select(c => $"{c.Document} {c.Locator}").ToList() : [],
            answerId,
            followUpOf));

    // A rebuild, measured here (not inside Bot.Knowledge, whose index engine is being replaced).
    public async Task<Knowledge.Index.RebuildResult> RebuildAsync(CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        var result = await knowledge.Index.RebuildAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        metrics?.Rebuild(result.Outcome, _time.GetElapsedTime(started));
        return result;
    }
}
