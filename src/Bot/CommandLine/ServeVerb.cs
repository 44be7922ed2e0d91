using System.CommandLine;
using Bot.Hosting;
using Bot.Knowledge.Documents;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.CommandLine;

// bot serve: connect to the configured chat platforms (the default when one is configured).
internal static class ServeVerb
{
    public static Command Create(Option<string?> corpus, Option<string?> index)
    {
        var command = new Command("serve", "Connect to the configured chat platforms (Discord, Slack) and answer there.");
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(corpus), parse.GetValue(index), ct));
        return command;
    }

    public static async Task<int> RunAsync(string? corpus, string? index, CancellationToken cancellationToken)
    {
        var configuration = BotConfiguration.Build(corpus, index);
        if (!PlatformHost.AnyConfigured(configuration))
        {
            await Console.Error.WriteLineAsync("No chat platform is configured: set Slack:BotToken and/or Discord:Token (or Discord:PublicKey). See README.md, or run without a verb for the console chat.").ConfigureAwait(false);
            return VerbRunner.Failed;
        }

        if (Preflight.Check(configuration) is { } problem)
        {
            await Console.Error.WriteLineAsync(problem).ConfigureAwait(false);
            return VerbRunner.Failed;
        }

        try
        {
            await using var app = PlatformHost.Build(configuration);

            // ValidateOnStart would run inside StartAsync, where a failure is logged by the host as
            // "Hosting failed to start" with a stack trace: check first, and say it in one line per key.
            app.Services.GetService<IStartupValidator>()?.Validate();
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            return VerbRunner.Ok;
        }
        catch (OptionsValidationException e)
        {
            await VerbRunner.ReportAsync(e).ConfigureAwait(false);
            return VerbRunner.Failed;
        }
        catch (IOException e) when (e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
        {
            await Console.Error.WriteLineAsync($"error: cannot listen on {configuration["Http:Urls"] ?? new HttpOptions().Urls}: the address is already in use; set Http:Urls to a free address.").ConfigureAwait(false);
            return VerbRunner.Failed;
        }
        catch (AggregateException e) when (e.InnerExceptions.All(i => i is OptionsValidationException))
        {
            foreach (var inner in e.InnerExceptions.Cast<OptionsValidationException>())
            {
                await VerbRunner.ReportAsync(inner).ConfigureAwait(false);
            }

            return VerbRunner.Failed;
        }
        catch (CorpusException e)
        {
            await Console.Error.WriteLineAsync("error: " + e.Message).ConfigureAwait(false);
            return VerbRunner.Failed;
        }
    }
}
