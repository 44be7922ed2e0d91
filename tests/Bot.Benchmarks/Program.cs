using Bot.Benchmarks.Benchmarks;
using Bot.Benchmarks.Scale;

// `scale` is a plain measured run across corpus sizes; `build-only` and `answer-only` are the fresh
// processes it starts so each peak-memory figure covers one job; anything else goes to
// BenchmarkDotNet (no arguments: every benchmark).
return args.FirstOrDefault() switch
{
    ScaleCommand.Verb => await ScaleCommand.RunAsync(args[1..]),
    BuildOnlyCommand.Verb => await BuildOnlyCommand.RunAsync(args[1..]),
    AnswerOnlyCommand.Verb => await AnswerOnlyCommand.RunAsync(args[1..]),
    _ => BenchmarkSuite.Run(args),
};
