using Bot.Slack.Wire;

namespace Bot.Slack.Rendering;

// Collects blocks while the message stays within Slack's block count and total text (https://api.slack.com/reference/block-kit/blocks).
internal sealed class BlockBudget(int maxText, int maxBlocks = BlockKitRenderer.MaxBlocks)
{
    private readonly List<Block> _blocks = [];
    private int _text;

    public IReadOnlyList<Block> Blocks => _blocks;

    // Adds the block unless it would leave less than the reserve for blocks still to come.
    public bool TryAdd(Block block, int reserveBlocks = 0, int reserveText = 0)
    {
        var length = block.TextLength;
        if (_blocks.Count + 1 + reserveBlocks > maxBlocks || _text + length + reserveText > maxText)
        {
            return false;
        }

        _blocks.Add(block);
        _text += length;
        return true;
    }
}
