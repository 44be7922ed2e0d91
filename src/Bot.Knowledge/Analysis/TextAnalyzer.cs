using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Bot.Knowledge.Analysis;

// The analysis chain every text goes through, passages and questions alike. Each token's term is
// its stem, and its IWordAttribute the folded word, so one pass gives the reranker both.
// Order matters: ASCII folding runs before lower-casing because LowerCaseFilter leaves
// "İ" alone (https://lucene.apache.org/core/4_8_0/analyzers-common/org/apache/lucene/analysis/miscellaneous/ASCIIFoldingFilter.html).
internal sealed class TextAnalyzer : Analyzer
{
    public static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static TextAnalyzer Instance { get; } = new();

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new EnglishPossessiveFilter(Version, source);
        stream = new ASCIIFoldingFilter(stream);
        stream = new LowerCaseFilter(Version, stream);
        stream = new PunctuationFoldFilter(stream);
        stream = new WordCaptureFilter(stream);
        stream = new StemmerOverrideFilter(stream, IrregularVerbs.Overrides);
        stream = new PorterStemFilter(stream);
        stream = new MinimumStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }
}
