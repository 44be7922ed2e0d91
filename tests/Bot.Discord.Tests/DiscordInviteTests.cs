using Bot.Testing;

namespace Bot.Discord.Tests;

public sealed class DiscordInviteTests
{
    [Fact]
    public void The_invite_asks_for_what_answering_needs_including_send_messages_in_threads()
    {
        Assert.Equal(274877991936UL, DiscordInvite.Permissions);
        Assert.NotEqual(0UL, DiscordInvite.Permissions & DiscordInvite.SendMessagesInThreads);
        Assert.EndsWith("&permissions=274877991936", DiscordInvite.Url("775799577604522054"), StringComparison.Ordinal);
    }

    [Fact]
    public void With_answer_in_thread_the_invite_adds_create_public_threads()
    {
        Assert.Equal(309237730304UL, DiscordInvite.PermissionsWithThreads);
        Assert.Equal(DiscordInvite.CreatePublicThreads, DiscordInvite.PermissionsWithThreads & ~DiscordInvite.Permissions);
        Assert.EndsWith("&permissions=309237730304", DiscordInvite.Url("775799577604522054", answerInThread: true), StringComparison.Ordinal);
    }

    [Fact]
    public void The_readme_invite_url_carries_the_same_permissions()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "README.md"));

        foreach (var threads in new[] { false, true })
        {
            Assert.Contains(DiscordInvite.Url("<APPLICATION_ID>", threads).Replace("%3CAPPLICATION_ID%3E", "<APPLICATION_ID>", StringComparison.Ordinal), readme, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("permissions=84992", readme, StringComparison.Ordinal);
    }
}
