namespace Bot.Chat.Questions;

// A content-word stem and how many questions used it.
public sealed record TopicCount(string Topic, int Questions);
