using System.Text.Json.Nodes;
using System.Text;
using Bot.Slack.Http;
using Bot.Slack.Tests.Fakes;
using Microsoft.Extensions.Options;

namespace Bot.Slack.Tests.Signing;

public sealed class SlackSignatureVerifierTests
{
    private static JsonNode Vector => JsonNode.Parse(Fixture.Text("signing", "slack_signature_test_vector.json"))!;

    private static long VectorTime => long.Parse(Vector["X-Slack-Request-Timestamp"]!.ToString(), System.Globalization.CultureInfo.InvariantCulture);

    private static SlackSignatureVerifier Verifier(long now, string? secret = null) =>
        new(Options.Create(new SlackOptions { SigningSecret = secret ?? Vector["signing_secret"]!.ToString() }), new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(now)));

    [SharedFact("protocols/slack")]
    public void Official_vector_verifies_with_the_clock_frozen_at_its_timestamp()
    {
        var body = Fixture.Bytes("signing", "request_body.txt");

        var check = Verifier(VectorTime).Verify(Vector["X-Slack-Request-Timestamp"]!.ToString(), Vector["X-Slack-Signature"]!.ToString(), body);

        Assert.Equal(362, body.Length);
        Assert.Equal(SignatureCheck.Valid, check);
    }

    [SharedFact("protocols/slack")]
    public void Test_sender_signs_the_official_vector_exactly_as_slack_did()
    {
        var signature = SignedSender.Sign(Vector["signing_secret"]!.ToString(), VectorTime, Fixture.Bytes("signing", "request_body.txt"));

        Assert.Equal(Vector["X-Slack-Signature"]!.ToString(), signature);
    }

    [SharedFact("protocols/slack")]
    public void One_changed_body_byte_fails_the_official_signature()
    {
        // https://api.slack.com/authentication/verifying-requests-from-slack: BCDEF → BCDEE gives a different signature.
        var body = Encoding.UTF8.GetBytes(Fixture.Text("signing", "request_body.txt").With("BCDEF", "BCDEE"));

        var check = Verifier(VectorTime).Verify(Vector["X-Slack-Request-Timestamp"]!.ToString(), Vector["X-Slack-Signature"]!.ToString(), body);

        Assert.Equal(SignatureCheck.Mismatch, check);
    }

    [SharedFact("protocols/slack")]
    public void Official_vector_is_a_replay_more_than_five_minutes_after_its_timestamp()
    {
        var body = Fixture.Bytes("signing", "request_body.txt");
        var timestamp = Vector["X-Slack-Request-Timestamp"]!.ToString();
        var signature = Vector["X-Slack-Signature"]!.ToString();

        Assert.Equal(SignatureCheck.Valid, Verifier(VectorTime + 300).Verify(timestamp, signature, body));
        Assert.Equal(SignatureCheck.Stale, Verifier(VectorTime + 301).Verify(timestamp, signature, body));
        Assert.Equal(SignatureCheck.Stale, Verifier(VectorTime - 301).Verify(timestamp, signature, body));
        Assert.Equal(SignatureCheck.Stale, Verifier(DateTimeOffset.UtcNow.ToUnixTimeSeconds()).Verify(timestamp, signature, body));
    }

    [SharedFact("protocols/slack")]
    public void Wrong_secret_fails_the_official_signature()
    {
        var check = Verifier(VectorTime, secret: "8f742231b10e8888abcd99yyyzzz85a6")
            .Verify(Vector["X-Slack-Request-Timestamp"]!.ToString(), Vector["X-Slack-Signature"]!.ToString(), Fixture.Bytes("signing", "request_body.txt"));

        Assert.Equal(SignatureCheck.Mismatch, check);
    }

    [Theory]
    [InlineData(null, "v0=abc", nameof(SignatureCheck.Missing))]
    [InlineData("1531420618", null, nameof(SignatureCheck.Missing))]
    [InlineData("", "", nameof(SignatureCheck.Missing))]
    [InlineData("-1531420618", "v0=abc", nameof(SignatureCheck.Malformed))]
    [InlineData("1531420618", "v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", nameof(SignatureCheck.Malformed))]
    [InlineData("1531420618", "v0=A2114D57B48EAC39B9AD189DD8316235A7B4A8D21A10BD27519666489C69B503", nameof(SignatureCheck.Mismatch))]
    public void Missing_or_malformed_headers_are_rejected(string? timestamp, string? signature, string expected)
    {
        var verifier = new SlackSignatureVerifier(Options.Create(new SlackOptions { SigningSecret = "secret" }), new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1531420618)));

        Assert.Equal(expected, verifier.Verify(timestamp, signature, "body"u8).ToString());
    }

    [Fact]
    public void Nothing_verifies_without_a_signing_secret()
    {
        var verifier = new SlackSignatureVerifier(Options.Create(new SlackOptions()), TimeProvider.System);
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        Assert.Equal(SignatureCheck.NotConfigured, verifier.Verify(now.ToString(System.Globalization.CultureInfo.InvariantCulture), SignedSender.Sign("", now, "body"u8.ToArray()), "body"u8));
    }
}
