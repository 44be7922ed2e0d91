namespace Bot.Chat.Questions;

// What the question log's writer takes from its queue: a question or a vote. User is the platform's
// raw id; the store hashes it unless Log:StoreUserIds.
public abstract record LogEntry(DateTimeOffset Time, string Platform, string User);
