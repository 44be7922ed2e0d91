using System.Text.Json.Nodes;
using Bot.Discord.Tests.Fakes;
using Bot.Testing;

namespace Bot.Discord.Tests.Commands;

// Commands go to Discord at start by bulk overwrite (https://discord.com/developers/docs/reference), globally or per configured guild.
public sealed class CommandRegistrationTests
{
    // An application command's fields (https://discord.com/developers/docs/reference): name, type, description, options, default_member_permissions.
    private static readonly string[] CommandFields = ["default_member_permissions", "description", "name", "options", "type"];

    // A command option's fields: name, description, type, required, choices.
    private static readonly string[] OptionFields = ["choices", "description", "name", "required", "type"];

    [Fact]
    public async Task Commands_are_bulk_overwritten_globally_with_reindex_hidden_behind_manage_server()
    {
        using var knowledge = new SeededKnowledge();
        await using var discord = await FakeDiscord.StartAsync();
        await using var host = await BotHost.StartAsync(discord, knowledge);

        var put = await discord.WaitForRequestAsync(r => r.Method == "PUT", "the bulk overwrite");
        Assert.Equal($"/applications/{FakeDiscord.ApplicationId}/commands", put.Path);
        Assert.Equal($"Bot {FakeDiscord.Token}", put.Header("Authorization"));
        var commands = put.Json!.AsArray().Select(c => c!.AsObject()).ToDictionary(c => (string)c["name"]!);
        Assert.Equal(["ask", "help", "reindex", "report", "sources", "status"], commands.Keys.Order());

        var question = Assert.Single(commands["ask"]["options"]!.AsArray())!;
        Assert.Equal((3, "question", true, 500), ((int)question["type"]!, (string?)question["name"], (bool)question["required"]!, (int)question["max_length"]!));
        Assert.Equal("32", (string?)commands["reindex"]["default_member_permissions"]); // a string, as the docs send it
        Assert.Equal("32", (string?)commands["status"]["default_member_permissions"]);
        Assert.Equal("32", (string?)commands["report"]["default_member_permissions"]);
        Assert.Null(commands["ask"]["default_member_permissions"]);

        // Field names as in the docs' command examples (plus contexts and max_length, both documented);
        // Our_command_field_names_are_the_docs_examples holds these lists to the examples.
        var known = CommandFields.Append("contexts").ToHashSet();
        var knownOption = OptionFields.Append("max_length").ToHashSet();
        foreach (var command in commands.Values)
        {
            Assert.Subset(known, command.Select(p => p.Key).ToHashSet());
            Assert.InRange(((string)command["name"]!).Length, 1, 32);
            Assert.InRange(((string)command["description"]!).Length, 1, 100);
            Assert.Equal(1, (int)command["type"]!);
            foreach (var option in command["options"]?.AsArray() ?? [])
            {
                Assert.Subset(knownOption, option!.AsObject().Select(p => p.Key).ToHashSet());
            }
        }
    }

    // Conformance: the field names above are those of the docs' /blep and admin-only command examples.
    [SharedFact(Fixture.CommandBlep, Fixture.CommandAdminOnly)]
    public void Our_command_field_names_are_the_docs_examples()
    {
        var blep = Fixture.Json(Fixture.CommandBlep).AsObject();
        var docs = blep.Select(p => p.Key).Concat(Fixture.Json(Fixture.CommandAdminOnly).AsObject().Select(p => p.Key)).ToHashSet();
        Assert.Equal(CommandFields.Order(), docs.Order());
        Assert.Equal(OptionFields.Order(), blep["options"]![0]!.AsObject().Select(p => p.Key).Order());
    }

    [Fact]
    public async Task With_guild_ids_commands_go_to_each_guild_and_errors_are_logged_not_retried()
    {
        using var knowledge = new SeededKnowledge();
        await using var discord = await FakeDiscord.StartAsync();
        discord.Respond = r => r.Method == "PUT" && r.Path.Contains("/guilds/202/", StringComparison.Ordinal)
            ? new FakeResponse(400, """{"code": 50035, "message": "Invalid Form Body", "errors": {"_errors": [{"code": "APPLICATION_COMMAND_TOO_LARGE", "message": "Command exceeds maximum size (8000)"}]}}""")
            : null;
        await using var host = await BotHost.StartAsync(discord, knowledge, new Dictionary<string, string?> { ["Discord:GuildIds"] = "101, 202" });

        await discord.WaitForRequestAsync(r => r.Path == $"/applications/{FakeDiscord.ApplicationId}/guilds/101/commands", "guild 101");
        await discord.WaitForRequestAsync(r => r.Path == $"/applications/{FakeDiscord.ApplicationId}/guilds/202/commands", "guild 202");
        await Wait.UntilAsync(() => host.Logs.Entries.Any(l => l.Message.Contains("not registered in guild 202", StringComparison.Ordinal)), "the error log");
        Assert.Contains(host.Logs.Entries, l => l.Message.Contains("Registered 6 Discord slash commands in guild 101", StringComparison.Ordinal));
        Assert.Contains(host.Logs.Entries, l => l.Message.Contains("Command exceeds maximum size (8000)", StringComparison.Ordinal));
        Assert.Equal(2, discord.Requests.Count(r => r.Method == "PUT"));
        Assert.DoesNotContain(discord.Requests, r => r.Path == $"/applications/{FakeDiscord.ApplicationId}/commands");
    }
}
