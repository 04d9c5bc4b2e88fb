namespace Inkstone.Math;

/// <summary>
/// Macro definitions shared by the formulas of one page (or one site). Names are stored without the backslash.
/// Not thread-safe: give each sequence of formulas its own table (see <see cref="Clone"/>).
/// </summary>
public sealed class MathMacroTable
{
    private readonly Dictionary<string, MathMacro> _macros;

    // Names whose last definition in a formula failed: a later use is an error that blames that definition,
    // not "unknown command" (or, for a built-in, silently the old meaning).
    private HashSet<string>? _failed;

    /// <summary>An empty table.</summary>
    public MathMacroTable() => _macros = new Dictionary<string, MathMacro>(StringComparer.Ordinal);

    private MathMacroTable(Dictionary<string, MathMacro> macros, HashSet<string>? failed)
    {
        _macros = macros;
        _failed = failed;
    }

    /// <summary>Builds a table from configuration strings such as <c>{"\\R": "\\mathbb{R}", "\\norm": "\\left\\lVert #1 \\right\\rVert"}</c>; the parameter count is the highest <c>#n</c> in the body.</summary>
    public static MathMacroTable FromDefinitions(IEnumerable<KeyValuePair<string, string>> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        var table = new MathMacroTable();
        foreach (var (name, body) in definitions)
        {
            table.Define(name, body);
        }
        return table;
    }

    /// <summary>Number of macros.</summary>
    public int Count => _macros.Count;

    /// <summary>The macro names, without backslash.</summary>
    public IEnumerable<string> Names => _macros.Keys;

    /// <summary>Defines or replaces a macro. <paramref name="name"/> may start with a backslash; the parameter count is inferred from the body.</summary>
    public void Define(string name, string body) => Define(name, new MathMacro(HighestParameter(body), body));

    /// <summary>Defines or replaces a macro.</summary>
    public void Define(string name, MathMacro macro)
    {
        ArgumentNullException.ThrowIfNull(macro);
        var key = Normalize(name);
        if (key.Length == 0)
        {
            throw new ArgumentException("A macro name needs at least one character after the backslash.", nameof(name));
        }
        _macros[key] = macro;
        _failed?.Remove(key);
    }

    /// <summary>Looks a macro up by name (with or without backslash).</summary>
    public bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out MathMacro? macro) =>
        _macros.TryGetValue(Normalize(name), out macro);

    /// <summary>A copy that can be changed without affecting this table.</summary>
    public MathMacroTable Clone() =>
        new(new Dictionary<string, MathMacro>(_macros, StringComparer.Ordinal), _failed is null ? null : new HashSet<string>(_failed, StringComparer.Ordinal));

    internal bool TryGet(ReadOnlySpan<char> name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out MathMacro? macro) =>
        _macros.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out macro);

    /// <summary>Records that a definition of <paramref name="name"/> failed: the old meaning is gone, and uses are errors.</summary>
    internal void MarkFailed(string name)
    {
        _macros.Remove(name);
        (_failed ??= new HashSet<string>(StringComparer.Ordinal)).Add(name);
    }

    internal bool HasFailed(ReadOnlySpan<char> name) => _failed is not null && _failed.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name);

    /// <summary>The macro whose body (or default argument) <paramref name="source"/> is; only on the error path.</summary>
    internal string? NameOf(string source)
    {
        foreach (var (name, macro) in _macros)
        {
            if (macro.Owns(source))
            {
                return name;
            }
        }
        return null;
    }

    private static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.StartsWith('\\') ? name[1..] : name;
    }

    private static int HighestParameter(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var highest = 0;
        for (var i = 0; i + 1 < body.Length; i++)
        {
            if (body[i] == '#' && body[i + 1] is >= '1' and <= '9')
            {
                highest = System.Math.Max(highest, body[i + 1] - '0');
            }
            else if (body[i] == '#' && body[i + 1] == '#')
            {
                i++;
            }
        }
        return highest;
    }
}
