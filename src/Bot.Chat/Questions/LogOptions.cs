using System.ComponentModel.DataAnnotations;

namespace Bot.Chat.Questions;

// Configuration section Log: the question log (README, "The question log").
public sealed class LogOptions
{
    public const string Section = "Log";

    public bool Enabled { get; set; } = true;

    // The SQLite file; empty means questions.sqlite beside the index folder (index/questions.sqlite).
    public string? Path { get; set; }

    // Keep platform user ids as they are instead of a salted hash (needed only to contact people).
    public bool StoreUserIds { get; set; }

    [Range(1, 36_500)]
    public int RetentionDays { get; set; } = 90;

    // Questions waiting to be written; beyond this they are dropped and counted, never waited for.
    [Range(1, 1_000_000)]
    public int QueueCapacity { get; set; } = 1000;

    public string ResolvePath(string indexPath) =>
        string.IsNullOrWhiteSpace(Path)
            ? System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(indexPath)) ?? ".", "questions.sqlite")
            : System.IO.Path.GetFullPath(Path);
}
