using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Util;

namespace Bot.Knowledge.Indexing;

/// <summary>
/// Indexes text that <see cref="Analysis.TextAnalyzer"/> already turned into stems (or words): split
/// at spaces, sentence breaks left out. Passages are analysed once, in the preparation thread, and the
/// same stems are stored for the reranker.
/// </summary>
internal sealed class StemsAnalyzer : Analyzer
{
    private static readonly CharArraySet Breaks = new(Analysis.TextAnalyzer.Version, [IndexSchema.SentenceBreak], ignoreCase: false);

    public static StemsAnalyzer Instance { get; } = new();

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new WhitespaceTokenizer(Analysis.TextAnalyzer.Version, reader);
        return new TokenStreamComponents(source, new StopFilter(Analysis.TextAnalyzer.Version, source, Breaks));
    }
}
