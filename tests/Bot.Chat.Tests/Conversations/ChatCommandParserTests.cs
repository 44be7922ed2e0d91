using Bot.Chat.Commands;
using Bot.Chat.Conversations;

namespace Bot.Chat.Tests.Conversations;

public sealed class ChatCommandParserTests
{
    private static readonly ChatUser User = new("console", "me", IsAdmin: false);

    [Theory]
    [InlineData("/frob", "/frob")]
    [InlineData("/frob the thing", "/frob")]
    public void An_unknown_slash_command_is_not_taken_for_a_question(string text, string command)
    {
        var request = ChatCommandParser.Parse(User, text);

        Assert.Equal(ChatCommand.Unknown, request.Command);
        Assert.Equal(command, request.Text);
    }

    [Theory]
    [InlineData("/ask How much did Turkey pay?", ChatCommand.Ask)]
    [InlineData("/help", ChatCommand.Help)]
    [InlineData("/sources", ChatCommand.Sources)]
    [InlineData("What is the S-400?", ChatCommand.Ask)]
    [InlineData("/ why not", ChatCommand.Ask)]
    public void Known_commands_and_questions_are_unchanged(string text, ChatCommand expected) =>
        Assert.Equal(expected, ChatCommandParser.Parse(User, text).Command);
}
