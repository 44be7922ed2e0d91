using Lucene.Net.Util;

namespace Bot.Knowledge.Analysis;

// The word a token had before stemming (folded), carried beside the stem.
internal interface IWordAttribute : IAttribute
{
    string Word { get; set; }
}
