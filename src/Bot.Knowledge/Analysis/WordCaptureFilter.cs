using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Bot.Knowledge.Analysis;

// Records each token's folded word in IWordAttribute before the stemmers change the term.
internal sealed class WordCaptureFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IWordAttribute _word;

    public WordCaptureFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _word = AddAttribute<IWordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        _word.Word = _term.ToString();
        return true;
    }
}
