namespace Inkstone.Highlighting.Lexers;

/// <summary>The word sets and switches of each C-like language.</summary>
internal static class CFamilyLanguages
{
    private const string CKeywords =
        "auto break case const continue default do else enum extern for goto if inline register restrict return sizeof " +
        "static struct switch typedef union volatile while _Alignas _Alignof _Atomic _Generic _Noreturn _Static_assert _Thread_local";

    private const string CTypes =
        "void char short int long float double signed unsigned _Bool _Complex bool size_t ssize_t ptrdiff_t intptr_t uintptr_t " +
        "int8_t int16_t int32_t int64_t uint8_t uint16_t uint32_t uint64_t FILE";

    private const string CBuiltins =
        "printf fprintf sprintf snprintf scanf puts putchar getchar malloc calloc realloc free memcpy memmove memset memcmp " +
        "strlen strcpy strncpy strcmp strncmp strcat fopen fclose fread fwrite exit abort assert qsort";

    public static CFamilySyntax C { get; } = new()
    {
        Keywords = new(CKeywords),
        Types = new(CTypes),
        Constants = new("NULL true false EOF stdin stdout stderr"),
        Builtins = new(CBuiltins),
        TypeDeclarators = new("struct enum union"),
        Preprocessor = true,
        CapitalizedTypes = true,
    };

    public static CFamilySyntax Cpp { get; } = new()
    {
        // auto stands for a type in C++ (VS Code's grammar colours it as one), a storage class in C.
        Keywords = new(CKeywords.Replace("auto ", "", StringComparison.Ordinal) + " alignas alignof and and_eq asm bitand bitor catch class compl concept consteval constexpr " +
            "constinit const_cast co_await co_return co_yield decltype delete dynamic_cast explicit export friend module mutable " +
            "namespace new noexcept not not_eq operator or or_eq override final private protected public reinterpret_cast " +
            "requires static_assert static_cast template this thread_local throw try typeid typename using virtual xor xor_eq import"),
        Types = new(CTypes + " auto wchar_t char8_t char16_t char32_t string string_view wstring vector array deque list forward_list " +
            "map multimap set multiset unordered_map unordered_set unordered_multimap stack queue priority_queue pair tuple " +
            "optional variant any span unique_ptr shared_ptr weak_ptr function size_type iterator const_iterator"),
        Constants = new("nullptr NULL true false this"),
        Builtins = new(CBuiltins + " move forward swap make_unique make_shared make_pair"),
        TypeDeclarators = new("class struct enum union namespace concept"),
        Preprocessor = true,
        CppLiterals = true,
        CapitalizedTypes = true,
    };

    public static CFamilySyntax CSharp { get; } = new()
    {
        Keywords = new("abstract as base break case catch checked class const continue default delegate do else enum event " +
            "explicit extern finally fixed for foreach goto if implicit in interface internal is lock namespace new operator out " +
            "override params private protected public readonly ref return sealed sizeof stackalloc static struct switch this " +
            "throw try typeof unchecked unsafe using virtual volatile while and async await from get global group init into join " +
            "let nameof not notnull or orderby partial record required select set when where with yield var"),
        Types = new("bool byte sbyte char decimal double float int uint nint nuint long ulong short ushort object string " +
            "void dynamic"),
        Constants = new("true false null"),
        TypeDeclarators = new("class struct interface enum record new"),
        NamespaceDeclarators = new("namespace using"),
        NamespacesAsTypes = true,
        XmlDocComments = true,
        Preprocessor = true,
        CSharpStrings = true,
        BracketAttributes = true,
        CapitalizedTypes = true,
    };

    public static CFamilySyntax Java { get; } = new()
    {
        Keywords = new("abstract assert break case catch class continue default do else enum extends final finally for if " +
            "implements import instanceof interface native new package private protected public record return sealed permits " +
            "static strictfp super switch synchronized this throw throws transient try var volatile while yield non-sealed"),
        Types = new("boolean byte char double float int long short void"),
        Constants = new("true false null"),
        TypeDeclarators = new("class interface enum record extends implements new"),
        NamespaceDeclarators = new("package import"),
        TextBlocks = true,
        AtAnnotations = true,
        CapitalizedTypes = true,
    };

    private const string JsKeywords =
        "async await break case catch class const constructor continue debugger default delete do else export extends finally " +
        "for from function get if import in instanceof let new of return set static super switch this throw try typeof var " +
        "while with yield as";

    // Functions only: console, document and the like are variables, and Array or Promise classes (capitalised), as VS Code shows them.
    private const string JsBuiltins = "require parseInt parseFloat setTimeout setInterval fetch";

    public static CFamilySyntax JavaScript { get; } = new()
    {
        Keywords = new(JsKeywords + " void"),
        Constants = new("true false null undefined NaN Infinity"),
        Builtins = new(JsBuiltins),
        TypeDeclarators = new("class extends new"),
        FunctionDeclarators = new("function"),
        CharLiterals = false,
        TemplateLiterals = true,
        RegexLiterals = true,
        AtAnnotations = true,
        JavaScriptSyntax = true,
        CapitalizedTypes = true,
    };

    public static CFamilySyntax TypeScript { get; } = new()
    {
        Keywords = new(JsKeywords + " abstract declare enum implements interface is keyof namespace private protected public " +
            "readonly type satisfies infer override asserts unique module"),
        Types = new("any boolean never number object string symbol unknown void bigint"),
        Constants = new("true false null undefined NaN Infinity"),
        Builtins = new(JsBuiltins),
        TypeDeclarators = new("class interface enum type extends implements new namespace"),
        FunctionDeclarators = new("function"),
        CharLiterals = false,
        TemplateLiterals = true,
        RegexLiterals = true,
        AtAnnotations = true,
        JavaScriptSyntax = true,
        CapitalizedTypes = true,
    };

    public static CFamilySyntax Go { get; } = new()
    {
        Keywords = new("break case chan const continue default defer else fallthrough for func go goto if import interface map " +
            "package range return select struct switch type var"),
        Types = new("bool byte complex64 complex128 error float32 float64 int int8 int16 int32 int64 rune string uint uint8 " +
            "uint16 uint32 uint64 uintptr any comparable"),
        Constants = new("true false nil iota"),
        Builtins = new("append cap clear close complex copy delete imag len make max min new panic print println real recover"),
        TypeDeclarators = new("type"),
        FunctionDeclarators = new("func"),
        NamespaceDeclarators = new("package"),
        NamespacesAsTypes = true,
        BacktickRawStrings = true,
        GoTypePositions = true,
    };

    public static CFamilySyntax Rust { get; } = new()
    {
        Keywords = new("as async await break const continue crate dyn else enum extern fn for if impl in let loop match mod move " +
            "mut pub ref return static struct super trait type union unsafe use where while yield"),
        Types = new("bool char str i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize f32 f64 Self String Vec Option Result Box"),
        Constants = new("true false None Some Ok Err self"),
        TypeDeclarators = new("struct enum trait type union impl"),
        FunctionDeclarators = new("fn"),
        NestedComments = true,
        RustSyntax = true,
        CapitalizedTypes = true,
    };
}
