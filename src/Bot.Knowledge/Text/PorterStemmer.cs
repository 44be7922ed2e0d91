namespace Bot.Knowledge.Text;

/// <summary>
/// The Porter (1980) stemmer (the algorithm of SQLite FTS5's "porter" tokenizer). Our stems are
/// what FTS5 indexes and what the reranker compares, so both stages agree on what a term is.
/// https://tartarus.org/martin/PorterStemmer/def.txt
/// </summary>
public static class PorterStemmer
{
    public static string Stem(string word)
    {
        if (word.Length <= 2 || !word.All(char.IsAsciiLetterLower))
        {
            return word;
        }

        var w = new Word(word);
        w.Step1Ab();
        if (w.End > 0)
        {
            w.Step1C();
            w.Step2();
            w.Step3();
            w.Step4();
            w.Step5();
        }

        return w.ToString();
    }

    private sealed class Word(string s)
    {
        private readonly char[] _b = s.ToCharArray();
        private int _k = s.Length - 1; // last index of the word
        private int _j;                // end of the stem when a suffix matched

        public int End => _k;

        public override string ToString() => new(_b, 0, _k + 1);

        private bool Cons(int i) => _b[i] switch
        {
            'a' or 'e' or 'i' or 'o' or 'u' => false,
            'y' => i == 0 || !Cons(i - 1),
            _ => true,
        };

        // m() measures the number of consonant sequences between 0 and j.
        private int M()
        {
            int n = 0, i = 0;
            while (true)
            {
                if (i > _j) return n;
                if (!Cons(i)) break;
                i++;
            }

            i++;
            while (true)
            {
                while (true)
                {
                    if (i > _j) return n;
                    if (Cons(i)) break;
                    i++;
                }

                i++;
                n++;
                while (true)
                {
                    if (i > _j) return n;
                    if (!Cons(i)) break;
                    i++;
                }

                i++;
            }
        }

        private bool VowelInStem()
        {
            for (var i = 0; i <= _j; i++)
            {
                if (!Cons(i)) return true;
            }

            return false;
        }

        private bool DoubleC(int j) => j >= 1 && _b[j] == _b[j - 1] && Cons(j);

        private bool Cvc(int i)
        {
            if (i < 2 || !Cons(i) || Cons(i - 1) || !Cons(i - 2)) return false;
            return _b[i] is not ('w' or 'x' or 'y');
        }

        private bool Ends(string suffix)
        {
            var length = suffix.Length;
            if (length > _k + 1) return false;
            for (var i = 0; i < length; i++)
            {
                if (_b[_k - length + 1 + i] != suffix[i]) return false;
            }

            _j = _k - length;
            return true;
        }

        private void SetTo(string s)
        {
            for (var i = 0; i < s.Length; i++)
            {
                _b[_j + 1 + i] = s[i];
            }

            _k = _j + s.Length;
        }

        private void R(string s)
        {
            if (M() > 0) SetTo(s);
        }

        public void Step1Ab()
        {
            if (_b[_k] == 's')
            {
                if (Ends("sses")) _k -= 2;
                else if (Ends("ies")) SetTo("i");
                else if (_b[_k - 1] != 's') _k--;
            }

            if (Ends("eed"))
            {
                if (M() > 0) _k--;
            }
            else if ((Ends("ed") || Ends("ing")) && VowelInStem())
            {
                _k = _j;
                if (Ends("at")) SetTo("ate");
                else if (Ends("bl")) SetTo("ble");
                else if (Ends("iz")) SetTo("ize");
                else if (DoubleC(_k))
                {
                    _k--;
                    if (_b[_k] is 'l' or 's' or 'z') _k++;
                }
                else if (M() == 1 && Cvc(_k))
                {
                    _j = _k;
                    SetTo("e");
                }
            }
        }

        public void Step1C()
        {
            if (Ends("y") && VowelInStem()) _b[_k] = 'i';
        }

        public void Step2()
        {
            if (_k < 1) return;
            switch (_b[_k - 1])
            {
                case 'a':
                    if (Ends("ational")) { R("ate"); break; }
                    if (Ends("tional")) { R("tion"); }
                    break;
                case 'c':
                    if (Ends("enci")) { R("ence"); break; }
                    if (Ends("anci")) { R("ance"); }
                    break;
                case 'e':
                    if (Ends("izer")) { R("ize"); }
                    break;
                case 'l':
                    if (Ends("bli")) { R("ble"); break; }
                    if (Ends("alli")) { R("al"); break; }
                    if (Ends("entli")) { R("ent"); break; }
                    if (Ends("eli")) { R("e"); break; }
                    if (Ends("ousli")) { R("ous"); }
                    break;
                case 'o':
                    if (Ends("ization")) { R("ize"); break; }
                    if (Ends("ation")) { R("ate"); break; }
                    if (Ends("ator")) { R("ate"); }
                    break;
                case 's':
                    if (Ends("alism")) { R("al"); break; }
                    if (Ends("iveness")) { R("ive"); break; }
                    if (Ends("fulness")) { R("ful"); break; }
                    if (Ends("ousness")) { R("ous"); }
                    break;
                case 't':
                    if (Ends("aliti")) { R("al"); break; }
                    if (Ends("iviti")) { R("ive"); break; }
                    if (Ends("biliti")) { R("ble"); }
                    break;
                case 'g':
                    if (Ends("logi")) { R("log"); }
                    break;
            }
        }

        public void Step3()
        {
            switch (_b[_k])
            {
                case 'e':
                    if (Ends("icate")) { R("ic"); break; }
                    if (Ends("ative")) { R(""); break; }
                    if (Ends("alize")) { R("al"); }
                    break;
                case 'i':
                    if (Ends("iciti")) { R("ic"); }
                    break;
                case 'l':
                    if (Ends("ical")) { R("ic"); break; }
                    if (Ends("ful")) { R(""); }
                    break;
                case 's':
                    if (Ends("ness")) { R(""); }
                    break;
            }
        }

        public void Step4()
        {
            if (_k < 1) return;
            var matched = _b[_k - 1] switch
            {
                'a' => Ends("al"),
                'c' => Ends("ance") || Ends("ence"),
                'e' => Ends("er"),
                'i' => Ends("ic"),
                'l' => Ends("able") || Ends("ible"),
                'n' => Ends("ant") || Ends("ement") || Ends("ment") || Ends("ent"),
                'o' => (Ends("ion") && _j >= 0 && _b[_j] is 's' or 't') || Ends("ou"),
                's' => Ends("ism"),
                't' => Ends("ate") || Ends("iti"),
                'u' => Ends("ous"),
                'v' => Ends("ive"),
                'z' => Ends("ize"),
                _ => false,
            };
            if (matched && M() > 1) _k = _j;
        }

        public void Step5()
        {
            _j = _k;
            if (_b[_k] == 'e')
            {
                var a = M();
                if (a > 1 || (a == 1 && !Cvc(_k - 1))) _k--;
            }

            if (_b[_k] == 'l' && DoubleC(_k) && M() > 1) _k--;
        }
    }
}
