namespace Bot.Knowledge.Index;

public static class RebuildTriggers
{
    // The words status replies use, and the key kept in the commit data.
    public static string Describe(this RebuildTrigger trigger) => trigger switch
    {
        RebuildTrigger.Startup => "startup",
        RebuildTrigger.Admin => "admin",
        RebuildTrigger.CorpusChange => "corpus change",
        RebuildTrigger.Damage => "damage",
        _ => trigger.ToString(),
    };

    // Null for an index built before triggers were recorded, or an unknown word.
    public static RebuildTrigger? Parse(string? text) =>
        Enum.GetValues<RebuildTrigger>().Where(t => t.Describe() == text).Cast<RebuildTrigger?>().FirstOrDefault();
}
