namespace Bot.Benchmarks.Scale;

// Everything measured at one corpus size. Times in ms unless named otherwise; memory in kB.
internal sealed record ScaleRow(
    int Passages,
    int Files,
    int Indexed,
    double BuildSeconds,
    double PlainBuildSeconds,
    double RawBuildSeconds,
    long IndexBytes,
    long PlainIndexBytes,
    long RawIndexBytes,
    long BuildPeakKb,
    double AskMedian,
    double AskP99,
    double MatchMedian,
    double MatchP99,
    double Lucene10Median,
    double Lucene10P99,
    double Lucene100Median,
    double Lucene100P99,
    int Samples,
    double FirstAsk,
    long AnswerPeakKb,
    int Answered,
    int Questions);
