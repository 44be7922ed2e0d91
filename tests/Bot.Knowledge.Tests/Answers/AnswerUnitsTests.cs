using Bot.Knowledge.Answers;
using Bot.Knowledge.Passages;

namespace Bot.Knowledge.Tests.Answers;

public sealed class AnswerUnitsTests
{
    [Fact]
    public void A_sentence_opening_with_a_pronoun_is_quoted_after_the_sentence_it_points_to()
    {
        var units = AnswerUnits.Of("The council met in May. It approved the budget by nine votes to two. Rain fell.", PassageKind.Prose);

        var approved = Assert.Single(units, u => u.Own.StartsWith("It approved", StringComparison.Ordinal));
        Assert.Equal("The council met in May. It approved the budget by nine votes to two.", approved.Shown);
        Assert.Equal("The council met in May.", approved.Context);
        Assert.Equal("Rain fell.", units[^1].Shown);
    }

    [Fact]
    public void A_sentence_followed_by_its_alternative_is_quoted_with_it()
    {
        var units = AnswerUnits.Of("Set the port option to choose a port. Otherwise, it will default to port 3000.", PassageKind.Prose);

        Assert.Equal("Set the port option to choose a port. Otherwise, it will default to port 3000.", units[0].Shown);
    }

    [Fact]
    public void A_short_table_row_is_quoted_whole_and_a_long_one_sentence_by_sentence_under_its_key()
    {
        var longRow = "`timeout` — How long to wait for a reply. " + string.Join(' ', Enumerable.Repeat("This is filler text about waiting.", 8)) + " The default is 30 seconds.";
        var text = "Client options (Option — Description)\n`retries` — How often to retry. Defaults to 3.\n" + longRow;

        var units = AnswerUnits.Of(text, PassageKind.Table);

        Assert.Contains(units, u => u.Shown == "`retries` — How often to retry. Defaults to 3." && u.Context == "Client options (Option — Description)");
        Assert.Contains(units, u => u.Shown == "`timeout` — The default is 30 seconds.");
        Assert.Contains(units, u => u.Shown == "Client options (Option — Description)" && u.IntroducesMore);
    }

    [Fact]
    public void A_list_item_is_quoted_under_its_short_lead_in_and_an_item_with_sub_items_with_them()
    {
        var text = "Setting up the app:\n1. Create the app.\n2. Turn on the gateway:\n   - Open the settings\n   - Toggle Socket Mode on\n3. Install it.";

        var units = AnswerUnits.Of(text, PassageKind.List);

        var gateway = Assert.Single(units, u => u.Own.StartsWith("Turn on the gateway", StringComparison.Ordinal));
        Assert.Equal("Turn on the gateway: Open the settings; Toggle Socket Mode on.", gateway.Shown);
        Assert.Equal("Setting up the app — ", gateway.Lead);
        var toggle = Assert.Single(units, u => u.Own == "Toggle Socket Mode on");
        Assert.Equal("Turn on the gateway — ", toggle.Lead);
        Assert.Contains("Turn on the gateway:", toggle.Context, StringComparison.Ordinal);
    }

    [Fact]
    public void Code_is_one_unit_under_the_last_sentence_of_its_introduction_and_the_rest_is_prose()
    {
        var text = "The worker needs no port. Put this in your Procfile:\nworker: node app.js";

        var units = AnswerUnits.Of(text, PassageKind.Code);

        Assert.Equal(2, units.Count);
        Assert.False(units[0].IsCode);
        Assert.Equal("The worker needs no port.", units[0].Shown);
        Assert.True(units[1].IsCode);
        Assert.Equal("Put this in your Procfile:\nworker: node app.js", units[1].Shown);
        Assert.Equal("worker: node app.js", units[1].CodeText);
    }

    [Fact]
    public void Only_the_shown_lines_of_long_code_count()
    {
        var code = string.Join('\n', Enumerable.Range(1, 20).Select(i => $"line{i}()"));

        var unit = Assert.Single(AnswerUnits.Of(code, PassageKind.Code));

        Assert.DoesNotContain("line9()", unit.Own, StringComparison.Ordinal);
        Assert.EndsWith("line8()\n…", unit.Shown, StringComparison.Ordinal);
    }
}
