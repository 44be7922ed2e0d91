namespace Bot.Slack.Conversations;

// A message the bot is to answer: the conversation it belongs to (ConversationMemory's key), the
// thread the answer goes in (null: the DM itself), and whether it was asked in a channel (where a
// reply only the asker should see is posted ephemeral).
internal sealed record SlackAsk(string Channel, string Conversation, string? Thread, bool InChannel);
