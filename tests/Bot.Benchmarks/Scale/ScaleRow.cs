namespace Bot.Benchmarks.Scale;

/// <summary>Everything measured at one corpus size. Times in ms unless named otherwise; memory in kB.</summary>
internal sealed record ScaleRow(
    int Passages,
    int Files,
    int Indexed,
    double BuildSeconds,
    double PlainBuildSeconds,
    long IndexBytes,
    long PlainIndexBytes,
    long BuildPeakKb,
    double AskMedian,
    double AskP99,
    double MatchMedian,
    double MatchP99,
    int Samples,
    double FirstAsk,
    long AnswerPeakKb,
    int Answered,
    int Questions);
