using Bot.Chat.Commands;
using Bot.Chat.Conversations;
using Bot.Chat.Questions;
using Bot.Discord.Commands;
using Bot.Discord.Messages;
using Bot.Discord.Rendering;
using Bot.Discord.Rest;
using Bot.Discord.Wire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Discord.Interactions;

// The one interaction core, for INTERACTION_CREATE over the gateway and POSTs to the HTTP
// endpoint alike: only the delivery of the initial response differs (InteractionResponder).
// Slow commands (/ask, an admin's /reindex) are deferred at once (type 5) and finished by editing
// @original; quick ones and refusals are answered directly (type 4). An interaction id seen before
// (the gateway replays events after RESUME; a signed HTTP request can be posted again) is left alone.
// The work runs in the shared AnswerPipeline.
internal sealed class InteractionHandler(
    ChatService chat,
    AnswerPipeline answers,
    DiscordRestClient rest,
    AdminPolicy admins,
    ConversationMemory conversations,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<InteractionHandler> logger)
{
    // https://discord.com/developers/docs/interactions/receiving-and-responding: an interaction token is valid for 15 minutes; a replay after that could not be answered anyway.
    private readonly ReplayGuard _taken = new(time, TimeSpan.FromMinutes(15), capacity: ReplayGuard.DefaultCapacity);

    // Takes the interaction into the AnswerPipeline (bounded, drained at shutdown, a
    // failure logged and apologised for), or returns null for a replay, which is left alone. The task
    // completes when the work is over and never faults.
    public Task? Accept(Interaction interaction, InteractionResponder respond)
    {
        // A PING does no work and its PONG is the same every time, so it is never refused as a replay.
        if (interaction.Type != InteractionType.Ping && !string.IsNullOrEmpty(interaction.Id) && !_taken.TryBegin(interaction.Id))
        {
            logger.LogInformation("Discord interaction {InteractionId} ({What}) arrived again; already taken, not answering twice", interaction.Id, What(interaction));
            return null;
        }

        var progress = new InteractionProgress();
        InteractionResponder tracked = async (response, ct) =>
        {
            await respond(response, ct).ConfigureAwait(false);
            progress.Responded(response);
        };
        return answers.Run(
            $"Discord interaction {interaction.Id} ({What(interaction)})",
            ct => HandleAsync(interaction, tracked, ct),
            (apology, ct) => ApologiseAsync(interaction, respond, progress, apology, ct));
    }

    private async Task HandleAsync(Interaction interaction, InteractionResponder respond, CancellationToken cancellationToken)
    {
        switch (interaction.Type)
        {
            case InteractionType.Ping:
                await respond(InteractionResponse.Pong, cancellationToken).ConfigureAwait(false);
                break;
            case InteractionType.ApplicationCommand:
                await HandleCommandAsync(interaction, respond, cancellationToken).ConfigureAwait(false);
                break;
            case InteractionType.MessageComponent:
                await HandleClickAsync(interaction, respond, cancellationToken).ConfigureAwait(false);
                break;
            default:
                await respond(InteractionResponse.Message(DiscordRenderer.Text($"I only answer slash commands: try /{ChatCommands.Help.Name}."), ephemeral: true), cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    // A click on a 👍/👎 under an answer (MESSAGE_COMPONENT, type 3; FACTS A5): the vote is recorded
    // (a second click by the same person replaces it) and answered with a thanks only the clicker
    // sees (type 4, flag 64), which leaves the answer as everyone else sees it untouched.
    private async Task HandleClickAsync(Interaction interaction, InteractionResponder respond, CancellationToken cancellationToken)
    {
        var customId = interaction.Data?.CustomId;
        if (!FeedbackButtons.TryParse(customId, out var vote, out var answerId) || interaction.Caller is not { } caller)
        {
            logger.LogInformation("Discord click on an unknown button {CustomId}; nothing recorded", customId);
            await respond(InteractionResponse.Message(DiscordRenderer.Text("I don't know that button, so nothing was recorded."), ephemeral: true), cancellationToken).ConfigureAwait(false);
            return;
        }

        // Votes need no admin check: whoever can see the answer may rate it.
        var user = new ChatUser("discord", caller.Id, IsAdmin: false, caller.DisplayName);
        var text = chat.Vote(user, answerId, vote)
            ? $"Thanks, your {(vote == Vote.Up ? "👍" : "👎")} is recorded. Clicking again replaces it."
            : "Your vote could not be recorded: the question log is off.";
        await respond(InteractionResponse.Message(DiscordRenderer.Text(text), ephemeral: true), cancellationToken).ConfigureAwait(false);
    }

    private static string What(Interaction interaction) =>
        interaction.Type == InteractionType.MessageComponent ? $"button {interaction.Data?.CustomId}" : $"/{interaction.Data?.Name}";

    // Where the apology can still go: the initial response, the deferred @original, or a follow-up.
    private async Task ApologiseAsync(Interaction interaction, InteractionResponder respond, InteractionProgress progress, string apology, CancellationToken cancellationToken)
    {
        var text = DiscordRenderer.Text(apology);
        if (interaction.Type == InteractionType.Ping)
        {
            return;
        }

        if (progress.Deferred)
        {
            await rest.EditOriginalResponseAsync(interaction.Token, text, cancellationToken).ConfigureAwait(false);
        }
        else if (!progress.HasResponded)
        {
            await respond(InteractionResponse.Message(text, ephemeral: true), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await rest.CreateFollowupAsync(interaction.Token, text with { Flags = MessageFlags.Ephemeral }, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task HandleCommandAsync(Interaction interaction, InteractionResponder respond, CancellationToken cancellationToken)
    {
        var caller = interaction.Caller;
        var name = interaction.Data?.Name ?? "";
        if (caller is null)
        {
            await respond(InteractionResponse.Message(DiscordRenderer.Text("I could not tell who asked."), ephemeral: true), cancellationToken).ConfigureAwait(false);
            return;
        }

        var user = new ChatUser("discord", caller.Id, admins.IsAdmin(caller.Id, interaction.Member?.Permissions, interaction.Member?.Roles), caller.DisplayName);
        ChatRequest? request = ChatCommands.Named(name) switch
        {
            { Command: ChatCommand.Ask } => ChatRequest.Ask(user, interaction.Data?.Options?.FirstOrDefault(o => o.Name == ChatCommands.Ask.Argument)?.StringValue ?? ""),
            { } command => new ChatRequest(user, command.Command),
            null => null,
        };
        // An /ask answer is a conversation too: a reply to it (which carries its text only with the
        // MESSAGE_CONTENT intent, FACTS A5) is a follow-up, like a reply to a mention's answer.
        request = request is null ? null : request with
        {
            Channel = interaction.ChannelId,
            Conversation = request.Command == ChatCommand.Ask && interaction.ChannelId is { } channel ? ConversationKeys.Mention(channel, interaction.Id) : null,
        };
        logger.LogInformation("Discord /{Command} from user {UserId} in guild {GuildId}", name, caller.Id, interaction.GuildId ?? "(DM)");
        if (request is null)
        {
            await respond(InteractionResponse.Message(DiscordRenderer.Text($"I don't know the command /{name}. Try /{ChatCommands.Help.Name}."), ephemeral: true), cancellationToken).ConfigureAwait(false);
            return;
        }

        var slow = request.Command == ChatCommand.Ask || (request.Command == ChatCommand.Reindex && user.IsAdmin);
        if (!slow)
        {
            // Help, sources, status and refusals are immediate; ChatService logs a refused admin command.
            var quick = await chat.HandleAsync(request, cancellationToken).ConfigureAwait(false);
            var ephemeral = quick.IsPrivate || options.Value.EphemeralAnswers || request.Command is ChatCommand.Status;
            await respond(InteractionResponse.Message(DiscordRenderer.Render(quick), ephemeral), cancellationToken).ConfigureAwait(false);
            return;
        }

        // https://discord.com/developers/docs/interactions/receiving-and-responding: the initial response must go out within 3 s; searching or rebuilding may not.
        var deferredEphemeral = request.Command == ChatCommand.Reindex || options.Value.EphemeralAnswers;
        await respond(InteractionResponse.Deferred(deferredEphemeral), cancellationToken).ConfigureAwait(false);

        var reply = await chat.HandleAsync(request, cancellationToken).ConfigureAwait(false);
        var message = DiscordRenderer.Render(reply);
        if (reply.IsPrivate && !deferredEphemeral)
        {
            // The deferral fixed the response's visibility as public; a private reply (the rate
            // limit) must not land there, so drop the placeholder and answer with an ephemeral follow-up.
            await rest.DeleteOriginalResponseAsync(interaction.Token, cancellationToken).ConfigureAwait(false);
            await rest.CreateFollowupAsync(interaction.Token, message with { Flags = MessageFlags.Ephemeral }, cancellationToken).ConfigureAwait(false);
            return;
        }

        var posted = await rest.EditOriginalResponseAsync(interaction.Token, message, cancellationToken).ConfigureAwait(false);
        if (posted is not null && request.Conversation is { } conversation)
        {
            conversations.Link(posted, conversation);
        }
    }
}
