using Bot.Hosting;
using Bot.Knowledge.Documents;
using Bot.Knowledge.Index;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.CommandLine;

// Runs a verb with its services, turning the errors a user can cause (a missing corpus, a bad
// setting) into one clear line on stderr and exit code 1, never a stack trace.
internal static class VerbRunner
{
    public const int Ok = 0;
    public const int Failed = 1;

    public static async Task<int> RunAsync(string? corpus, string? index, Func<ServiceProvider, CancellationToken, Task<int>> verb, CancellationToken cancellationToken)
    {
        try
        {
            var configuration = BotConfiguration.Build(corpus, index);
            if (Preflight.Check(configuration) is { } problem)
            {
                await Console.Error.WriteLineAsync(problem).ConfigureAwait(false);
                return Failed;
            }

            await using var services = CliServices.Build(configuration);
            return await verb(services, cancellationToken).ConfigureAwait(false);
        }
        catch (OptionsValidationException e)
        {
            await ReportAsync(e).ConfigureAwait(false);
            return Failed;
        }
        catch (Exception e) when (e is CorpusException or IndexUnavailableException or FormatException)
        {
            await Console.Error.WriteLineAsync("error: " + e.Message).ConfigureAwait(false);
            return Failed;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            // A file or folder the person named (or the index) cannot be read or written: say which, once.
            await Console.Error.WriteLineAsync("error: " + e.Message).ConfigureAwait(false);
            return Failed;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Failed;
        }
    }

    public static async Task ReportAsync(OptionsValidationException e)
    {
        foreach (var line in ConfigurationErrors.Lines(e))
        {
            await Console.Error.WriteLineAsync(line).ConfigureAwait(false);
        }
    }
}
