using System.Text.Json.Nodes;
using System.Text;
using Bot.Discord.Rest;

namespace Bot.Testing.Discord;

// The verbatim files under ../shared/protocols (tests that use them are SharedFactAttributes).
internal static class Fixture
{
    public const string Hello = "protocols/discord/gateway_op10_hello.json";
    public const string HeartbeatAck = "protocols/discord/gateway_op11_heartbeat_ack.json";
    public const string Reconnect = "protocols/discord/gateway_op7_reconnect.json";
    public const string InvalidSession = "protocols/discord/gateway_op9_invalid_session.json";
    public const string Envelope = "protocols/discord/gateway_event_envelope_example.json";
    public const string Identify = "protocols/discord/gateway_op2_identify_minimal.json";
    public const string Resume = "protocols/discord/gateway_op6_resume.json";
    public const string GatewayBot = "protocols/discord/rest_get_gateway_bot_response.json";
    public const string SlashCommand = "protocols/discord/interaction_create_slash_command_string_option.json";
    public const string MessageObject = "protocols/discord/message_object_example.json";
    public const string CommandBlep = "protocols/discord/command_slash_blep_create.json";
    public const string CommandAdminOnly = "protocols/discord/command_admin_only_default_member_permissions.json";
    public const string SuppressAll = "protocols/discord/allowed_mentions_suppress_all.json";
    public const string UserRateLimit = "protocols/discord/rest_429_user_rate_limit_response.http";
    public const string GlobalRateLimit = "protocols/discord/rest_429_global_rate_limit_response.http";
    public const string SharedRateLimit = "protocols/discord/rest_429_shared_resource_rate_limit_response.http";
    public const string RateLimitHeaders = "protocols/discord/rest_rate_limit_headers_example.http";
    public const string Signatures = "protocols/derived/discord_interaction_signature_DERIVED.json";
    public const string Rfc8032 = "protocols/rfc8032_vectors.txt";

    public static string Path(string file) =>
        TestPaths.SharedFile(file.Split('/')) ?? throw new InvalidOperationException($"needs ../shared/{file}");

    public static byte[] Bytes(string file) => File.ReadAllBytes(Path(file));

    public static string Text(string file) => File.ReadAllText(Path(file));

    public static JsonNode Json(string file) => JsonNode.Parse(Bytes(file))!;

    // A saved HTTP response (lines "< Header: value", then the JSON body).
    public static (int Status, Dictionary<string, string> Headers, string Body) Http(string file)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var status = 200;
        var body = new StringBuilder();
        foreach (var raw in Text(file).Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            var header = line.StartsWith("< ", StringComparison.Ordinal) ? line[2..] : line;
            if (header.StartsWith("HTTP/", StringComparison.Ordinal))
            {
                status = int.Parse(header.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (body.Length == 0 && !header.StartsWith('{') && header.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon)
            {
                headers[header[..colon].Trim()] = header[(colon + 1)..].Trim();
            }
            else if (line.Length > 0 || body.Length > 0)
            {
                body.Append(line).Append('\n');
            }
        }

        return (status, headers, body.ToString().Trim());
    }
}
