using System.ComponentModel.DataAnnotations;

namespace Bot.Hosting;

// Configuration section Http: where Slack's HTTP mode, Discord's interactions endpoint and /healthz listen.
internal sealed class HttpOptions
{
    public const string Section = "Http";

    [Required(AllowEmptyStrings = false)]
    public string Urls { get; set; } = "http://127.0.0.1:5080";
}
