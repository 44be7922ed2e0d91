namespace Bot.Knowledge.Passages;

/// <summary>What a passage is made of; answers quote prose as sentences and show code as code.</summary>
public enum PassageKind
{
    Prose,
    List,
    Table,
    Code,
}
