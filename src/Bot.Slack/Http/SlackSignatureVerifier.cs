using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Bot.Slack.Http;

// Slack request signing (https://api.slack.com/authentication/verifying-requests-from-slack): v0= + hex HMAC-SHA256, keyed with the signing secret as
// UTF-8 text, of v0:{X-Slack-Request-Timestamp}:{raw body}; compared in constant time;
// timestamps more than five minutes from now are replays.
internal sealed class SlackSignatureVerifier(IOptions<SlackOptions> options, TimeProvider time)
{
    public const string SignatureHeader = "X-Slack-Signature";
    public const string TimestampHeader = "X-Slack-Request-Timestamp";
    private const long ReplayWindowSeconds = 5 * 60;

    public SignatureCheck Verify(string? timestamp, string? signature, ReadOnlySpan<byte> body)
    {
        var secret = options.Value.SigningSecret;
        if (string.IsNullOrEmpty(secret))
        {
            return SignatureCheck.NotConfigured;
        }

        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature))
        {
            return SignatureCheck.Missing;
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || !signature.StartsWith("v0=", StringComparison.Ordinal))
        {
            return SignatureCheck.Malformed;
        }

        if (Math.Abs(time.GetUtcNow().ToUnixTimeSeconds() - seconds) > ReplayWindowSeconds)
        {
            return SignatureCheck.Stale;
        }

        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret));
        hmac.AppendData(Encoding.ASCII.GetBytes($"v0:{timestamp}:"));
        hmac.AppendData(body);
        var expected = Encoding.ASCII.GetBytes("v0=" + Convert.ToHexStringLower(hmac.GetHashAndReset()));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.UTF8.GetBytes(signature)) ? SignatureCheck.Valid : SignatureCheck.Mismatch;
    }
}
