using Lucene.Net.Util;

namespace Bot.Knowledge.Analysis;

/// <summary>The word a token had before stemming (folded), carried beside the stem.</summary>
internal interface IWordAttribute : IAttribute
{
    string Word { get; set; }
}
