using System.Collections.Frozen;

namespace Inkstone.Math.Internal;

/// <summary>Every built-in command, frozen once at start-up. Data only: the parser decides what each kind means.</summary>
internal static partial class CommandTable
{
    public static readonly FrozenDictionary<string, Command> Commands = Build();

    public static readonly FrozenDictionary<string, Command>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Commands.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool TryGet(ReadOnlySpan<char> name, out Command command) => Lookup.TryGetValue(name, out command);

    private static FrozenDictionary<string, Command> Build()
    {
        var table = new Dictionary<string, Command>(StringComparer.Ordinal);

        void Symbols(AtomClass atomClass, string pairs, CommandKind kind = CommandKind.Symbol, int argument = 0) =>
            AddSymbols(table, atomClass, pairs, kind, argument);

        void Add(CommandKind kind, string names, string? text = null, AtomClass atomClass = AtomClass.Ord, int argument = 0)
        {
            foreach (var name in names.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                table[name] = new Command(kind, text, atomClass, argument);
            }
        }

        // Letters and letter-like ordinary symbols: mi.
        Symbols(AtomClass.Ord, "alpha α beta β gamma γ delta δ epsilon ϵ varepsilon ε zeta ζ eta η theta θ vartheta ϑ iota ι kappa κ varkappa ϰ " +
            "lambda λ mu μ nu ν xi ξ omicron ο pi π varpi ϖ rho ρ varrho ϱ sigma σ varsigma ς tau τ upsilon υ phi ϕ varphi φ chi χ psi ψ omega ω digamma ϝ " +
            "ell ℓ hbar ℏ hslash ℏ imath ı jmath ȷ aleph ℵ beth ℶ gimel ℷ daleth ℸ wp ℘ Re ℜ Im ℑ infty ∞ partial ∂ emptyset ∅ varnothing ⌀ forall ∀ exists ∃ nexists ∄ eth ð mho ℧ " +
            "Finv Ⅎ Game ⅁ complement ∁ top ⊤ bot ⊥ angle ∠ measuredangle ∡ sphericalangle ∢ triangle △ vartriangle △ triangledown ▽ Box □ square □ blacksquare ■ " +
            "Diamond ◊ lozenge ◊ blacklozenge ⧫ blacktriangle ▲ blacktriangledown ▼ clubsuit ♣ diamondsuit ♢ heartsuit ♡ spadesuit ♠ flat ♭ natural ♮ sharp ♯ " +
            "backprime ‵ degree ° checkmark ✓ S § P ¶ surd √ bigstar ★ diagup ╱ diagdown ╲ circledS Ⓢ maltese ✠ yen ¥ pounds £ euro € copyright © " +
            "textdollar $ $ $ % % # # & & _ _ dag † ddag ‡ Bbbk 𝕜 R ℝ N ℕ Z ℤ C ℂ Q ℚ reals ℝ Reals ℝ natnums ℕ Complex ℂ cent ¢ " +
            "Alpha Α Beta Β Epsilon Ε Zeta Ζ Eta Η Iota Ι Kappa Κ Mu Μ Nu Ν Omicron Ο Rho Ρ Tau Τ Chi Χ");
        Symbols(AtomClass.Ord, "Gamma Γ Delta Δ Theta Θ Lambda Λ Xi Ξ Pi Π Sigma Σ Upsilon Υ Phi Φ Psi Ψ Omega Ω nabla ∇", CommandKind.UprightSymbol);
        // Ordinary symbols that are operators in MathML (zero spacing is forced).
        Symbols(AtomClass.Ord, "prime ′ neg ¬ lnot ¬ | ‖ Vert ‖ vert | therefore ∴ because ∵ smallint ∫", argument: 1);
        Symbols(AtomClass.Bin, "pm ± mp ∓ times × div ÷ cdot ⋅ circ ∘ bullet ∙ ast ∗ star ⋆ cap ∩ cup ∪ sqcap ⊓ sqcup ⊔ vee ∨ lor ∨ wedge ∧ land ∧ " +
            "setminus ∖ smallsetminus ∖ wr ≀ diamond ⋄ bigtriangleup △ bigtriangledown ▽ triangleleft ◃ triangleright ▹ oplus ⊕ ominus ⊖ otimes ⊗ " +
            "oslash ⊘ odot ⊙ bigcirc ◯ dagger † ddagger ‡ amalg ⨿ uplus ⊎ dotplus ∔ ltimes ⋉ rtimes ⋊ leftthreetimes ⋋ rightthreetimes ⋌ " +
            "curlywedge ⋏ curlyvee ⋎ boxplus ⊞ boxminus ⊟ boxtimes ⊠ boxdot ⊡ circledast ⊛ circledcirc ⊚ circleddash ⊝ intercal ⊺ barwedge ⌅ " +
            "veebar ⊻ doublebarwedge ⩞ Cap ⋒ Cup ⋓ centerdot ⋅ divideontimes ⋇ gtrdot ⋗ lessdot ⋖ lhd ⊲ rhd ⊳ unlhd ⊴ unrhd ⊵");
        Symbols(AtomClass.Rel, "leq ≤ le ≤ geq ≥ ge ≥ neq ≠ ne ≠ equiv ≡ approx ≈ sim ∼ simeq ≃ cong ≅ propto ∝ ll ≪ gg ≫ subset ⊂ supset ⊃ " +
            "subseteq ⊆ supseteq ⊇ subsetneq ⊊ supsetneq ⊋ subsetneqq ⫋ supsetneqq ⫌ in ∈ isin ∈ ni ∋ owns ∋ notin ∉ notni ∌ mid ∣ parallel ∥ perp ⟂ vdash ⊢ dashv ⊣ " +
            "models ⊨ vDash ⊨ Vdash ⊩ Vvdash ⊪ nvdash ⊬ nvDash ⊭ nVdash ⊮ to → rightarrow → leftarrow ← gets ← leftrightarrow ↔ Rightarrow ⇒ Leftarrow ⇐ " +
            "Leftrightarrow ⇔ implies ⟹ impliedby ⟸ iff ⟺ mapsto ↦ longmapsto ⟼ longrightarrow ⟶ longleftarrow ⟵ Longrightarrow ⟹ Longleftarrow ⟸ " +
            "longleftrightarrow ⟷ Longleftrightarrow ⟺ uparrow ↑ downarrow ↓ updownarrow ↕ Uparrow ⇑ Downarrow ⇓ Updownarrow ⇕ nearrow ↗ searrow ↘ " +
            "swarrow ↙ nwarrow ↖ hookrightarrow ↪ hookleftarrow ↩ rightharpoonup ⇀ rightharpoondown ⇁ leftharpoonup ↼ leftharpoondown ↽ " +
            "rightleftharpoons ⇌ leftrightharpoons ⇋ leadsto ⇝ doteq ≐ asymp ≍ bowtie ⋈ Join ⋈ prec ≺ succ ≻ preceq ⪯ succeq ⪰ sqsubset ⊏ " +
            "sqsupset ⊐ sqsubseteq ⊑ sqsupseteq ⊒ smile ⌣ frown ⌢ coloneqq ≔ eqqcolon ≕ Coloneqq ⩴ triangleq ≜ lesssim ≲ gtrsim ≳ leqslant ⩽ " +
            "geqslant ⩾ nleq ≰ ngeq ≱ nless ≮ ngtr ≯ nsim ≁ ncong ≇ nmid ∤ nparallel ∦ nsubseteq ⊈ nsupseteq ⊉ approxeq ≊ thicksim ∼ " +
            "thickapprox ≈ backsim ∽ backsimeq ⋍ eqsim ≂ circeq ≗ lll ⋘ ggg ⋙ lesseqgtr ⋚ gtreqless ⋛ leqq ≦ geqq ≧ lneq ⪇ gneq ⪈ lneqq ≨ " +
            "gneqq ≩ varpropto ∝ shortmid ∣ shortparallel ∥ between ≬ pitchfork ⋔ risingdotseq ≓ fallingdotseq ≒ multimap ⊸ dashrightarrow ⇢ " +
            "dashleftarrow ⇠ twoheadrightarrow ↠ twoheadleftarrow ↞ rightrightarrows ⇉ leftleftarrows ⇇ rightleftarrows ⇄ leftrightarrows ⇆ " +
            "upuparrows ⇈ downdownarrows ⇊ Rsh ↱ Lsh ↰ curvearrowright ↷ curvearrowleft ↶ circlearrowright ↻ circlearrowleft ↺ rightsquigarrow ⇝ " +
            "leftrightsquigarrow ↭ looparrowright ↬ looparrowleft ↫ Lleftarrow ⇚ Rrightarrow ⇛ nrightarrow ↛ nleftarrow ↚ nRightarrow ⇏ " +
            "nLeftarrow ⇍ nleftrightarrow ↮ nLeftrightarrow ⇎ vartriangleleft ⊲ vartriangleright ⊳ trianglelefteq ⊴ trianglerighteq ⊵ " +
            "precsim ≾ succsim ≿ eqcirc ≖ bumpeq ≏ Bumpeq ≎ doteqdot ≑ Doteq ≑ gtrless ≷ lessgtr ≶ subseteqq ⫅ supseteqq ⫆ Subset ⋐ Supset ⋑ " +
            "ntriangleleft ⋪ ntriangleright ⋫ nprec ⊀ nsucc ⊁ propto ∝ longleftrightarrow ⟷ rightarrowtail ↣ leftarrowtail ↢ " +
            "dashv ⊣ vcentcolon ∶ ratio ∶ eqcolon ∹");
        Symbols(AtomClass.Open, "lbrace { { { lbrack [ langle ⟨ lfloor ⌊ lceil ⌈ lvert | lVert ‖ lgroup ⟮ llbracket ⟦ lparen ( lmoustache ⎰ ulcorner ⌜ llcorner ⌞");
        Symbols(AtomClass.Close, "rbrace } } } rbrack ] rangle ⟩ rfloor ⌋ rceil ⌉ rvert | rVert ‖ rgroup ⟯ rrbracket ⟧ rparen ) rmoustache ⎱ urcorner ⌝ lrcorner ⌟");
        Symbols(AtomClass.Punct, "colon : ldotp . cdotp ⋅");

        Add(CommandKind.Symbol, "uparrow", "↑", AtomClass.Rel);
        Add(CommandKind.Dots, "dots ldots dotsc dotso mathellipsis", "…", AtomClass.Inner);
        Add(CommandKind.Dots, "cdots dotsb dotsm dotsi", "⋯", AtomClass.Inner);
        Add(CommandKind.Dots, "vdots", "⋮", AtomClass.Ord);
        Add(CommandKind.Dots, "ddots", "⋱", AtomClass.Inner);
        Add(CommandKind.Dots, "iddots adots", "⋰", AtomClass.Inner);

        foreach (var name in "arcsin arccos arctan arctg arcctg arg ch cos cosec cosh cot cotg coth csc ctg cth deg dim exp hom ker lg ln log sec sh sin sinh tan tanh tg th".Split(' '))
        {
            table[name] = new Command(CommandKind.Function, name, AtomClass.Op);
        }
        foreach (var name in "det gcd inf lim max min Pr sup".Split(' '))
        {
            table[name] = new Command(CommandKind.Function, name, AtomClass.Op, 1);
        }
        // The words of a two-word name are a thin space apart (U+2006 is a sixth of an em), as in amsmath's lim\,inf.
        Add(CommandKind.Function, "liminf", "lim\u2006inf", AtomClass.Op, 1);
        Add(CommandKind.Function, "limsup", "lim\u2006sup", AtomClass.Op, 1);
        Add(CommandKind.Function, "argmax", "arg\u2006max", AtomClass.Op, 1);
        Add(CommandKind.Function, "argmin", "arg\u2006min", AtomClass.Op, 1);
        Add(CommandKind.Function, "injlim", "inj\u2006lim", AtomClass.Op, 1);
        Add(CommandKind.Function, "projlim", "proj\u2006lim", AtomClass.Op, 1);

        Symbols(AtomClass.Op, "sum ∑ prod ∏ coprod ∐ bigcup ⋃ bigcap ⋂ bigoplus ⨁ bigotimes ⨂ bigodot ⨀ biguplus ⨄ bigsqcup ⨆ bigvee ⋁ bigwedge ⋀", CommandKind.BigOperator, 1);
        Symbols(AtomClass.Op, "int ∫ iint ∬ iiint ∭ oint ∮ oiint ∯ oiiint ∰ intop ∫", CommandKind.BigOperator);

        Add(CommandKind.Fraction, "frac");
        Add(CommandKind.Fraction, "dfrac", argument: 1);
        Add(CommandKind.Fraction, "tfrac", argument: 2);
        Add(CommandKind.Fraction, "cfrac", argument: 1);
        Add(CommandKind.Binomial, "binom");
        Add(CommandKind.Binomial, "dbinom", argument: 1);
        Add(CommandKind.Binomial, "tbinom", argument: 2);
        Add(CommandKind.InfixFraction, "over", "over");
        Add(CommandKind.InfixFraction, "choose", "choose");
        Add(CommandKind.InfixFraction, "atop", "atop");
        Add(CommandKind.InfixFraction, "brace", "brace");
        Add(CommandKind.InfixFraction, "brack", "brack");
        Add(CommandKind.Sqrt, "sqrt");

        Symbols(AtomClass.Ord, "hat ˆ check ˇ tilde ˜ acute ´ grave ` dot ˙ ddot ¨ dddot ⃛ breve ˘ bar ¯ vec → mathring ˚", CommandKind.Accent);
        Symbols(AtomClass.Ord, "widehat \u0302 widetilde ˜ widecheck ˇ overrightarrow → overleftarrow ← overleftrightarrow ↔ Overrightarrow ⇒ " +
            "overgroup ⏠ overleftharpoon ↼ overrightharpoon ⇀", CommandKind.Accent, 1);
        Symbols(AtomClass.Ord, "underrightarrow → underleftarrow ← underleftrightarrow ↔ undergroup ⏡ utilde ˜", CommandKind.UnderAccent, 1);
        Add(CommandKind.Cancel, "overline", "ink-overline");
        Add(CommandKind.Cancel, "underline", "ink-underline");
        Add(CommandKind.Brace, "overbrace", "⏞");
        Add(CommandKind.Brace, "underbrace", "⏟", argument: 1);

        Add(CommandKind.Font, "mathbf bold", argument: (int)MathFont.Bold);
        Add(CommandKind.Font, "Bbb mathbb", argument: (int)MathFont.DoubleStruck);
        Add(CommandKind.Font, "mathit", argument: (int)MathFont.TextItalic);
        Add(CommandKind.Font, "mathnormal", argument: (int)MathFont.Italic);
        Add(CommandKind.Font, "boldsymbol bm pmb mathbfit", argument: (int)MathFont.BoldItalic);
        Add(CommandKind.Font, "mathrm mathup", argument: (int)MathFont.Upright);
        Add(CommandKind.Font, "mathsf", argument: (int)MathFont.SansSerif);
        Add(CommandKind.Font, "mathtt", argument: (int)MathFont.Monospace);
        Add(CommandKind.Font, "mathcal mathscr", argument: (int)MathFont.Script);
        Add(CommandKind.Font, "mathfrak frak", argument: (int)MathFont.Fraktur);
        Add(CommandKind.FontSwitch, "bf", argument: (int)MathFont.Bold);
        Add(CommandKind.FontSwitch, "rm", argument: (int)MathFont.Upright);
        Add(CommandKind.FontSwitch, "it", argument: (int)MathFont.TextItalic);
        Add(CommandKind.FontSwitch, "sf", argument: (int)MathFont.SansSerif);
        Add(CommandKind.FontSwitch, "tt", argument: (int)MathFont.Monospace);
        Add(CommandKind.FontSwitch, "cal", argument: (int)MathFont.Script);
        Add(CommandKind.Text, "text textrm textnormal textup mbox hbox textmd");
        Add(CommandKind.Text, "textbf", argument: (int)MathFont.Bold);
        Add(CommandKind.Text, "textit emph textsl", argument: (int)MathFont.TextItalic);
        Add(CommandKind.Text, "textsf", argument: (int)MathFont.SansSerif);
        Add(CommandKind.Text, "texttt", argument: (int)MathFont.Monospace);
        Add(CommandKind.OperatorName, "operatorname");
        Add(CommandKind.Limits, "limits", argument: 1);
        Add(CommandKind.Limits, "nolimits");

        Add(CommandKind.Left, "left");
        Add(CommandKind.Middle, "middle");
        Add(CommandKind.Right, "right");
        Add(CommandKind.BigDelimiter, "big", "1.2em");
        Add(CommandKind.BigDelimiter, "Big", "1.8em");
        Add(CommandKind.BigDelimiter, "bigg", "2.4em");
        Add(CommandKind.BigDelimiter, "Bigg", "3em");
        Add(CommandKind.BigDelimiter, "bigl", "1.2em", AtomClass.Open);
        Add(CommandKind.BigDelimiter, "Bigl", "1.8em", AtomClass.Open);
        Add(CommandKind.BigDelimiter, "biggl", "2.4em", AtomClass.Open);
        Add(CommandKind.BigDelimiter, "Biggl", "3em", AtomClass.Open);
        Add(CommandKind.BigDelimiter, "bigr", "1.2em", AtomClass.Close);
        Add(CommandKind.BigDelimiter, "Bigr", "1.8em", AtomClass.Close);
        Add(CommandKind.BigDelimiter, "biggr", "2.4em", AtomClass.Close);
        Add(CommandKind.BigDelimiter, "Biggr", "3em", AtomClass.Close);
        Add(CommandKind.BigDelimiter, "bigm", "1.2em", AtomClass.Rel);
        Add(CommandKind.BigDelimiter, "Bigm", "1.8em", AtomClass.Rel);
        Add(CommandKind.BigDelimiter, "biggm", "2.4em", AtomClass.Rel);
        Add(CommandKind.BigDelimiter, "Biggm", "3em", AtomClass.Rel);

        Add(CommandKind.Space, ",", "0.1667em");
        Add(CommandKind.Space, "thinspace", "0.1667em");
        Add(CommandKind.Space, ": > medspace", "0.2222em");
        Add(CommandKind.Space, "; thickspace", "0.2778em");
        Add(CommandKind.Space, "! negthinspace", "-0.1667em");
        Add(CommandKind.Space, "negmedspace", "-0.2222em");
        Add(CommandKind.Space, "negthickspace", "-0.2778em");
        Add(CommandKind.Space, "quad", "1em");
        Add(CommandKind.Space, "qquad", "2em");
        Add(CommandKind.Space, "enspace", "0.5em");
        Add(CommandKind.Space, "nobreakspace space", "0.3333em");
        // A backslash before a line break, a tab or a no-break space is a control space too, as in TeX and MathJax.
        table[" "] = new Command(CommandKind.Space, "0.3333em");
        Add(CommandKind.Space, "\n \r \t \u00A0", "0.3333em");
        table["backslash"] = new Command(CommandKind.Symbol, "\\", AtomClass.Ord, 1);
        table["/"] = new Command(CommandKind.Relax);
        Add(CommandKind.HorizontalSpace, "hspace");
        Add(CommandKind.HorizontalSpace, "kern hskip", argument: 1);
        Add(CommandKind.HorizontalSpace, "mkern mskip", argument: 2);

        Add(CommandKind.Color, "color");
        Add(CommandKind.TextColor, "textcolor");
        Add(CommandKind.ColorBox, "colorbox");
        Add(CommandKind.ColorBox, "fcolorbox", argument: 1);
        Add(CommandKind.Boxed, "boxed");
        Add(CommandKind.Cancel, "cancel", "ink-cancel");
        Add(CommandKind.Cancel, "bcancel", "ink-bcancel");
        Add(CommandKind.Cancel, "xcancel", "ink-xcancel");
        Add(CommandKind.Cancel, "sout", "ink-sout");
        Add(CommandKind.Not, "not");
        Add(CommandKind.StackRel, "stackrel", atomClass: AtomClass.Rel);
        Add(CommandKind.StackRel, "overset", argument: 1);
        Add(CommandKind.StackRel, "underset", argument: 2);
        Add(CommandKind.Phantom, "phantom");
        Add(CommandKind.Phantom, "hphantom", argument: 1);
        Add(CommandKind.Phantom, "vphantom", argument: 2);
        Add(CommandKind.Smash, "smash");
        Add(CommandKind.Smash, "rlap mathrlap", argument: 1);
        Symbols(AtomClass.Rel, "xrightarrow → xleftarrow ← xleftrightarrow ↔ xRightarrow ⇒ xLeftarrow ⇐ xLeftrightarrow ⇔ xmapsto ↦ " +
            "xhookrightarrow ↪ xhookleftarrow ↩ xrightharpoonup ⇀ xrightharpoondown ⇁ xleftharpoonup ↼ xleftharpoondown ↽ xrightleftharpoons ⇌ " +
            "xleftrightharpoons ⇋ xtwoheadrightarrow ↠ xtwoheadleftarrow ↞ xlongequal =", CommandKind.XArrow);

        Add(CommandKind.Begin, "begin");
        Add(CommandKind.End, "end");
        Add(CommandKind.Tag, "tag");
        Add(CommandKind.Label, "label");
        Add(CommandKind.NoNumber, "notag nonumber");
        Add(CommandKind.Reference, "ref");
        Add(CommandKind.Reference, "eqref", argument: 1);
        Add(CommandKind.Define, "def gdef");
        Add(CommandKind.NewCommand, "newcommand");
        Add(CommandKind.NewCommand, "renewcommand", argument: 1);
        Add(CommandKind.NewCommand, "providecommand", argument: 2);
        Add(CommandKind.Mod, "bmod");
        Add(CommandKind.Mod, "pmod", argument: 1);
        Add(CommandKind.Mod, "mod", argument: 2);
        Add(CommandKind.Mod, "pod", argument: 3);
        Add(CommandKind.AtomClass, "mathord", atomClass: AtomClass.Ord);
        Add(CommandKind.AtomClass, "mathop", atomClass: AtomClass.Op);
        Add(CommandKind.AtomClass, "mathbin", atomClass: AtomClass.Bin);
        Add(CommandKind.AtomClass, "mathrel", atomClass: AtomClass.Rel);
        Add(CommandKind.AtomClass, "mathopen", atomClass: AtomClass.Open);
        Add(CommandKind.AtomClass, "mathclose", atomClass: AtomClass.Close);
        Add(CommandKind.AtomClass, "mathpunct", atomClass: AtomClass.Punct);
        Add(CommandKind.AtomClass, "mathinner", atomClass: AtomClass.Inner);
        Add(CommandKind.Style, "displaystyle");
        Add(CommandKind.Style, "textstyle", argument: 1);
        Add(CommandKind.Style, "scriptstyle", argument: 2);
        Add(CommandKind.Style, "scriptscriptstyle", argument: 3);
        Add(CommandKind.Size, "tiny", "50%");
        Add(CommandKind.Size, "scriptsize", "70%");
        Add(CommandKind.Size, "footnotesize", "80%");
        Add(CommandKind.Size, "small", "90%");
        Add(CommandKind.Size, "normalsize", "100%");
        Add(CommandKind.Size, "large", "120%");
        Add(CommandKind.Size, "Large", "144%");
        Add(CommandKind.Size, "LARGE", "173%");
        Add(CommandKind.Size, "huge", "207%");
        Add(CommandKind.Size, "Huge", "249%");
        Add(CommandKind.LineBreak, "\\ newline cr");
        Add(CommandKind.Relax, "relax nobreak allowbreak displaybreak");
        Add(CommandKind.Hline, "hline hdashline");
        Add(CommandKind.Substack, "substack");
        Add(CommandKind.Strut, "mathstrut strut");
        AddMathJaxSymbols(table);
        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Adds "name character name character ..." pairs of one class.</summary>
    private static void AddSymbols(Dictionary<string, Command> table, AtomClass atomClass, string pairs, CommandKind kind = CommandKind.Symbol, int argument = 0)
    {
        var parts = pairs.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i + 1 < parts.Length; i += 2)
        {
            table[parts[i]] = new Command(kind, parts[i + 1], atomClass, argument);
        }
    }
}
