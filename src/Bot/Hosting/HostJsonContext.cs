using System.Text.Json.Serialization;

namespace Bot.Hosting;

[JsonSerializable(typeof(HealthJson))]
internal sealed partial class HostJsonContext : JsonSerializerContext;
