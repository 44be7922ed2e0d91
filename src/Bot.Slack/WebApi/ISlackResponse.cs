namespace Bot.Slack.WebApi;

/// <summary>Every Web API answer: <c>{"ok": true, …}</c> or <c>{"ok": false, "error": "code"}</c> (FACTS B5).</summary>
internal interface ISlackResponse
{
    bool Ok { get; }

    string? Error { get; }
}
