using System.CommandLine;
using Bot.Chat.Rendering;
using Bot.Knowledge;
using Bot.Knowledge.Answers;
using Bot.Output;
using Bot.Terminal;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.CommandLine;

// bot ask "QUESTION" [--json] [--top N]; without QUESTION, one question per stdin line, one reply per line.
internal static class AskVerb
{
    public static Command Create(Option<string?> corpus, Option<string?> index)
    {
        var question = new Argument<string?>("question") { Description = "The question. Omit it to read one question per line from stdin.", Arity = ArgumentArity.ZeroOrOne };
        var json = new Option<bool>("--json") { Description = "Print one JSON object per question, one per line." };
        var top = new Option<int?>("--top", "-n")
        {
            Description = "How many citations (default 3, 1-100).",

            // Parsed here rather than by the default converter, which threw (SIGABRT, exit 134) on
            // "--top abc" from inside a validator.
            CustomParser = r =>
            {
                var token = r.Tokens.Count > 0 ? r.Tokens[0].Value : "";
                if (!int.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) || n is < 1 or > KnowledgeOptions.MaxCitations)
                {
                    r.AddError($"--top must be a whole number from 1 to {KnowledgeOptions.MaxCitations}, not '{token}'.");
                    return null;
                }

                return n;
            },
        };
        var command = new Command("ask", "Answer a question from the material, with citations.") { question, json, top };
        command.SetAction((parse, ct) => VerbRunner.RunAsync(parse.GetValue(corpus), parse.GetValue(index), async (services, token) =>
        {
            var knowledge = services.GetRequiredService<KnowledgeBase>();
            await RebuildDisplay.EnsureCurrentAsync(knowledge.Index, token).ConfigureAwait(false);
            var asJson = parse.GetValue(json);
            var citations = parse.GetValue(top);
            if (parse.GetValue(question) is { } single)
            {
                await WriteAsync(await knowledge.AskAsync(single, citations, token).ConfigureAwait(false), asJson).ConfigureAwait(false);
                return VerbRunner.Ok;
            }

            while (await Task.Run(() => InputLines.Read(Console.In), token).ConfigureAwait(false) is { } line)
            {
                await WriteAsync(await knowledge.AskAsync(line, citations, token).ConfigureAwait(false), asJson).ConfigureAwait(false);
            }

            return VerbRunner.Ok;
        }, ct));
        return command;
    }

    private static async Task WriteAsync(Answer answer, bool json)
    {
        var text = json ? JsonOutput.Serialize(AnswerJson.From(answer)) : PlainTextRenderer.Answer(answer) + "\n";
        await Console.Out.WriteLineAsync(text).ConfigureAwait(false);
        await Console.Out.FlushAsync().ConfigureAwait(false);
    }
}
