using Bot.Chat.Commands;

namespace Bot.Chat.Conversations;

// One message to the bot: who, which command, and the text (the question for Ask).
public sealed record ChatRequest(ChatUser User, ChatCommand Command, string Text = "")
{
    public static ChatRequest Ask(ChatUser user, string question) => new(user, ChatCommand.Ask, question);
}
