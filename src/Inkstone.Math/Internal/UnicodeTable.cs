using System.Collections.Frozen;

namespace Inkstone.Math.Internal;

/// <summary>Classes of symbols typed directly as Unicode (≤, ∑, α), taken from the commands that produce them.</summary>
internal static class UnicodeTable
{
    public static readonly FrozenDictionary<int, Command> Symbols = Build();

    private static FrozenDictionary<int, Command> Build()
    {
        var table = new Dictionary<int, Command>();
        foreach (var (_, command) in CommandTable.Commands)
        {
            if (command.Kind is CommandKind.Symbol or CommandKind.UprightSymbol or CommandKind.BigOperator && command.Text is { Length: > 0 } text
                && (text.Length == 1 || char.IsSurrogatePair(text, 0)))
            {
                table.TryAdd(char.ConvertToUtf32(text, 0), command);
            }
        }
        // ASCII is handled by the parser itself.
        foreach (var ascii in "|/\\{}$%#&_".AsSpan())
        {
            table.Remove(ascii);
        }
        return table.ToFrozenDictionary();
    }
}
