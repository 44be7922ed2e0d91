using System.Net;

namespace Bot.Discord.Rest;

// Discord answered a REST call with an error; the message is Discord's own, with its field errors.
public sealed class DiscordApiException : Exception
{
    public DiscordApiException()
    {
    }

    public DiscordApiException(string message)
        : base(message)
    {
    }

    public DiscordApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal DiscordApiException(HttpStatusCode status, int? code, string message)
        : base(message)
    {
        StatusCode = status;
        Code = code;
    }

    public HttpStatusCode StatusCode { get; }

    // Discord's JSON error code (e.g. 50035 Invalid Form Body), when the body had one.
    public int? Code { get; }
}
