namespace Bot.Testing;

// Appends every payload a platform fake receives to the file named by BOT_WIRE_RECORD (one line each,
// prefixed by where it arrived), so a refactor can show the bot still sends the same bytes: record on
// the old commit and the new one, sort both files, diff. Does nothing when the variable is unset.
internal static class WireRecorder
{
    private static readonly string? File = Environment.GetEnvironmentVariable("BOT_WIRE_RECORD");
    private static readonly Lock Gate = new();

    public static void Record(string where, string payload)
    {
        if (File is null)
        {
            return;
        }

        lock (Gate)
        {
            System.IO.File.AppendAllText(File, where + " " + payload.ReplaceLineEndings(" ") + "\n");
        }
    }
}
