using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;

namespace Bot.Knowledge.Analysis;

// English irregular verb forms → base form, applied before stemming on both sides (index and
// question), because Porter cannot relate "said" to "say" or "paid" to "pay" and questions are
// asked in the present ("What did X say?") about text written in the past ("X said").
// A general table of the language, not of any corpus.
internal static class IrregularVerbs
{
    private static readonly Dictionary<string, string> Forms = Build(
        "say:said,says", "pay:paid", "buy:bought", "sell:sold", "tell:told", "make:made", "take:took,taken", "give:gave,given",
        "go:went,gone", "come:came", "get:got,gotten", "know:knew,known", "think:thought", "bring:brought", "begin:began,begun",
        "hold:held", "keep:kept", "leave:left", "lead:led", "meet:met", "run:ran", "see:saw,seen", "send:sent", "spend:spent",
        "stand:stood", "win:won", "write:wrote,written", "feel:felt", "find:found", "build:built", "fight:fought", "mean:meant",
        "lose:lost", "strike:struck,stricken", "speak:spoke,spoken", "choose:chose,chosen", "draw:drew,drawn", "grow:grew,grown",
        "rise:rose,risen", "shoot:shot", "seek:sought", "teach:taught", "catch:caught", "understand:understood",
        "withdraw:withdrew,withdrawn", "fly:flew,flown", "drive:drove,driven", "break:broke,broken", "forbid:forbade,forbidden",
        "freeze:froze,frozen", "hide:hid,hidden", "ride:rode,ridden", "steal:stole,stolen", "wear:wore,worn", "swear:swore,sworn",
        "tear:tore,torn", "undertake:undertook,undertaken", "overtake:overtook,overtaken", "fall:fell,fallen", "eat:ate,eaten",
        "sing:sang,sung", "sink:sank,sunk", "drink:drank,drunk", "swim:swam,swum", "bear:bore,borne", "arise:arose,arisen",
        "bind:bound", "dig:dug", "feed:fed", "flee:fled", "hang:hung", "lay:laid", "lend:lent", "light:lit", "sleep:slept",
        "slide:slid", "spin:spun", "stick:stuck", "sting:stung", "swing:swung", "weep:wept", "wind:wound", "deal:dealt",
        "mislead:misled", "oversee:oversaw,overseen", "foresee:foresaw,foreseen", "forgive:forgave,forgiven", "forget:forgot,forgotten");

    // Each irregular form → the Porter stem of its base form, for StemmerOverrideFilter.
    public static StemmerOverrideFilter.StemmerOverrideMap Overrides { get; } = BuildOverrides();

    private static StemmerOverrideFilter.StemmerOverrideMap BuildOverrides()
    {
        var builder = new StemmerOverrideFilter.Builder(ignoreCase: false);
        using var porter = Analyzer.NewAnonymous((_, reader) =>
        {
            var source = new KeywordTokenizer(reader);
            return new TokenStreamComponents(source, new PorterStemFilter(source));
        });
        foreach (var (form, baseForm) in Forms)
        {
            using var stream = porter.GetTokenStream("", baseForm);
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            stream.IncrementToken();
            builder.Add(form, term.ToString());
            stream.End();
        }

        return builder.Build();
    }

    private static Dictionary<string, string> Build(params string[] entries)
    {
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var (baseForm, rest) = (entry[..entry.IndexOf(':', StringComparison.Ordinal)], entry[(entry.IndexOf(':', StringComparison.Ordinal) + 1)..]);
            foreach (var form in rest.Split(','))
            {
                forms[form] = baseForm;
            }
        }

        return forms;
    }
}
