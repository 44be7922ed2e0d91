using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Chat.Replies;
using Bot.Discord.Rendering;
using Bot.Discord.Tests.Fakes;
using Bot.Discord.Wire;
using Bot.Knowledge.Answers;
using Bot.Testing;

namespace Bot.Discord.Tests.Rendering;

// The 👍/👎 buttons and the click they bring back, held to the docs' verbatim component examples
// (../shared/protocols/discord, FACTS A5). The .jsonc examples carry // comments as published, and the
// click example is not JSON at all (a "...additionalInteractionFields" placeholder), so they are read
// leniently: comments and trailing commas skipped, the placeholder line dropped.
public sealed class ComponentConformanceTests
{
    private const string LegacyButton = "protocols/discord/components_legacy_message_button.json";
    private const string ThreeButtons = "protocols/discord/components_action_row_three_buttons_example.jsonc";
    private const string OneButton = "protocols/discord/components_button_message_example.jsonc";
    private const string V2Buttons = "protocols/discord/components_v2_text_display_and_two_buttons.json";
    private const string ClickData = "protocols/discord/interaction_message_component_button_data_partial.jsonc";

    // The text as strict JSON: read skipping comments and trailing commas, written back without them.
    private static string Lenient(string text) =>
        JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })!.ToJsonString();

    [Fact]
    public void An_answer_with_an_id_gets_one_row_of_two_buttons_and_one_without_gets_none()
    {
        var answer = new Answer("Q?", AnswerStatus.NotCovered, "The material doesn't cover this.", [], []);

        var with = DiscordRenderer.Render(new AnswerReply(answer, "0123456789abcdef01234567"));
        var row = Assert.Single(with.Components!);
        Assert.Equal(ComponentType.ActionRow, row.Type);
        Assert.Equal(["feedback:up:0123456789abcdef01234567", "feedback:down:0123456789abcdef01234567"], row.Components!.Select(b => b.CustomId));
        Assert.All(row.Components!, b => Assert.Equal((ComponentType.Button, ButtonStyle.Secondary), (b.Type, b.Style!.Value)));
        Assert.Null(with.Flags); // a legacy message: content and embeds stay usable beside the row

        Assert.Null(DiscordRenderer.Render(new AnswerReply(answer)).Components);
        Assert.True(FeedbackButtons.TryParse(row.Components![1].CustomId, out var vote, out var id));
        Assert.Equal((Bot.Chat.Questions.Vote.Down, "0123456789abcdef01234567"), (vote, id));
    }

    [SharedFact(LegacyButton)]
    public void Our_buttons_have_the_shape_of_the_docs_legacy_message_button()
    {
        var docs = Fixture.Json(LegacyButton);
        var ours = Ours();

        // A legacy message (no IS_COMPONENTS_V2 flag), like the docs' example: content/embeds beside the rows.
        Assert.Null(docs["flags"]);
        Assert.Null(ours["flags"]);
        var docsButton = docs["components"]![0]!["components"]![0]!.AsObject();
        Assert.Equal((int)docs["components"]![0]!["type"]!, (int)ours["components"]![0]!["type"]!);
        foreach (var button in ours["components"]![0]!["components"]!.AsArray())
        {
            // emoji is documented on buttons (a partial emoji); the example has none.
            Assert.Equal(docsButton.Select(p => p.Key).Append("emoji").Order(StringComparer.Ordinal), button!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
            Assert.Equal((int)docsButton["type"]!, (int)button["type"]!);
            Assert.InRange((int)button["style"]!, 1, 4); // styles that carry a custom_id
            Assert.InRange(((string)button["custom_id"]!).Length, 1, 100);
        }
    }

    // Every action row and button in the docs' examples reads into our wire record and writes back the same.
    [SharedFact(LegacyButton, ThreeButtons, OneButton, V2Buttons)]
    public void The_docs_action_rows_round_trip_through_our_component_record()
    {
        foreach (var file in new[] { LegacyButton, ThreeButtons, OneButton, V2Buttons })
        {
            using var document = JsonDocument.Parse(Lenient(File.ReadAllText(Fixture.Path(file))));
            var rows = document.RootElement.GetProperty("components").EnumerateArray().Where(c => c.GetProperty("type").GetInt32() == ComponentType.ActionRow).ToList();
            Assert.NotEmpty(rows);
            foreach (var row in rows)
            {
                var component = row.Deserialize(DiscordJsonContext.Default.Component)!;
                var buttons = component.Components!.Where(b => b.CustomId is not null).ToList();
                Assert.All(buttons, b => Assert.Equal(ComponentType.Button, b.Type));
                foreach (var (ours, docs) in component.Components!.Zip(row.GetProperty("components").EnumerateArray()))
                {
                    var written = JsonNode.Parse(JsonSerializer.Serialize(ours, DiscordJsonContext.Default.Component))!.AsObject();
                    var expected = JsonNode.Parse(docs.GetRawText())!.AsObject();
                    expected.Remove("url"); // link buttons (style 5) send no interaction; the bot never makes one
                    Assert.True(JsonNode.DeepEquals(expected, written), $"{file}: {written.ToJsonString()} is not the docs' {expected.ToJsonString()}");
                }
            }
        }
    }

    // The docs' click data (component_type 2, a numeric id, custom_id "click_me") verbatim inside our
    // interaction, signed and posted: it parses, and as not one of ours it is answered privately and nothing is recorded.
    [SharedFact(ClickData)]
    public async Task The_docs_click_data_is_read_and_an_unknown_button_is_answered_privately()
    {
        var lines = File.ReadAllLines(Fixture.Path(ClickData)).Where(l => !l.TrimStart().StartsWith("...", StringComparison.Ordinal));
        using var document = JsonDocument.Parse(Lenient(string.Join('\n', lines)));
        var docsData = JsonNode.Parse(document.RootElement.GetProperty("data").GetRawText())!;
        Assert.Equal(3, document.RootElement.GetProperty("type").GetInt32());

        var click = Payloads.Click("feedback:up:0123456789abcdef01234567", "786008729715212901");
        var ourData = click["data"]!.AsObject();
        Assert.Equal(docsData.AsObject().Select(p => (p.Key, p.Value!.GetValueKind())).OrderBy(p => p.Key, StringComparer.Ordinal), ourData.Select(p => (p.Key, p.Value!.GetValueKind())).OrderBy(p => p.Key, StringComparer.Ordinal));
        click["data"] = docsData.DeepClone();

        using var knowledge = new SeededKnowledge();
        await using var discord = await FakeDiscord.StartAsync();
        await using var host = await BotHost.StartAsync(discord, knowledge, new Dictionary<string, string?>
        {
            ["Discord:Token"] = null,
            ["Discord:GatewayUrl"] = null,
            ["Discord:PublicKey"] = InteractionSigner.PublicKeyHex,
        });
        using var http = new HttpClient();
        using var response = await http.SendAsync(InteractionSigner.Signed(host.InteractionsUrl, Encoding.UTF8.GetBytes(click.ToJsonString())));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal((4, 64), ((int)json["type"]!, (int)json["data"]!["flags"]!));
        Assert.Contains("don't know that button", (string?)json["data"]!["content"], StringComparison.Ordinal);
        Assert.Contains(host.Logs.Entries, e => e.Message.Contains("unknown button click_me", StringComparison.Ordinal));
    }

    private static JsonNode Ours() =>
        JsonNode.Parse(JsonSerializer.Serialize(
            DiscordRenderer.Render(new AnswerReply(new Answer("Q?", AnswerStatus.NotCovered, "Not covered.", [], []), "0123456789abcdef01234567")),
            DiscordJsonContext.Default.MessagePayload))!;
}
