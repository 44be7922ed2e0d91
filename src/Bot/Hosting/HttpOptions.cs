using System.ComponentModel.DataAnnotations;

namespace Bot.Hosting;

/// <summary>Configuration section <c>Http</c>: where Slack's HTTP mode, Discord's interactions endpoint and /healthz listen.</summary>
internal sealed class HttpOptions
{
    public const string Section = "Http";

    [Required(AllowEmptyStrings = false)]
    public string Urls { get; set; } = "http://127.0.0.1:5080";
}
