using Bot.Hosting;
using Bot.Knowledge.Documents;
using Bot.Knowledge.Indexing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.CommandLine;

/// <summary>
/// Runs a verb with its services, turning the errors a user can cause (a missing corpus, a bad
/// setting) into one clear line on stderr and exit code 1, never a stack trace.
/// </summary>
internal static class VerbRunner
{
    public const int Ok = 0;
    public const int Failed = 1;

    public static async Task<int> RunAsync(string? corpus, string? index, Func<ServiceProvider, CancellationToken, Task<int>> verb, CancellationToken cancellationToken)
    {
        try
        {
            await using var services = CliServices.Build(BotConfiguration.Build(corpus, index));
            return await verb(services, cancellationToken).ConfigureAwait(false);
        }
        catch (OptionsValidationException e)
        {
            foreach (var failure in e.Failures)
            {
                await Console.Error.WriteLineAsync($"Configuration error ({e.OptionsType.Name}): {failure}").ConfigureAwait(false);
            }

            return Failed;
        }
        catch (Exception e) when (e is CorpusException or IndexUnavailableException)
        {
            await Console.Error.WriteLineAsync("error: " + e.Message).ConfigureAwait(false);
            return Failed;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Failed;
        }
    }
}
