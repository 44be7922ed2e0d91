using BenchmarkDotNet.Running;

namespace Bot.Benchmarks.Benchmarks;

// Runs the BenchmarkDotNet classes; with no arguments, all of them (instead of the interactive prompt).
internal static class BenchmarkSuite
{
    public static int Run(string[] args)
    {
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(BenchmarkSuite).Assembly)
            .Run(args.Length == 0 ? ["--filter", "*"] : args, SuiteConfig.Create());
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
