using System.Globalization;
using System.Numerics;
using Microsoft.Extensions.Options;

namespace Bot.Discord.Commands;

// Who may run the admin commands. default_member_permissions only hides them in Discord's
// UI (an overwrite can show them to anyone), so every call is checked again on arrival.
internal sealed class AdminPolicy(IOptions<DiscordOptions> options)
{
    // Discord permission bits (topics/permissions): ADMINISTRATOR = 1 << 3, MANAGE_GUILD = 1 << 5.
    public const ulong Administrator = 1UL << 3;
    public const ulong ManageGuild = 1UL << 5;

    public bool IsAdmin(string userId, string? permissions, IReadOnlyList<string>? roles)
    {
        var o = options.Value;
        if (o.AdminUserIds.Contains(userId, StringComparer.Ordinal))
        {
            return true;
        }

        if (roles is not null && roles.Any(r => o.AdminRoleIds.Contains(r, StringComparer.Ordinal)))
        {
            return true;
        }

        // The bitset can outgrow 64 bits as Discord adds permissions; BigInteger keeps parsing honest.
        return permissions is not null
            && BigInteger.TryParse(permissions, NumberStyles.None, CultureInfo.InvariantCulture, out var bits)
            && (bits & (Administrator | ManageGuild)) != BigInteger.Zero;
    }
}
