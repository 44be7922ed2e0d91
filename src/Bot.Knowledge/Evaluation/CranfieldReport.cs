using System.Globalization;

namespace Bot.Knowledge.Evaluation;

public sealed record CranfieldReport(int Queries, double Map, double NdcgAt10)
{
    public string Format() => string.Create(CultureInfo.InvariantCulture,
        $"Cranfield: {Queries} queries with judgements\nMAP      {Map:0.0000}\nnDCG@10  {NdcgAt10:0.0000}");
}
