using Bot.Chat.Commands;

namespace Bot.Chat.Conversations;

// One message to the bot: who, which command, and the text (the question for Ask).
// Channel: where it was asked (the Slack or Discord channel id, a DM's too), for the question log; null in the console.
// Conversation: the thread it belongs to (ConversationMemory's key), so a follow-up is read in context;
// null for a question that stands alone (a slash command, the CLI).
public sealed record ChatRequest(ChatUser User, ChatCommand Command, string Text = "", string? Channel = null, string? Conversation = null)
{
    public static ChatRequest Ask(ChatUser user, string question) => new(user, ChatCommand.Ask, question);
}
