namespace Bot.Slack.WebApi;

// The Web API errors that mean the token itself is wrong, so retrying cannot help and the adapter stops
// with one clear line (the Errors tables of https://docs.slack.dev/reference/methods/auth.test/ and
// https://docs.slack.dev/reference/methods/apps.connections.open/). missing_scope only comes from
// apps.connections.open: an app-level token without connections:write.
internal static class TokenErrors
{
    private static readonly string[] Fatal = ["invalid_auth", "not_authed", "account_inactive", "token_revoked", "token_expired", "not_allowed_token_type", "missing_scope"];

    public static bool IsFatal(string? error) => error is not null && Fatal.Contains(error);
}
