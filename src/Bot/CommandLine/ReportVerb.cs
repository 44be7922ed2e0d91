using System.CommandLine;
using Bot.Chat.Conversations;
using Bot.Chat.Rendering;
using Bot.Output;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.CommandLine;

// bot report [--since 7d] [--json]: what the question log says (README, "The question log").
internal static class ReportVerb
{
    public static Command Create(Option<string?> corpus, Option<string?> index)
    {
        var since = new Option<string>("--since") { Description = "How far back: 7d, 24h, 90m, or a date (default 7d).", DefaultValueFactory = _ => "7d" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object with every list in full." };
        var command = new Command("report", "Questions not covered, most asked topics, documents never cited, counts by platform and outcome.") { since, json };
        command.SetAction((parse, ct) => VerbRunner.RunAsync(parse.GetValue(corpus), parse.GetValue(index), async (services, _) =>
        {
            var from = SinceOption.Parse(parse.GetValue(since) ?? "7d", services.GetRequiredService<TimeProvider>().GetUtcNow());
            var reply = services.GetRequiredService<ChatService>().Report(from);
            if (reply.Report is not { } report)
            {
                await Console.Error.WriteLineAsync(ReportText.Render(reply)).ConfigureAwait(false);
                return VerbRunner.Failed;
            }

            var text = parse.GetValue(json) ? JsonOutput.Serialize(ReportJson.From(report)) : ReportText.Render(report);
            await Console.Out.WriteLineAsync(text).ConfigureAwait(false);
            return VerbRunner.Ok;
        }, ct));
        return command;
    }
}
