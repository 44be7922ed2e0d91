using Bot.Slack.Tests.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Slack.Tests.Connection;

// Configuration, auth.test at start, and the adapter's state for /healthz.
public sealed class StartupTests
{
    [Fact]
    public async Task Rejected_bot_token_stops_the_adapter_with_a_clear_message()
    {
        await using var h = await SlackHarness.StartAsync(prepare: harness =>
        {
            harness.Fake.AuthTest = Payloads.AuthTestError;
            return Task.CompletedTask;
        });

        await h.WaitForStateAsync("stopped");
        using var ack = await h.PostEventAsync(Payloads.DirectMessage(SlackHarness.Question));

        Assert.Equal("stopped: Slack rejected the bot token (invalid_auth)", h.Status.State);
        Assert.Contains(h.Logs.Lines, l => l.StartsWith("Critical", StringComparison.Ordinal) && l.Contains("Slack rejected Slack:BotToken (invalid_auth)", StringComparison.Ordinal));
        Assert.Equal(System.Net.HttpStatusCode.OK, ack.StatusCode);
        Assert.Empty(h.Fake.Calls("apps.connections.open"));
        Assert.Empty(h.Fake.Calls("chat.postMessage"));
    }

    [Fact]
    public async Task Rejected_app_token_stops_socket_mode_with_a_clear_message()
    {
        await using var h = await SlackHarness.StartAsync(http: false, prepare: harness =>
        {
            harness.Fake.Intercept = (method, _) => method == "apps.connections.open" ? new RawResult(200, """{"ok": false, "error": "invalid_auth"}""") : null;
            return Task.CompletedTask;
        });

        await h.WaitForStateAsync("stopped");

        Assert.Equal("stopped: Slack rejected Slack:AppToken", h.Status.State);
        Assert.Single(h.Fake.Calls("apps.connections.open"));
        Assert.Contains(h.Logs.Lines, l => l.StartsWith("Critical", StringComparison.Ordinal) && l.Contains("Slack rejected Slack:AppToken (invalid_auth)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unreachable_slack_is_retried_and_reported_without_crashing()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var h = await SlackHarness.StartAsync(settings: new Dictionary<string, string?> { ["Slack:ApiBaseUrl"] = "http://127.0.0.1:1/api/" }, time: clock);

        // auth.test is tried four times with backoff (0.5, 1, 2 s, each 50–100 %) before the state says so.
        var waited = await VirtualTime.AdvanceUntilAsync(clock, h.WaitForStateAsync("cannot reach Slack; retrying in"), TimeSpan.FromMilliseconds(50), TimeSpan.FromSeconds(60), h.Timeout);

        Assert.True(waited >= TimeSpan.FromSeconds(1.75), $"gave up on auth.test after {waited.TotalSeconds:0.00} s");

        Assert.Contains(h.Logs.Lines, l => l.Contains("Slack auth.test did not succeed (no answer)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Http_only_adapter_reports_ready_once_signed_in()
    {
        await using var h = await SlackHarness.StartAsync(socketMode: false);

        await h.WaitForStateAsync("ready (http");

        Assert.Equal("slack", h.Status.Name);
        Assert.Contains(h.Logs.Lines, l => l.Contains($"Slack: signed in as {Payloads.BotName} ({Payloads.BotUserId}) in workspace {Payloads.TeamName} ({Payloads.TeamId})", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Invalid_configuration_stops_the_host_at_start_naming_the_key()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => SlackHarness.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Slack:BotToken"] = SlackHarness.AppToken,
            ["Slack:AskResponse"] = "everyone",
        }));

        Assert.Contains("Slack:BotToken must be a bot token starting with xoxb-", error.Message);
        Assert.Contains("Slack:AskResponse must be 'ephemeral' or 'in_channel'", error.Message);
        Assert.DoesNotContain(SlackHarness.AppToken, error.Message);
    }

    [Theory]
    [InlineData("xoxb-1", null, "secret", null, null)]
    [InlineData("xoxb-1", "xapp-1", null, "in_channel", null)]
    [InlineData(null, "xapp-1", null, null, "Slack:BotToken is required")]
    [InlineData("xapp-1", "xapp-1", null, null, "Slack:BotToken must be a bot token starting with xoxb-")]
    [InlineData("xoxb-1", "xoxb-1", null, null, "Slack:AppToken must be an app-level token starting with xapp-")]
    [InlineData("xoxb-1", null, null, null, "set Slack:AppToken (Socket Mode) or Slack:SigningSecret (HTTP Events API)")]
    [InlineData("xoxb-1", null, "secret", "public", "Slack:AskResponse must be")]
    public void Options_are_validated_with_one_line_per_problem(string? bot, string? app, string? secret, string? askResponse, string? expected)
    {
        var options = new SlackOptions { BotToken = bot, AppToken = app, SigningSecret = secret, AskResponse = askResponse ?? "ephemeral" };

        var result = new SlackOptionsValidator().Validate(null, options);

        if (expected is null)
        {
            Assert.True(result.Succeeded, result.FailureMessage);
        }
        else
        {
            Assert.Contains(result.Failures!, f => f.Contains(expected, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Api_base_url_must_be_an_absolute_http_url()
    {
        var result = new SlackOptionsValidator().Validate(null, new SlackOptions { BotToken = "xoxb-1", SigningSecret = "s", ApiBaseUrl = "slack.com/api" });

        Assert.Contains(result.Failures!, f => f.StartsWith("Slack:ApiBaseUrl", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("xoxb-1", true)]
    [InlineData("  ", false)]
    [InlineData(null, false)]
    public void Slack_is_configured_when_a_bot_token_is_set(string? token, bool expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Slack:BotToken", token), new("Slack:AppToken", "xapp-1")]).Build();

        Assert.Equal(expected, configuration.IsSlackConfigured());
    }

    [Theory]
    [InlineData("U1,U2 , U3", new[] { "U1", "U2", "U3" })]
    [InlineData("U1", new[] { "U1" })]
    [InlineData("", new string[0])]
    public void Admin_user_ids_come_from_a_comma_separated_string(string value, string[] expected)
    {
        Assert.Equal(expected, Options([new("Slack:AdminUserIds", value)]).AdminUserIds);
    }

    [Fact]
    public void Admin_user_ids_come_from_an_array()
    {
        var options = Options([new("Slack:AdminUserIds:0", "U1"), new("Slack:AdminUserIds:1", "U2")]);

        Assert.Equal(["U1", "U2"], options.AdminUserIds);
        Assert.True(options.IsAdmin("U2"));
        Assert.False(options.IsAdmin("u2"));
        Assert.False(options.IsAdmin(null));
    }

    [Fact]
    public void Defaults_are_ephemeral_answers_and_the_public_api()
    {
        var options = Options([]);

        Assert.Equal("ephemeral", options.AskResponse);
        Assert.False(options.AskInChannel);
        Assert.Equal(new Uri("https://slack.com/api/"), options.ApiBaseUri);
        Assert.Empty(options.AdminUserIds);
    }

    private static SlackOptions Options(KeyValuePair<string, string?>[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new("Slack:BotToken", "xoxb-1"), new("Slack:SigningSecret", "s"), .. settings])
            .Build();
        using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddSlack(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<SlackOptions>>().Value;
    }
}
