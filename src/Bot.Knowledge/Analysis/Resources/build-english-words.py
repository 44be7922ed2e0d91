#!/usr/bin/env python3
"""Builds src/Bot.Knowledge/Analysis/Resources/english-words.txt from WordNet 3.0 (Debian's wordnet-base):
every single-word lemma and irregular form, lower case, one a line. The bot uses it to tell an
English word ("budget", "deploy") from a name written in lower case ("netlify", "redis").

    apt-get install wordnet-base
    python3 src/Bot.Knowledge/Analysis/Resources/build-english-words.py /usr/share/wordnet > src/Bot.Knowledge/Analysis/Resources/english-words.txt
"""
import os
import re
import sys

WORD = re.compile(r"^[a-z]{2,}$")

# WordNet holds nouns, verbs, adjectives and adverbs only; the closed classes (pronouns, determiners,
# prepositions, conjunctions) are added here so that "has anyone measured …" is plain English.
FUNCTION_WORDS = """
anyone anybody anything someone somebody something everyone everybody everything nobody nothing
whoever whatever whichever whenever wherever however whose whom myself yourself yourselves himself
herself itself ourselves themselves oneself another although whether unless though whereas
within without towards toward upon among amongst beside besides beyond during except versus via
throughout until unto onto into across against along around behind below beneath between above
these those their theirs yours ours mine hers which while where there here whereby wherein
""".split()


def main(folder):
    words = set()
    for pos in ("noun", "verb", "adj", "adv"):
        with open(os.path.join(folder, "index." + pos), encoding="latin-1") as f:
            for line in f:
                if not line.startswith(" "):
                    words.add(line.split()[0])
        with open(os.path.join(folder, pos + ".exc"), encoding="latin-1") as f:
            for line in f:
                words.update(line.split())
    words.update(FUNCTION_WORDS)
    for word in sorted(w for w in words if WORD.match(w)):
        print(word)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")
