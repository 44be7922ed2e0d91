using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Bot.Knowledge.Analysis;

/// <summary>
/// Porter cuts "used"/"uses"/"using" to "us", which would make them match "US" (the country)
/// everywhere, so a word longer than two letters never gets a stem shorter than three: the stem
/// takes the next letter of the word. Runs after <see cref="KeywordRepeatFilter"/> and the stemmer:
/// the token at a new position is the word, the one at the same position its stem.
/// </summary>
internal sealed class MinimumStemFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private char[] _word = new char[32];
    private int _wordLength;

    public MinimumStemFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (_position.PositionIncrement > 0)
        {
            if (_word.Length < _term.Length)
            {
                _word = new char[_term.Length * 2];
            }

            Array.Copy(_term.Buffer, _word, _term.Length);
            _wordLength = _term.Length;
        }
        else if (_term.Length <= 2 && _wordLength > 2 && _term.Length < _wordLength)
        {
            _term.Append(_word[_term.Length]);
        }

        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _wordLength = 0;
    }
}
