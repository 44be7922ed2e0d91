using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Bot.Knowledge.Analysis;

// Porter cuts "used"/"uses"/"using" to "us", which would make them match "US" (the country)
// everywhere, so a word longer than two letters never gets a stem shorter than three: the stem
// takes the next letter of the word (IWordAttribute, recorded before stemming).
internal sealed class MinimumStemFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IWordAttribute _word;

    public MinimumStemFilter(TokenStream input)
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

        var word = _word.Word;
        if (_term.Length <= 2 && word.Length > 2 && _term.Length < word.Length)
        {
            _term.Append(word[_term.Length]);
        }

        return true;
    }
}
