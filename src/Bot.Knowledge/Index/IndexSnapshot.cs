using System.Globalization;
using Bot.Knowledge.Answers;
using Bot.Knowledge.Documents;
using Bot.Knowledge.Ranking;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Bot.Knowledge.Index;

// One open generation of the index and everything a question asks of it. Reference-counted
// (through the reader's own count): a question holds it from Acquire
// to Release, so a rebuild that switches generations never closes it under a question.
internal sealed class IndexSnapshot
{
    // BooleanQuery refuses more than 1,024 clauses; three fields per term.
    private const int MaxTerms = 300;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public IndexSnapshot(string generation, DirectoryReader reader)
    {
        Generation = generation;
        _reader = reader;
        _searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        Info = CommitData.Read(reader.IndexCommit.UserData);
        Stats = new CorpusStats(Info.Passages, Info.AverageLength, Info.AverageTitleLength);
    }

    public string Generation { get; }

    public IndexInfo Info { get; }

    public CorpusStats Stats { get; }

    public bool TryAcquire() => _reader.TryIncRef();

    public void Release() => _reader.DecRef();

    // Passages holding the stem in their body or their document's title.
    // A word that only headings or tags hold counts their passages, so a question keeps it (it is
    // searched in the section and tags fields) instead of dropping it. Only then: counting heading
    // words for every term lowered the weight of words bodies share with headings and cost docs-dev a
    // hit at rank 3 (one question in 50), with nothing gained elsewhere.
    public int DocumentFrequency(string stem)
    {
        var inText = _reader.DocFreq(new Term(IndexSchema.Body, stem)) + _reader.DocFreq(new Term(IndexSchema.TitleOnly, stem));
        return inText > 0 ? inText : _reader.DocFreq(new Term(IndexSchema.HeadingOnly, stem));
    }

    public bool HasWord(string word) => _reader.DocFreq(new Term(IndexSchema.Words, word)) > 0;

    // Indexed words within maxEdits of word sharing its first letter, with how many documents use each.
    public List<(string Word, int Documents)> SimilarWords(string word, int maxEdits)
    {
        var result = new List<(string, int)>();
        var terms = MultiFields.GetTerms(_reader, IndexSchema.Words);
        if (terms is null)
        {
            return result;
        }

        var fuzzy = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(IndexSchema.Words, word), maxEdits, 1, true);
        while (fuzzy.MoveNext())
        {
            result.Add((fuzzy.Term.Utf8ToString(), fuzzy.DocFreq));
        }

        return result;
    }

    // First stage: BM25 over body, title, section heading and tags, the best limit passages.
    // Built from term queries, never parsed from text, so nothing in a question is query syntax.
    public List<Candidate> Search(IEnumerable<string> stems, int limit)
    {
        var query = new BooleanQuery();
        foreach (var stem in stems.Distinct(StringComparer.Ordinal).Take(MaxTerms))
        {
            query.Add(new TermQuery(new Term(IndexSchema.Body, stem)), Occur.SHOULD);
            query.Add(new TermQuery(new Term(IndexSchema.Title, stem)) { Boost = IndexSchema.TitleBoost }, Occur.SHOULD);
            query.Add(new TermQuery(new Term(IndexSchema.Section, stem)) { Boost = IndexSchema.SectionBoost }, Occur.SHOULD);
            query.Add(new TermQuery(new Term(IndexSchema.Tags, stem)) { Boost = IndexSchema.TagsBoost }, Occur.SHOULD);
        }

        var result = new List<Candidate>(limit);
        if (query.Clauses.Count == 0)
        {
            return result;
        }

        foreach (var hit in _searcher.Search(query, limit).ScoreDocs)
        {
            var d = _searcher.Doc(hit.Doc);
            result.Add(new Candidate(
                hit.Doc,
                hit.Score,
                d.Get(IndexSchema.Text),
                d.Get(IndexSchema.Body).Split(' ', StringSplitOptions.RemoveEmptyEntries),
                d.Get(IndexSchema.Title).Split(' ', StringSplitOptions.RemoveEmptyEntries),
                d.Get(IndexSchema.Path),
                d.GetField(IndexSchema.Paragraph).GetInt32Value() ?? 0,
                Metadata(d),
                d.Get(IndexSchema.SectionText),
                d.GetField(IndexSchema.Page)?.GetInt32Value(),
                (Passages.PassageKind)(d.GetField(IndexSchema.PassageType).GetInt32Value() ?? 0)));
        }

        return result;
    }

    public List<DocumentSummary> Documents()
    {
        var query = new TermQuery(new Term(IndexSchema.Kind, IndexSchema.DocumentKind));
        var result = new List<DocumentSummary>();
        foreach (var hit in _searcher.Search(query, Math.Max(1, Info.Documents)).ScoreDocs)
        {
            var d = _searcher.Doc(hit.Doc);
            var m = Metadata(d);
            result.Add(new DocumentSummary(d.Get(IndexSchema.Path), m.Title, m.Source, m.Published, m.Author, m.Url, d.GetField(IndexSchema.Passages).GetInt32Value() ?? 0));
        }

        result.Sort((a, b) => string.CompareOrdinal(a.Document, b.Document));
        return result;
    }

    private static DocumentMetadata Metadata(Lucene.Net.Documents.Document d) => new(
        d.Get(IndexSchema.DocumentTitle),
        d.Get(IndexSchema.Source),
        d.Get(IndexSchema.Published) is { } published ? DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
        d.Get(IndexSchema.Author),
        d.Get(IndexSchema.Url));
}
