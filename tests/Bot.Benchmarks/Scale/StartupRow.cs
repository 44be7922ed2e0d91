namespace Bot.Benchmarks.Scale;

/// <summary>Start to first answer line of <c>bot ask</c> on one index, and of a hello world in the same run (medians, ms).</summary>
internal sealed record StartupRow(string Index, double Bot, double Hello);
