namespace Bot.Discord.Messages;

// The ConversationMemory keys of Discord conversations (README, "Follow-ups"):
// - a mention in a channel (or a thread the bot did not start): "discord:{channel}:{question message}",
//   continued by replies to the bot's answers, which are linked to it;
// - a DM channel: "discord:dm:{channel}", one conversation per DM channel;
// - a thread the bot started for a question: "discord:thread:{thread}", continued by every message
//   in it. The thread's id is the question message's id (FACTS A5), so the key is known before the
//   thread exists.
internal static class ConversationKeys
{
    public static string Mention(string channelId, string messageId) => $"discord:{channelId}:{messageId}";

    public static string Direct(string channelId) => $"discord:dm:{channelId}";

    public static string Thread(string threadId) => $"discord:thread:{threadId}";
}
