using System.Net;
using System.Text.Json.Nodes;
using Bot.Slack.Tests.Fakes;

namespace Bot.Slack.Tests.Commands;

// POST /slack/commands with Slack's real form encoding: /ask and /ask-admin, answered via response_url.
public sealed class CommandsEndpointTests
{
    [Fact]
    public async Task Ask_is_acknowledged_first_then_answered_privately_via_response_url()
    {
        await using var h = await SlackHarness.StartAsync(socketMode: false);
        var release = new TaskCompletionSource();
        h.Fake.ResponseUrlGate = release.Task;

        // The fake holds the answer until the acknowledgement is in: a bot that answered before
        // acknowledging would never get here (and the test would time out).
        using var ack = await h.PostCommandAsync(Payloads.Command("/ask", SlackHarness.Question));
        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        Assert.Equal("", await ack.Content.ReadAsStringAsync(h.Timeout));
        release.SetResult();

        var answer = await h.Fake.WaitForAsync("response_url", h.Timeout);
        Assert.Equal(("hooks.slack.com", Payloads.CommandResponsePath), (answer.Host, answer.Path));
        Assert.Equal("ephemeral", answer["response_type"]);
        Assert.Equal("You asked: " + SlackHarness.Question, answer.Json["blocks"]![0]!["elements"]![0]!["text"]!.ToString());
        Assert.Contains("$2.5 billion", answer.BlockText(1));
        Assert.StartsWith("Q: " + SlackHarness.Question, answer["text"]);
        Assert.Null(answer.Authorization);
    }

    [Fact]
    public async Task Ask_goes_to_the_channel_when_configured_and_says_who_asked()
    {
        await using var h = await SlackHarness.StartAsync(socketMode: false, settings: new Dictionary<string, string?> { ["Slack:AskResponse"] = "in_channel" });

        using var ack = await h.PostCommandAsync(Payloads.Command("/ask", SlackHarness.Question));

        var answer = await h.Fake.WaitForAsync("response_url", h.Timeout);
        Assert.Equal("in_channel", answer["response_type"]);
        Assert.Equal($"<@{Payloads.CommandUserId}> asked: {SlackHarness.Question}", answer.Json["blocks"]![0]!["elements"]![0]!["text"]!.ToString());
        Assert.Contains("$2.5 billion", answer.AllText);
    }

    [Fact]
    public async Task Ask_without_text_gets_a_short_usage_message()
    {
        await using var h = await SlackHarness.StartAsync(socketMode: false, settings: new Dictionary<string, string?> { ["Slack:AskResponse"] = "in_channel" });

        using var ack = await h.PostCommandAsync(Payloads.Command("/ask", "   "));

        var answer = await h.Fake.WaitForAsync("response_url", h.Timeout);
        Assert.Equal("ephemeral", answer["response_type"]);
        Assert.Contains("/ask How much did Turkey pay for the S-400?", answer["text"]);
    }

    [Fact]
    public async Task Non_admin_reindex_is_refused_logged_and_leaves_the_index_untouched()
    {
        await using var h = await SlackHarness.StartAsync(socketMode: false, settings: new Dictionary<string, string?> { ["Slack:AdminUserIds"] = "U0ADMIN01" });
        var before = h.Knowledge.Index.GetStatus().Info!.BuiltAt;
        var written = File.GetLastWriteTimeUtc(Path.Combine(h.Knowledge.Index.IndexPath, "current"));

        using var ack = await h.PostCommandAsync(Payloads.Command("/ask-admin", "reindex"));

        var answer = await h.Fake.WaitForAsync("response_url", h.Timeout);
        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        Assert.Equal("ephemeral", answer["response_type"]);
        Assert.Contains("only admins can use reindex", answer["text"]);
        Assert.True(h.Logs.Contains("Refused Reindex from non-admin slack user " + Payloads.CommandUserId));
        Assert.Equal(before, h.Knowledge.Index.GetStatus().Info!.BuiltAt);
        Assert.Equal(written, File.GetLastWriteTimeUtc(Path.Combine(h.Knowledge.Index.IndexPath, "current")));
    }

    [Fact]
    public async Task Admin_reindex_rebuilds_through_the_rebuild_service_and_reports_counts()
    {
        // A comma-separated string, as in an environment variable.
        await using var h = await SlackHarness.StartAsync(socketMode: false, settings: new Dictionary<string, string?> { ["Slack:AdminUserIds"] = "U0ADMIN01, " + Payloads.CommandUserId });
        var before = h.Knowledge.Index.GetStatus().Info!;

        using var ack = await h.PostCommandAsync(Payloads.Command("/ask-admin", "reindex"));

        var answer = await h.Fake.WaitForAsync("response_url", h.Timeout);
        var after = h.Knowledge.Index.GetStatus().Info!;
        Assert.Equal("ephemeral", answer["response_type"]);
        Assert.Contains($"Index rebuilt: {after.Documents} documents, {after.Passages} passages in ", answer["text"]);
        Assert.Equal(Directory.GetFiles(h.Knowledge.CorpusPath).Length, after.Documents);
        Assert.True(after.BuiltAt > before.BuiltAt, "the index file was rebuilt");
    }

