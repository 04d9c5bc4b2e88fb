using System.Globalization;
using System.Text;

namespace Inkstone.SocialCards;

/// <summary>
/// Where a card's drawer put each piece of text, and at what size: what the golden tests compare, since the pixels
/// depend on the machine's fonts and the layout's decisions (lines, sizes, cuts) are what a change should show.
/// </summary>
internal sealed record CardLayout(int Width, int Height, IReadOnlyList<CardBlock> Blocks)
{
    public override string ToString()
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"card {Width}x{Height}\n");
        foreach (var block in Blocks)
        {
            text.Append(CultureInfo.InvariantCulture, $"{block.Role} at {block.X},{block.Y} size {block.FontSize}px, {block.Lines} line(s){(block.Cut ? ", cut" : "")}: {block.Text}\n");
        }

        return text.ToString();
    }
}

/// <summary>One piece of a card's text: what it is, where its top left is, its font size, how many lines it took and whether it was cut to fit.</summary>
internal sealed record CardBlock(string Role, int X, int Y, int FontSize, int Lines, bool Cut, string Text);
