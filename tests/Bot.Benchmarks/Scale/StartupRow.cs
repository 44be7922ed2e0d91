namespace Bot.Benchmarks.Scale;

// Start to first answer line of bot ask on one index, and of a hello world in the same run (medians, ms).
internal sealed record StartupRow(string Index, double Bot, double Hello);
