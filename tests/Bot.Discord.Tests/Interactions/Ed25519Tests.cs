using System.Text;
using System.Text.Json.Nodes;
using Bot.Discord.Interactions;
using Bot.Discord.Tests.Fakes;
using Microsoft.Extensions.Options;

namespace Bot.Discord.Tests.Interactions;

public sealed class Ed25519Tests
{
    [SharedFact(Fixture.Rfc8032)]
    public void The_rfc8032_test_vectors_verify_and_a_flipped_bit_does_not()
    {
        var vectors = Fixture.Text(Fixture.Rfc8032).Split('\n')
            .Where(l => l.StartsWith("TEST", StringComparison.Ordinal) && l.Contains(" pk=", StringComparison.Ordinal))
            .Select(l => l.Split(' ').Skip(1).Select(kv => kv.Split('=')).ToDictionary(kv => kv[0], kv => Convert.FromHexString(kv[1].Trim())))
            .ToList();
        Assert.Equal(3, vectors.Count);

        foreach (var v in vectors)
        {
            Assert.True(InteractionSignature.Verify(v["pk"], v["msg"], v["sig"]));
            var flipped = v["sig"].ToArray();
            flipped[0] ^= 1;
            Assert.False(InteractionSignature.Verify(v["pk"], v["msg"], flipped));
            Assert.False(InteractionSignature.Verify(v["pk"], [.. v["msg"], 0], v["sig"]));
        }
    }

    [SharedFact(Fixture.Signatures)]
    public void The_derived_interaction_signatures_verify_over_timestamp_and_body()
    {
        var fixture = Fixture.Json(Fixture.Signatures);
        var signature = new InteractionSignature(Options.Create(new DiscordOptions { PublicKey = (string)fixture["application_public_key_hex"]! }), TimeProvider.System);
        foreach (var c in fixture["cases"]!.AsArray())
        {
            var body = c!["body_utf8"] is { } utf8
                ? Encoding.UTF8.GetBytes((string)utf8!)
                : File.ReadAllBytes(Path.Combine(Path.GetDirectoryName(Fixture.Path(Fixture.Signatures))!, (string)c["body_file"]!));
            var timestamp = (string?)c["X-Signature-Timestamp"] ?? (string)fixture["X-Signature-Timestamp"]!;
            var expectValid = ((string)c["expect"]!).StartsWith("valid", StringComparison.Ordinal);
            Assert.Equal(expectValid, signature.Verify((string)c["X-Signature-Ed25519"]!, timestamp, body));
        }
    }

    [Fact]
    public void Our_own_test_signer_and_the_verifier_agree()
    {
        var signature = new InteractionSignature(Options.Create(new DiscordOptions { PublicKey = InteractionSigner.PublicKeyHex }), TimeProvider.System);
        var body = Encoding.UTF8.GetBytes(new JsonObject { ["type"] = 1 }.ToJsonString());
        var hex = InteractionSigner.Sign("123", body);
        Assert.True(signature.Verify(hex, "123", body));
        Assert.True(signature.Verify(hex.ToUpperInvariant(), "123", body));
        Assert.False(signature.Verify(hex, "124", body));
        Assert.False(signature.Verify(hex[..^2], "123", body));
        Assert.False(signature.Verify(null, "123", body));
        Assert.False(new InteractionSignature(Options.Create(new DiscordOptions()), TimeProvider.System).Verify(hex, "123", body));
    }
}
