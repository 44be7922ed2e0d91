namespace Bot.Discord.Messages;

internal sealed record EmbedFooter(string Text);
