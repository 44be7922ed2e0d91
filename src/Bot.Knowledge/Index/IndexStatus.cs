namespace Bot.Knowledge.Index;

// The index as found on disk, compared with the corpus.
// Detail: Why it is stale or unreadable, in words for a log line or a status reply.
public sealed record IndexStatus(string Path, IndexState State, IndexInfo? Info, string? Detail)
{
    public bool IsUsable => State is IndexState.Current or IndexState.Stale && Info is not null;
}
