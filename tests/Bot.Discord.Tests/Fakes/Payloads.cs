using System.Text.Json.Nodes;

namespace Bot.Discord.Tests.Fakes;

/// <summary>Requests built from the docs' fixtures, with only what a test needs changed.</summary>
internal static class Payloads
{
    public const string Question = "How much did Turkey pay for the S-400?";

    /// <summary>The docs' /cardsearch interaction turned into /{command} (with the question option for /ask).</summary>
    public static JsonNode Command(string command, string? question = null, string? permissions = null, string token = "A_UNIQUE_TOKEN", string id = "786008729715212338")
    {
        var interaction = Fixture.Json(Fixture.SlashCommand);
        interaction["id"] = id;
        interaction["token"] = token;
        var data = interaction["data"]!;
        data["name"] = command;
        if (question is null)
        {
            data.AsObject().Remove("options");
        }
        else
        {
            data["options"]![0]!["name"] = "question";
            data["options"]![0]!["value"] = question;
        }

        if (permissions is not null)
        {
            interaction["member"]!["permissions"] = permissions;
        }

        return interaction;
    }

    /// <summary>The docs' message object, as a guild message mentioning the bot (or a DM when <paramref name="guildId"/> is null).</summary>
    public static JsonNode Message(string id, string content, string? guildId = "290926798626357999", bool mentionsBot = true, bool fromBot = false)
    {
        var message = Fixture.Json(Fixture.MessageObject);
        message["id"] = id;
        message["content"] = content;
        if (guildId is not null)
        {
            message["guild_id"] = guildId;
        }

        if (mentionsBot)
        {
            message["mentions"] = new JsonArray(new JsonObject { ["id"] = FakeDiscord.BotUserId, ["username"] = "docs-bot", ["bot"] = true });
        }

        if (fromBot)
        {
            message["author"]!["bot"] = true;
        }

        return message;
    }

    /// <summary>All the text of a message body: content, titles, descriptions, field names and values.</summary>
    public static string AllText(JsonNode message)
    {
        var parts = new List<string?> { (string?)message["content"] };
        foreach (var embed in message["embeds"]?.AsArray() ?? [])
        {
            parts.Add((string?)embed!["title"]);
            parts.Add((string?)embed["description"]);
            foreach (var field in embed["fields"]?.AsArray() ?? [])
            {
                parts.Add((string?)field!["name"]);
                parts.Add((string?)field["value"]);
            }
        }

        return string.Join("\n", parts.Where(p => p is not null));
    }

    public static void AssertMentionsSuppressed(JsonNode message)
    {
        var parse = message["allowed_mentions"]?["parse"];
        Assert.NotNull(parse);
        Assert.Empty(parse.AsArray());
    }
}
