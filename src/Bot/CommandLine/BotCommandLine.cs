using System.CommandLine;
using Bot.Hosting;

namespace Bot.CommandLine;

// The verbs. With none, the bot connects to the chat platforms that are configured, or opens the
// console chat when none is.
internal static class BotCommandLine
{
    public static RootCommand Build()
    {
        var corpus = new Option<string?>("--corpus") { Description = "Folder of documents: Markdown, HTML, PDF, DOCX, text (default: seeds/).", Recursive = true };
        var index = new Option<string?>("--index") { Description = "Index folder (default: index/lucene).", Recursive = true };
        var root = new RootCommand("Answers questions about a folder of documents with cited excerpts, in Discord, Slack or this terminal.")
        {
            corpus,
            index,
            AskVerb.Create(corpus, index),
            IndexVerb.Create(corpus, index),
            SourcesVerb.Create(corpus, index),
            ChatVerb.Create(corpus, index),
            ServeVerb.Create(corpus, index),
            EvalVerb.Create(corpus, index),
            ReportVerb.Create(corpus, index),
            LogVerb.Create(corpus, index),
        };
        root.SetAction((parse, ct) =>
        {
            var c = parse.GetValue(corpus);
            var i = parse.GetValue(index);
            return PlatformHost.AnyConfigured(BotConfiguration.Build(c, i))
                ? ServeVerb.RunAsync(c, i, ct)
                : ChatVerb.RunAsync(c, i, ct);
        });
        return root;
    }
}
