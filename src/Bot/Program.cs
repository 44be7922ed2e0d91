using Bot.CommandLine;

// The table of contents: every verb, its options and the no-verb default (console chat, or the
// chat platforms when configured) live in BotCommandLine.
return await BotCommandLine.Build().Parse(args).InvokeAsync().ConfigureAwait(false);