    [Fact]
    public async Task Admin_reindex_while_a_rebuild_runs_says_so_and_changes_nothing()
    {
        await using var h = await SlackHarness.StartAsync(socketMode: false, settings: new Dictionary<string, string?> { ["Slack:AdminUserIds"] = Payloads.CommandUserId });
        var before = h.Knowledge.Index.GetStatus().Info!.BuiltAt;

        // The rebuild service's cross-process lock, held as another rebuilding process would hold it.
        await using (new FileStream(Path.Combine(h.Knowledge.Index.IndexPath, "rebuild.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            using var ack = await h.PostCommandAsync(Payloads.Command("/ask-admin", "reindex"));
            var answer = await h.Fake.WaitForAsync("response_url", h.Timeout);
            Assert.Contains("A rebuild is already running", answer["text"]);
        }

        Assert.Equal(before, h.Knowledge.Index.GetStatus().Info!.BuiltAt);
    }

    [Fact]
    public async Task Admin_status_reports_the_index()
    {
        await using var h = await SlackHarness.StartAsync(socketMode: false, settings: new Dictionary<string, string?> { ["Slack:AdminUserIds:0"] = Payloads.CommandUserId });
        var info = h.Knowledge.Index.GetStatus().Info!;

        using var ack = await h.PostCommandAsync(Payloads.Command("/ask-admin", "status"));

        var answer = await h.Fake.WaitForAsync("response_url", h.Timeout);
        Assert.Contains($"Index: current — {info.Documents} documents, {info.Passages} passages", answer["text"]);
    }

    [Fact]
    public async Task Admin_report_comes_from_the_command_table_privately_as_text()
    {
        await using var h = await SlackHarness.StartAsync(socketMode: false, settings: new Dictionary<string, string?> { ["Slack:AdminUserIds"] = Payloads.CommandUserId });

        using var ack = await h.PostCommandAsync(Payloads.Command("/ask-admin", "report"));

        var answer = await h.Fake.WaitForAsync("response_url", h.Timeout);
        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        Assert.Equal("ephemeral", answer["response_type"]);
        Assert.Contains("Questions since", answer["text"]);
        Assert.Contains("Documents never cited", answer["text"]);
    }

    [Fact]
    public async Task Unknown_admin_subcommand_gets_the_admin_usage()
    {
        await using var h = await SlackHarness.StartAsync(socketMode: false, settings: new Dictionary<string, string?> { ["Slack:AdminUserIds"] = Payloads.CommandUserId });

        using var ack = await h.PostCommandAsync(Payloads.Command("/ask-admin", "drop everything"));

        var answer = await h.Fake.WaitForAsync("response_url", h.Timeout);
        Assert.Contains("/ask-admin reindex", answer["text"]);
    }

    [SharedFact("protocols/slack")]
    public async Task Official_signed_request_is_accepted_with_the_clock_frozen_at_its_timestamp_and_a_tampered_copy_is_not()
    {
        var vector = JsonNode.Parse(Fixture.Text("signing", "slack_signature_test_vector.json"))!;
        var timestamp = long.Parse(vector["X-Slack-Request-Timestamp"]!.ToString(), System.Globalization.CultureInfo.InvariantCulture);
        await using var h = await SlackHarness.StartAsync(
            socketMode: false,
            settings: new Dictionary<string, string?> { ["Slack:SigningSecret"] = vector["signing_secret"]!.ToString() },
            time: new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(timestamp)));
        var body = Fixture.Bytes("signing", "request_body.txt");
        var tampered = System.Text.Encoding.UTF8.GetBytes(Fixture.Text("signing", "request_body.txt").With("BCDEF", "BCDEE"));

        using var rejected = await h.PostRawCommandAsync(tampered, timestamp, vector["X-Slack-Signature"]!.ToString());
        using var accepted = await h.PostRawCommandAsync(body, timestamp, vector["X-Slack-Signature"]!.ToString());

        Assert.Equal(HttpStatusCode.Unauthorized, rejected.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);

        // /webhook-collect with empty text is taken as /ask without a question: the usage goes to its response_url.
        var answer = await h.Fake.WaitForAsync("response_url", h.Timeout);
        Assert.Equal(("hooks.slack.com", Payloads.CommandResponsePath), (answer.Host, answer.Path));
        Assert.Contains("/ask How much did Turkey pay", answer["text"]);
        Assert.Single(h.Fake.Calls("response_url"));
    }

    [Fact]
    public async Task Ssl_check_is_acknowledged_and_does_nothing()
    {
        await using var h = await SlackHarness.StartAsync(socketMode: false);

        using var signed = await h.PostCommandAsync("ssl_check=1&token=gIkuvaNzQIHg97ATvDxqgjtO");
        using var unsigned = await h.PostCommandAsync("ssl_check=1&token=gIkuvaNzQIHg97ATvDxqgjtO", signature: "");
        using var genuine = await h.PostCommandAsync(Payloads.Command("/ask", "sources"));
        var sources = await h.Fake.WaitForAsync("response_url", h.Timeout);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (signed.StatusCode, unsigned.StatusCode));
        Assert.Contains("documents in the index", sources["text"]);
        Assert.Single(h.Fake.Calls("response_url"));
    }
}
