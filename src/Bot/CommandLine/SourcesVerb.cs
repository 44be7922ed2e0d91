using System.CommandLine;
using Bot.Chat.Rendering;
using Bot.Knowledge;
using Bot.Output;
using Bot.Terminal;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.CommandLine;

// bot sources [--json]: the indexed documents with their metadata.
internal static class SourcesVerb
{
    public static Command Create(Option<string?> corpus, Option<string?> index)
    {
        var json = new Option<bool>("--json") { Description = "Print a JSON array." };
        var command = new Command("sources", "List the indexed documents with title, source and date.") { json };
        command.SetAction((parse, ct) => VerbRunner.RunAsync(parse.GetValue(corpus), parse.GetValue(index), async (services, token) =>
        {
            var knowledge = services.GetRequiredService<KnowledgeBase>();
            await RebuildDisplay.EnsureCurrentAsync(knowledge.Index, token).ConfigureAwait(false);
            var documents = knowledge.ListDocuments();
            var text = parse.GetValue(json)
                ? JsonOutput.Serialize(documents.Select(DocumentJson.From).ToList())
                : PlainTextRenderer.Sources(documents);
            await Console.Out.WriteLineAsync(text).ConfigureAwait(false);
            return VerbRunner.Ok;
        }, ct));
        return command;
    }
}
