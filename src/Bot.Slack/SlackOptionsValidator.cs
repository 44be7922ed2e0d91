using Microsoft.Extensions.Options;

namespace Bot.Slack;

// One clear line per bad setting, naming the key and what is expected. Token values are never
// echoed: a message may end up in a log.
internal sealed class SlackOptionsValidator : IValidateOptions<SlackOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.BotToken))
        {
            failures.Add("Slack:BotToken is required: the Bot User OAuth Token (xoxb-…) from the app's OAuth & Permissions page.");
        }
        else if (!options.BotToken.StartsWith("xoxb-", StringComparison.Ordinal))
        {
            failures.Add("Slack:BotToken must be a bot token starting with xoxb- (an app-level xapp- token belongs in Slack:AppToken).");
        }

        if (options.UsesSocketMode && !options.AppToken!.StartsWith("xapp-", StringComparison.Ordinal))
        {
            failures.Add("Slack:AppToken must be an app-level token starting with xapp- (Basic Information → App-Level Tokens, scope connections:write).");
        }

        if (!options.UsesSocketMode && !options.UsesHttp)
        {
            failures.Add("Slack needs a way to receive messages: set Slack:AppToken (Socket Mode) or Slack:SigningSecret (HTTP Events API), or both.");
        }

        if (options.AskResponse is not (SlackOptions.Ephemeral or SlackOptions.InChannel))
        {
            failures.Add($"Slack:AskResponse must be '{SlackOptions.Ephemeral}' or '{SlackOptions.InChannel}'.");
        }

        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            failures.Add("Slack:ApiBaseUrl must be an absolute http(s) URL such as https://slack.com/api/.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
