using System.Runtime.CompilerServices;

// Bot.Tests runs the real executable against this project's loopback Slack (Fakes/).
[assembly: InternalsVisibleTo("Bot.Tests")]
