using System.Net;
using Bot.Discord.Gateway;
using Bot.Discord.Tests.Fakes;
using Bot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Discord.Tests;

public sealed class DiscordServiceCollectionExtensionsTests
{
    [Theory]
    [InlineData("token", null, true)]
    [InlineData(null, "abcd", true)]
    [InlineData("  ", null, false)]
    [InlineData(null, null, false)]
    public void Discord_is_configured_by_a_token_or_a_public_key(string? token, string? publicKey, bool configured)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Discord:Token"] = token, ["Discord:PublicKey"] = publicKey }).Build();
        Assert.Equal(configured, configuration.IsDiscordConfigured());
    }

    [Theory]
    [InlineData("Discord:ApplicationId", null, "Discord:ApplicationId is required")]
    [InlineData("Discord:ApplicationId", "my-app", "Discord:ApplicationId is required")]
    [InlineData("Discord:PublicKey", "xyz", "Discord:PublicKey must be")]
    [InlineData("Discord:Token", "Bot SECRET-VALUE", "without the \"Bot \" prefix")]
    [InlineData("Discord:ShardId", "1", "must be set together")]
    [InlineData("Discord:ApiBaseUrl", "discord.com", "Discord:ApiBaseUrl must be")]
    [InlineData("Discord:GatewayUrl", "https://gateway", "Discord:GatewayUrl must be")]
    [InlineData("Discord:AdminRoleIds", "123,admins", "Discord:AdminRoleIds must be numeric")]
    public void A_bad_setting_fails_at_start_with_one_line_naming_it(string key, string? value, string expected)
    {
        var settings = Valid();
        settings[key] = value;
        using var services = Build(settings);

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<DiscordOptions>>().Value);

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET-VALUE", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Id_lists_take_an_array_or_one_comma_separated_string()
    {
        var settings = Valid();
        settings["Discord:GuildIds"] = "101, 202;303";
        settings["Discord:AdminUserIds:0"] = "7";
        settings["Discord:AdminUserIds:1"] = "8";
        using var services = Build(settings);

        var options = services.GetRequiredService<IOptions<DiscordOptions>>().Value;

        Assert.Equal(["101", "202", "303"], options.GuildIds);
        Assert.Equal(["7", "8"], options.AdminUserIds);
        Assert.Empty(options.AdminRoleIds);
    }

    [Fact]
    public void The_example_settings_bind_once_token_and_application_id_are_filled_in()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(TestPaths.RepoRoot, "appsettings.example.json"))
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Discord:Token"] = "SECRET-VALUE", ["Discord:ApplicationId"] = "775799577604522054" })
            .Build();
        Assert.True(configuration.IsDiscordConfigured());
        using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddDiscord(configuration).BuildServiceProvider();

        var options = services.GetRequiredService<IOptions<DiscordOptions>>().Value;

        Assert.Empty(options.GuildIds);
        Assert.False(options.HasPublicKey);
        Assert.Equal((0, 1), (options.ShardId, options.ShardCount));
        Assert.Equal("https://discord.com/api/v10", options.ApiBaseUrl);
    }

    [Fact]
    public async Task Without_a_public_key_no_endpoint_is_mapped_and_without_a_token_no_gateway_runs()
    {
        using var knowledge = new SeededKnowledge();
        await using var discord = await FakeDiscord.StartAsync();
        await using (var gatewayOnly = await BotHost.StartAsync(discord, knowledge))
        {
            using var http = new HttpClient();
            Assert.Equal(HttpStatusCode.NotFound, (await http.PostAsync(gatewayOnly.InteractionsUrl, new StringContent("{}"))).StatusCode);
        }

        await using var httpOnly = await BotHost.StartAsync(discord, knowledge, new Dictionary<string, string?> { ["Discord:Token"] = null, ["Discord:PublicKey"] = InteractionSigner.PublicKeyHex });
        Assert.StartsWith("http interactions only", httpOnly.Status.State, StringComparison.Ordinal);
        Assert.Empty(httpOnly.App.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<Bot.Discord.Gateway.GatewayService>());
        Assert.Equal("discord", Assert.Single(httpOnly.App.Services.GetServices<Bot.Chat.Conversations.IAdapterStatus>()).Name);
    }

    private static Dictionary<string, string?> Valid() => new()
    {
        ["Discord:Token"] = "SECRET-VALUE",
        ["Discord:ApplicationId"] = "775799577604522054",
        ["Discord:PublicKey"] = InteractionSigner.PublicKeyHex,
    };

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddDiscord(configuration).BuildServiceProvider();
    }
}
