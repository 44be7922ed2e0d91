using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Bot.Knowledge.Analysis;

// Our folding rules the stock filters lack: apostrophes go ("rock'n" = "rockn"), and numbers lose
// their thousands separators ("1,500" = "1500") while a decimal point becomes a letter so "2.5" stays
// one term ("2p5") that no other number matches. Numbers are not stemmed: "1980s" (a decade) is
// not "1980" (a year).
internal sealed class PunctuationFoldFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;

    public PunctuationFoldFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var buffer = _term.Buffer;
        var length = _term.Length;
        var number = length > 0 && char.IsAsciiDigit(buffer[0]);
        var kept = 0;
        for (var i = 0; i < length; i++)
        {
            var c = buffer[i];
            if (c is '\'' or '’' || (number && c == ','))
            {
                continue;
            }

            buffer[kept++] = number && c == '.' ? 'p' : c;
        }

        _term.Length = kept;
        _keyword.IsKeyword = number;
        return true;
    }
}
