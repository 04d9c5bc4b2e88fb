using TextMateSharp.Grammars;
using TextMateSharp.Internal.Types;
using TextMateSharp.Registry;
using TextMateSharp.Themes;

namespace Inkstone.Highlighting.TextMate;

/// <summary>
/// One TextMateSharp registry with the grammars it has loaded. TextMateSharp's registry and grammars change as
/// they compile rules, so a session is used by one thread at a time (<see cref="GrammarSessionPool"/>).
/// </summary>
internal sealed class GrammarSession : IRegistryOptions
{
    private readonly GrammarCatalog _catalog;
    private readonly Registry _registry;
    private readonly Dictionary<string, IGrammar?> _grammars = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public GrammarSession(GrammarCatalog catalog)
    {
        _catalog = catalog;
        _registry = new Registry(this);
    }

    /// <summary>The compiled grammar of <paramref name="scopeName"/> with what it includes, or null when it cannot be loaded.</summary>
    public IGrammar? Grammar(string scopeName)
    {
        if (!_grammars.TryGetValue(scopeName, out var grammar))
        {
            grammar = _registry.LoadGrammar(scopeName);
            _grammars[scopeName] = grammar;
        }

        return grammar;
    }

    /// <summary>True the first time a block of <paramref name="scopeName"/> is highlighted in this session, when its rules still compile as they are met.</summary>
    public bool FirstUse(string scopeName) => _used.Add(scopeName);

    IRawGrammar IRegistryOptions.GetGrammar(string scopeName) => _catalog.Read(scopeName)!;

    ICollection<string> IRegistryOptions.GetInjections(string scopeName) => _catalog.InjectionsInto(scopeName)!;

    IRawTheme IRegistryOptions.GetTheme(string scopeName) => NoTheme.Instance;

    IRawTheme IRegistryOptions.GetDefaultTheme() => NoTheme.Instance;
}
