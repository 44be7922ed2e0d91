using Lucene.Net.Util;

namespace Bot.Knowledge.Analysis;

// Lucene finds an attribute's implementation by name (IWordAttribute → WordAttribute).
// Carrying the word in an attribute gives word and stem in one pass, without
// KeywordRepeatFilter's state copy per token.
internal sealed class WordAttribute : Lucene.Net.Util.Attribute, IWordAttribute
{
    public string Word { get; set; } = "";

    public override void Clear() => Word = "";

    public override void CopyTo(IAttribute target) => ((IWordAttribute)target).Word = Word;
}
