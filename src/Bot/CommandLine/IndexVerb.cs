using System.CommandLine;
using Bot.Chat.Rendering;
using Bot.Knowledge;
using Bot.Knowledge.Index;
using Bot.Output;
using Bot.Terminal;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.CommandLine;

// bot index rebuild [--json] and bot index status [--json].
internal static class IndexVerb
{
    public static Command Create(Option<string?> corpus, Option<string?> index)
    {
        var json = new Option<bool>("--json") { Description = "Print JSON.", Recursive = true };
        var rebuild = new Command("rebuild", "Rebuild the index from the corpus (the old index keeps serving until the new one is complete).");
        rebuild.SetAction((parse, ct) => VerbRunner.RunAsync(parse.GetValue(corpus), parse.GetValue(index), async (services, token) =>
        {
            var knowledgeIndex = services.GetRequiredService<KnowledgeBase>().Index;
            RebuildResult result;
            if (parse.GetValue(json))
            {
                result = await knowledgeIndex.RebuildAsync(cancellationToken: token).ConfigureAwait(false);
                await Console.Out.WriteLineAsync(JsonOutput.Serialize(RebuildJson.From(result))).ConfigureAwait(false);
            }
            else
            {
                result = await RebuildDisplay.RebuildAsync(knowledgeIndex, RebuildTrigger.Admin, token).ConfigureAwait(false);
            }

            return result.Outcome == RebuildOutcome.Rebuilt ? VerbRunner.Ok : VerbRunner.Failed;
        }, ct));

        var status = new Command("status", "Show the index: path, build time, counts, and whether the corpus changed since.");
        status.SetAction((parse, ct) => VerbRunner.RunAsync(parse.GetValue(corpus), parse.GetValue(index), async (services, _) =>
        {
            var knowledgeIndex = services.GetRequiredService<KnowledgeBase>().Index;
            var s = knowledgeIndex.GetStatus();
            var text = parse.GetValue(json)
                ? JsonOutput.Serialize(IndexStatusJson.From(s))
                : $"{s.Path}\n{PlainTextRenderer.Status(s, knowledgeIndex.IsRebuilding)}";
            await Console.Out.WriteLineAsync(text).ConfigureAwait(false);
            return VerbRunner.Ok;
        }, ct));

        return new Command("index", "Build or inspect the full-text index.") { json, rebuild, status };
    }
}
