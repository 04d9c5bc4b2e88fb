namespace Inkstone.Math.Internal;

internal static partial class CommandTable
{
    /// <summary>
    /// The rest of the amssymb table as MathJax knows it (ts/input/tex/ams/AmsMappings.ts), and the few base commands
    /// MathJax adds to LaTeX (<c>\lt</c>, <c>\gt</c>, <c>\And</c>, <c>\AA</c>, <c>\TeX</c>, <c>\LaTeX</c>), so formulas written
    /// for MathJax compile. Where MathJax draws a glyph variant that Unicode spells as a base character with a variation
    /// selector (U+FE00) or a combining long solidus (U+0338), the Unicode spelling is used: it says what the symbol means.
    /// \nsubseteqq and \nsupseteqq are ⊈ and ⊉, as in MathJax: the same relation, and Latin Modern Math has no ⫅ or ⫆ to negate.
    /// </summary>
    private static void AddMathJaxSymbols(Dictionary<string, Command> table)
    {
        // Italic capital Greek: the Mathematical Alphanumeric letters, not Γ with a style, so a typed Γ stays upright.
        AddSymbols(table, AtomClass.Ord, "varGamma 𝛤 varDelta 𝛥 varTheta 𝛩 varLambda 𝛬 varXi 𝛯 varPi 𝛱 varSigma 𝛴 varUpsilon 𝛶 " +
            "varPhi 𝛷 varPsi 𝛹 varOmega 𝛺 circledR ® AA Å");
        AddSymbols(table, AtomClass.Ord, "arrowvert ⏐ Arrowvert ‖ bracevert ⎪", argument: 1);
        AddSymbols(table, AtomClass.Bin, "doublecap ⋒ doublecup ⋓");
        AddSymbols(table, AtomClass.Rel, "lt < gt > " +
            "eqslantless ⪕ eqslantgtr ⪖ lessapprox ⪅ gtrapprox ⪆ llless ⋘ gggtr ⋙ lesseqqgtr ⪋ gtreqqless ⪌ " +
            "preccurlyeq ≼ succcurlyeq ≽ curlyeqprec ⋞ curlyeqsucc ⋟ precapprox ⪷ succapprox ⪸ smallsmile ⌣ smallfrown ⌢ " +
            "backepsilon ∍ blacktriangleleft ◂ blacktriangleright ▸ " +
            "nleqslant ⩽\u0338 ngeqslant ⩾\u0338 nleqq ≦\u0338 ngeqq ≧\u0338 lvertneqq ≨\uFE00 gvertneqq ≩\uFE00 lnsim ⋦ gnsim ⋧ " +
            "lnapprox ⪉ gnapprox ⪊ npreceq ⋠ nsucceq ⋡ precneqq ⪵ succneqq ⪶ precnsim ⋨ succnsim ⋩ precnapprox ⪹ succnapprox ⪺ " +
            "nshortmid ∤ nshortparallel ∦ nVDash ⊯ ntrianglelefteq ⋬ ntrianglerighteq ⋭ nsubseteqq ⊈ nsupseteqq ⊉ " +
            "varsubsetneq ⊊\uFE00 varsupsetneq ⊋\uFE00 varsubsetneqq ⫋\uFE00 varsupsetneqq ⫌\uFE00 " +
            "upharpoonleft ↿ upharpoonright ↾ restriction ↾ downharpoonleft ⇃ downharpoonright ⇂");
        AddSymbols(table, AtomClass.Op, "ointop ∮ iiiint ⨌", CommandKind.BigOperator);
        AddSymbols(table, AtomClass.Ord, "ddddot \u20DC", CommandKind.Accent);

        // amsmath's \And is \;\mathrel{\&}\; (MathJax draws a plain &): a relation with a thick space added on each side.
        table["And"] = new Command(CommandKind.Symbol, "&", AtomClass.Rel, WideRelation);
        // amsmath's \iff, \implies and \impliedby are \;\Longleftrightarrow\; and the like: wide relations too.
        table["iff"] = new Command(CommandKind.Symbol, "⟺", AtomClass.Rel, WideRelation);
        table["implies"] = new Command(CommandKind.Symbol, "⟹", AtomClass.Rel, WideRelation);
        table["impliedby"] = new Command(CommandKind.Symbol, "⟸", AtomClass.Rel, WideRelation);
        table["TeX"] = new Command(CommandKind.Logo, "TeX");
        table["LaTeX"] = new Command(CommandKind.Logo, "LaTeX", Argument: 1);

        // Plain TeX's, not MathJax's (MathJax 4 has no \bordermatrix), but asked for by writers of matrix-heavy posts.
        table["bordermatrix"] = new Command(CommandKind.BorderMatrix);
    }

    /// <summary><see cref="Command.Argument"/> of a relation drawn with twice the usual space on each side.</summary>
    public const int WideRelation = 2;
}
