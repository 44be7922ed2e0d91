using System.Runtime.CompilerServices;

// Bot.Tests runs the real executable against this project's loopback Discord (Fakes/).
[assembly: InternalsVisibleTo("Bot.Tests")]
