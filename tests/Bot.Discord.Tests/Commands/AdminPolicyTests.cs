using Bot.Discord.Commands;
using Microsoft.Extensions.Options;

namespace Bot.Discord.Tests.Commands;

public sealed class AdminPolicyTests
{
    private static readonly AdminPolicy Policy = new(Options.Create(new DiscordOptions { AdminUserIds = ["7"], AdminRoleIds = ["99"] }));

    [Theory]
    [InlineData("8", true)] // Administrator
    [InlineData("32", true)] // Manage Server
    [InlineData("2147483647", true)] // the docs' example member
    [InlineData("1024", false)] // View Channel only
    [InlineData("0", false)]
    [InlineData("not a number", false)]
    [InlineData("18014398509481984", false)] // 1 << 54: beyond today's bits, no admin bit
    [InlineData("18014398509481992", true)] // the same plus Administrator
    public void Administrator_or_manage_server_in_member_permissions_makes_an_admin(string permissions, bool admin) =>
        Assert.Equal(admin, Policy.IsAdmin("1", permissions, null));

    [Fact]
    public void Configured_users_and_roles_are_admins_without_permissions()
    {
        Assert.True(Policy.IsAdmin("7", null, null));
        Assert.True(Policy.IsAdmin("1", "0", ["5", "99"]));
        Assert.False(Policy.IsAdmin("1", null, ["5"]));
    }
}
