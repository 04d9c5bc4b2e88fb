namespace Inkstone.Highlighting.Lexers;

/// <summary>What distinguishes one C-like language from another for <see cref="CFamilyLexer"/>: word sets and a few switches.</summary>
internal sealed class CFamilySyntax
{
    public required WordSet Keywords { get; init; }

    public WordSet Types { get; init; } = WordSet.Empty;

    public WordSet Constants { get; init; } = WordSet.Empty;

    public WordSet Builtins { get; init; } = WordSet.Empty;

    /// <summary>Keywords after which the next identifier names a type (<c>class</c>, <c>struct</c>, <c>new</c>).</summary>
    public WordSet TypeDeclarators { get; init; } = WordSet.Empty;

    /// <summary>Keywords after which the next identifier names a function (<c>fn</c>, <c>func</c>, <c>function</c>).</summary>
    public WordSet FunctionDeclarators { get; init; } = WordSet.Empty;

    /// <summary>Keywords followed by a dotted namespace name (<c>using</c>, <c>package</c>).</summary>
    public WordSet NamespaceDeclarators { get; init; } = WordSet.Empty;

    /// <summary>A namespace after <see cref="NamespaceDeclarators"/> is shown in the type colour, as VS Code shows C#'s (Java's package paths stay plain).</summary>
    public bool NamespacesAsTypes { get; init; }

    /// <summary><c>///</c> comments hold XML documentation, whose tag names are shown as tags (C#).</summary>
    public bool XmlDocComments { get; init; }

    /// <summary><c>#include</c>, <c>#define</c>, <c>#region</c> lines.</summary>
    public bool Preprocessor { get; init; }

    public bool NestedComments { get; init; }

    /// <summary><c>'x'</c> is a character literal (otherwise single quotes delimit strings).</summary>
    public bool CharLiterals { get; init; } = true;

    /// <summary>Backtick template literals with <c>${...}</c> holes (JavaScript, TypeScript).</summary>
    public bool TemplateLiterals { get; init; }

    /// <summary>Backtick raw strings (Go).</summary>
    public bool BacktickRawStrings { get; init; }

    /// <summary>Verbatim <c>@"..."</c>, interpolated <c>$"..."</c> and raw <c>"""..."""</c> strings.</summary>
    public bool CSharpStrings { get; init; }

    /// <summary>Java text blocks: <c>"""</c> opens a multi-line string with escapes.</summary>
    public bool TextBlocks { get; init; }

    /// <summary>Raw <c>r#"..."#</c> and byte strings, lifetimes, <c>name!</c> macros, <c>#[attr]</c>.</summary>
    public bool RustSyntax { get; init; }

    /// <summary>Encoding prefixes (<c>L"..."</c>, <c>u8"..."</c>), raw <c>R"(...)"</c> strings and <c>1'000</c> separators.</summary>
    public bool CppLiterals { get; init; }

    /// <summary><c>@Annotation</c> (Java) or <c>@decorator</c> (TypeScript).</summary>
    public bool AtAnnotations { get; init; }

    /// <summary><c>[Attribute]</c> at the start of a line (C#).</summary>
    public bool BracketAttributes { get; init; }

    /// <summary><c>/pattern/flags</c> where an operand may start (JavaScript, TypeScript).</summary>
    public bool RegexLiterals { get; init; }

    /// <summary>JavaScript's identifiers: <c>$</c> may start or continue one (<c>$el</c>, <c>splitLines$1</c>); object literal keys, import lists and JSDoc tags.</summary>
    public bool JavaScriptSyntax { get; init; }

    /// <summary>A capitalised identifier names a type, by the language's naming convention.</summary>
    public bool CapitalizedTypes { get; init; }

    /// <summary>
    /// Go: a name in a type's place is a type, as VS Code's Go grammar shows it: after another name (<c>ctx context.Context</c>,
    /// <c>var wg sync.WaitGroup</c>), after <c>[]</c>, <c>*</c> or a result's <c>)</c>, before a literal's <c>{</c>, and a package after <c>package</c>.
    /// </summary>
    public bool GoTypePositions { get; init; }
}
