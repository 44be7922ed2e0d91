using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Bot.Knowledge.Index;

// Indexes text that TextAnalyzer already turned into stems (or words): split
// at spaces, sentence breaks left out (a gap in positions, as a stop filter would leave). Passages
// are analysed once, in the preparation thread, and the same stems are stored for the reranker,
// so the writer only splits at spaces.
internal sealed class StemsTokenStream : TokenStream
{
    private readonly string _text;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private int _at;

    public StemsTokenStream(string text)
    {
        _text = text;
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        var increment = 1;
        while (true)
        {
            while (_at < _text.Length && _text[_at] == ' ')
            {
                _at++;
            }

            if (_at >= _text.Length)
            {
                return false;
            }

            var end = _text.IndexOf(' ', _at);
            if (end < 0)
            {
                end = _text.Length;
            }

            var start = _at;
            _at = end;
            if (end - start == IndexSchema.SentenceBreak.Length && string.CompareOrdinal(_text, start, IndexSchema.SentenceBreak, 0, end - start) == 0)
            {
                increment++;
                continue;
            }

            _term.SetEmpty().Append(_text, start, end - start);
            _position.PositionIncrement = increment;
            return true;
        }
    }

    public override void Reset()
    {
        base.Reset();
        _at = 0;
    }
}
