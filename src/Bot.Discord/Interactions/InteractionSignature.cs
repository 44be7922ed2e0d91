using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;

namespace Bot.Discord.Interactions;

// https://discord.com/developers/docs/interactions/receiving-and-responding: every POST to the interactions endpoint carries X-Signature-Ed25519 (hex) over
// X-Signature-Timestamp + raw body, under the application's public key. Anything that does
// not verify gets 401; Discord sends bad signatures on purpose and removes endpoints that accept them.
// A genuine request whose timestamp is more than five minutes from now is refused too: Discord's docs
// set no window, but a signed request replayed later must not trigger work again, and five minutes is
// Slack's rule for the same scheme (https://api.slack.com/authentication/verifying-requests-from-slack).
internal sealed class InteractionSignature(IOptions<DiscordOptions> options, TimeProvider time)
{
    public const long ReplayWindowSeconds = 5 * 60;
    private const int SignatureSize = 64;
    private readonly Lazy<byte[]?> _publicKey = new(() =>
        options.Value.HasPublicKey ? Convert.FromHexString(options.Value.PublicKey!.Trim()) : null);

    public SignatureCheck Check(string? signatureHex, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(signatureHex) || string.IsNullOrEmpty(timestamp))
        {
            return SignatureCheck.Missing;
        }

        // The signature first: "stale" in the log then always means a genuine Discord request that
        // is old (a replay, or this machine's clock is off), never a forgery.
        if (!Verify(signatureHex, timestamp, body))
        {
            return SignatureCheck.Invalid;
        }

        // A timestamp that is not whole seconds cannot be shown to be recent.
        return long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            && Math.Abs(time.GetUtcNow().ToUnixTimeSeconds() - seconds) <= ReplayWindowSeconds
                ? SignatureCheck.Valid
                : SignatureCheck.Stale;
    }

    // The Ed25519 check alone, whatever the timestamp says: Check is what requests go through.
    public bool Verify(string? signatureHex, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (_publicKey.Value is not { } key || string.IsNullOrEmpty(signatureHex) || string.IsNullOrEmpty(timestamp) || signatureHex.Length != 128)
        {
            return false;
        }

        byte[] signature;
        try
        {
            signature = Convert.FromHexString(signatureHex);
        }
        catch (FormatException)
        {
            return false;
        }

        var stamp = Encoding.UTF8.GetBytes(timestamp);
        var message = new byte[stamp.Length + body.Length];
        stamp.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(stamp.Length));
        return Verify(key, message, signature);
    }

    // Plain Ed25519 (RFC 8032) verification.
    public static bool Verify(byte[] publicKey, byte[] message, byte[] signature)
    {
        if (publicKey.Length != Ed25519PublicKeyParameters.KeySize || signature.Length != SignatureSize)
        {
            return false;
        }

        var signer = new Ed25519Signer();
        signer.Init(false, new Ed25519PublicKeyParameters(publicKey, 0));
        signer.BlockUpdate(message, 0, message.Length);
        return signer.VerifySignature(signature);
    }
}
