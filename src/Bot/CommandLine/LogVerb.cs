using System.CommandLine;
using Bot.Chat.Questions;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.CommandLine;

// bot log forget --user ID [--platform P]: deletes a person's rows from the question log.
internal static class LogVerb
{
    public static Command Create(Option<string?> corpus, Option<string?> index)
    {
        var user = new Option<string>("--user") { Description = "The person's platform user id (as Slack or Discord shows it).", Required = true };
        var platform = new Option<string?>("--platform") { Description = "slack, discord or console (default: every platform)." };
        var forget = new Command("forget", "Delete every question a person asked from the question log.") { user, platform };
        forget.SetAction((parse, ct) => VerbRunner.RunAsync(parse.GetValue(corpus), parse.GetValue(index), async (services, _) =>
        {
            if (services.GetRequiredService<QuestionLog>().Store is not { } store)
            {
                await Console.Error.WriteLineAsync("The question log is turned off (Log:Enabled); there is nothing to delete.").ConfigureAwait(false);
                return VerbRunner.Failed;
            }

            var id = parse.GetValue(user)!.Trim();
            if (id.Length == 0)
            {
                await Console.Error.WriteLineAsync("error: --user needs a user id.").ConfigureAwait(false);
                return VerbRunner.Failed;
            }

            var p = parse.GetValue(platform)?.Trim().ToLowerInvariant();
            store.Migrate();
            var deleted = store.Forget(id, string.IsNullOrEmpty(p) ? null : p);
            await Console.Out.WriteLineAsync($"Deleted {deleted} question(s) by {id}{(p is { Length: > 0 } ? " on " + p : "")} from {store.Path}.").ConfigureAwait(false);
            return VerbRunner.Ok;
        }, ct));
        return new Command("log", "Manage the question log.") { forget };
    }
}
