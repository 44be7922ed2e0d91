using System.CommandLine;
using Bot.CommandLine;

// The table of contents: every verb, its options and the no-verb default (console chat, or the
// chat platforms when configured) live in BotCommandLine. On Ctrl+C or SIGTERM the verb is
// cancelled and given time to finish: the platform host drains answers in progress within its own
// grace period (HostOptions.ShutdownTimeout, 30 s), which System.CommandLine's default of 2 s would
// cut short, exiting 130/143 with those answers lost.
var invocation = new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(35) };
var parsed = BotCommandLine.Build().Parse(args);
if (parsed.Action is System.CommandLine.Invocation.ParseErrorAction errors)
{
    // A mistyped option gets its one error line (exit 1), not the whole help on top of it.
    errors.ShowHelp = false;
}

return await parsed.InvokeAsync(invocation).ConfigureAwait(false);
