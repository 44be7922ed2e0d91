namespace Bot.Chat.Questions;

// A 👍 or 👎 on an answer; stored as +1 / -1.
public enum Vote
{
    Down = -1,
    Up = 1,
}
