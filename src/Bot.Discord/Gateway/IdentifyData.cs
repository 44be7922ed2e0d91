namespace Bot.Discord.Gateway;

/// <summary>Op 2's <c>d</c>. <see cref="Shard"/> is <c>[shard_id, num_shards]</c> when sharding is configured.</summary>
internal sealed record IdentifyData(string Token, IdentifyProperties Properties, int Intents, IReadOnlyList<int>? Shard = null)
{
    public override string ToString() => $"IdentifyData {{ Intents = {Intents} }}";
}
