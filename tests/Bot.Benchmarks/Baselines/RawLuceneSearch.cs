using Bot.Knowledge.Answers;
using Bot.Knowledge.Questions;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Bot.Benchmarks.Baselines;

// The Lucene ask baseline over RawLuceneBuild's index: a BooleanQuery of
// the question's stems as term queries, BM25, top 10 (ids only) or top 100 with their stored text
// (what a reranker needs). No typo check, no rerank, no composing.
internal sealed class RawLuceneSearch : IDisposable
{
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public RawLuceneSearch(string folder)
    {
        _reader = DirectoryReader.Open(new NIOFSDirectory(new DirectoryInfo(folder)));
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    // The query for a question, or null when it has no content word.
    public static Query? QueryFor(string question)
    {
        var stems = QuestionAnalyzer.Analyze(QuestionText.Clean(question)).Terms.Select(t => t.Stem).Distinct(StringComparer.Ordinal).ToList();
        if (stems.Count == 0)
        {
            return null;
        }

        var query = new BooleanQuery();
        foreach (var stem in stems)
        {
            query.Add(new TermQuery(new Term("body", stem)), Occur.SHOULD);
        }

        return query;
    }

    public int Top10(Query query) => _searcher.Search(query, 10).ScoreDocs.Length;

    public int Top100WithText(Query query)
    {
        var length = 0;
        foreach (var hit in _searcher.Search(query, 100).ScoreDocs)
        {
            length += _searcher.Doc(hit.Doc).Get("body").Length;
        }

        return length;
    }

    public void Dispose() => _reader.Dispose();
}
