using Lucene.Net.Util;

namespace Bot.Knowledge.Analysis;

/// <summary>
/// Lucene finds an attribute's implementation by name (<c>IWordAttribute</c> → <c>WordAttribute</c>).
/// Carrying the word in an attribute gives word and stem in one pass, without
/// <see cref="Lucene.Net.Analysis.Miscellaneous.KeywordRepeatFilter"/>'s state copy per token.
/// </summary>
internal sealed class WordAttribute : Lucene.Net.Util.Attribute, IWordAttribute
{
    public string Word { get; set; } = "";

    public override void Clear() => Word = "";

    public override void CopyTo(IAttribute target) => ((IWordAttribute)target).Word = Word;
}
