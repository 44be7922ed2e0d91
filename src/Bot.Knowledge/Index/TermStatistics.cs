using Bot.Knowledge.Text;

namespace Bot.Knowledge.Index;

// The average body and title lengths in terms (for the reranker's BM25 length normalisation),
// counted while documents are prepared. How many passages hold a term comes from the index itself.
internal sealed class TermStatistics
{
    private long _bodyTerms;
    private long _titleTerms;

    public long BodyTerms => Interlocked.Read(ref _bodyTerms);

    public long TitleTerms => Interlocked.Read(ref _titleTerms);

    public void AddPassage(IReadOnlyList<Token> body, IReadOnlyList<Token> title)
    {
        Interlocked.Add(ref _bodyTerms, body.Count);
        Interlocked.Add(ref _titleTerms, title.Count);
    }
}
