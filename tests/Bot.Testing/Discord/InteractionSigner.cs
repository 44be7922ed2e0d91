using System.Globalization;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;

namespace Bot.Testing.Discord;

// Signs like Discord does (timestamp + body, Ed25519), with the RFC 8032 TEST 1 key the derived fixture uses.
internal static class InteractionSigner
{
    public const string SeedHex = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
    public const string PublicKeyHex = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";

    public static string Sign(string timestamp, byte[] body)
    {
        var signer = new Ed25519Signer();
        signer.Init(true, new Ed25519PrivateKeyParameters(Convert.FromHexString(SeedHex), 0));
        var message = Encoding.UTF8.GetBytes(timestamp).Concat(body).ToArray();
        signer.BlockUpdate(message, 0, message.Length);
        return Convert.ToHexStringLower(signer.GenerateSignature());
    }

    public static HttpRequestMessage Request(string url, byte[] body, string timestamp, string signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.TryAddWithoutValidation("X-Signature-Ed25519", signature);
        request.Headers.TryAddWithoutValidation("X-Signature-Timestamp", timestamp);
        return request;
    }

    // A bot clock stopped at timestamp (Unix seconds), so requests signed then are fresh.
    public static FakeTimeProvider ClockAt(string timestamp) =>
        new(DateTimeOffset.FromUnixTimeSeconds(long.Parse(timestamp, CultureInfo.InvariantCulture)));

    // timestamp: null: now, as Discord would sign it (the bot refuses timestamps over 5 minutes off).
    public static HttpRequestMessage Signed(string url, byte[] body, string? timestamp = null)
    {
        timestamp ??= DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return Request(url, body, timestamp, Sign(timestamp, body));
    }
}
