using Bot.Chat.Commands;
using Bot.Chat.Conversations;
using Bot.Slack.Rendering;
using Bot.Slack.WebApi;
using Bot.Slack.Wire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Slack.Conversations;

// /ask <question> (ephemeral by default, or in the channel when configured; the reply repeats
// the question) and /ask-admin reindex|status (always ephemeral; Bot.Chat refuses non-admins and
// logs the attempt). Answers go to the command's response_url.
internal sealed class SlashCommandHandler(ChatService chat, SlackApiClient api, IOptions<SlackOptions> options, ILogger<SlashCommandHandler> logger)
{
    public async Task HandleAsync(SlashCommand command, CancellationToken cancellationToken)
    {
        if (command.ResponseUrl is null || command.UserId is not { Length: > 0 } userId)
        {
            logger.LogWarning("Slash command {Command} without user_id or response_url; ignored", command.Command);
            return;
        }

        var text = (command.Text ?? "").Trim();
        var user = new ChatUser("slack", userId, options.Value.IsAdmin(userId), command.UserName);
        var request = (command.IsAdmin ? AdminRequest(user, text) : text.Length == 0 ? null : ChatCommandParser.Parse(user, text)) is { } parsed
            ? parsed with { Channel = command.ChannelId }
            : null;
        if (request is null)
        {
            var usage = BlockKitRenderer.Text(command.IsAdmin ? SlackHelpText.AdminUsage : SlackHelpText.AskUsage);
            await RespondAsync(command.ResponseUrl, SlackOptions.Ephemeral, usage, cancellationToken).ConfigureAwait(false);
            return;
        }

        var reply = await chat.HandleAsync(request, cancellationToken).ConfigureAwait(false);

        var inChannel = !command.IsAdmin && !reply.IsPrivate && options.Value.AskInChannel;
        var asked = request.Command == ChatCommand.Ask ? new AskedQuestion(text, inChannel ? userId : null) : null;
        var rendered = BlockKitRenderer.Render(reply, asked);
        await RespondAsync(command.ResponseUrl, inChannel ? SlackOptions.InChannel : SlackOptions.Ephemeral, rendered, cancellationToken).ConfigureAwait(false);
    }

    // Called by AnswerPipeline when answering failed: only the person who asked sees it.
    public async Task ApologiseAsync(SlashCommand command, string apology, CancellationToken cancellationToken)
    {
        if (command.ResponseUrl is { } responseUrl)
        {
            await RespondAsync(responseUrl, SlackOptions.Ephemeral, BlockKitRenderer.Text(apology), cancellationToken).ConfigureAwait(false);
        }
    }

    private static ChatRequest? AdminRequest(ChatUser user, string text) =>
        ChatCommands.Find(text) is { AdminOnly: true } command ? new ChatRequest(user, command.Command) : null;

    private Task<bool> RespondAsync(string responseUrl, string responseType, SlackMessage message, CancellationToken cancellationToken) =>
        api.RespondAsync(responseUrl, new ResponseUrlMessage(responseType, message.Text, message.Blocks), cancellationToken);
}
