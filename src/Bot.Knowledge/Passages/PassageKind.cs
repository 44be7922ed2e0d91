namespace Bot.Knowledge.Passages;

// What a passage is made of; answers quote prose as sentences and show code as code.
public enum PassageKind
{
    Prose,
    List,
    Table,
    Code,
}
