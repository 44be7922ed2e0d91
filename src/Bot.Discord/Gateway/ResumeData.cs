namespace Bot.Discord.Gateway;

/// <summary>Op 6's <c>d</c>: <c>{token, session_id, seq}</c>.</summary>
internal sealed record ResumeData(string Token, string SessionId, long Seq)
{
    public override string ToString() => $"ResumeData {{ Seq = {Seq} }}";
}
