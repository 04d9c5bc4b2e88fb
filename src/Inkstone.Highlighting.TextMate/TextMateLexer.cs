using System.Diagnostics;
using TextMateSharp.Grammars;

namespace Inkstone.Highlighting.TextMate;

/// <summary>
/// Highlights with one TextMate grammar, line by line as VS Code does, and emits the kinds
/// <see cref="ScopeClassifier"/> gives the scopes. Grammar regexes can backtrack for a long time, so a block
/// has a time budget (<see cref="TextMateLanguages.BlockBudget"/> and some per line): past it, or on any failure of the grammar, the whole block is plain text (still escaped
/// by the writer), never half-highlighted. A line longer than <see cref="MaxLineLength"/> is left plain and its
/// state carried over, as VS Code and shiki do, so one minified line does not cost the budget of the block. A block
/// whose grammar state nests deeper than <see cref="MaxStateDepth"/> is plain too: TextMateSharp hands every token its
/// whole scope stack, so a line costs time in proportion to the depth, and nesting that grows line after line
/// (<c>$(</c> on each of thousands of lines) would cost the square of the block's length.
/// </summary>
internal sealed class TextMateLexer(GrammarSessionPool sessions, string scopeName, TimeSpan blockBudget, TimeSpan lineBudget) : Lexer
{
    public const int MaxLineLength = 5000;

    /// <summary>
    /// The deepest grammar state a block may reach, in rules entered and not yet left. Real code stays under 30 (the
    /// differential corpus's deepest is measured by <c>DepthBoundTests</c>); past this the block is plain, so the work
    /// per line is bounded and a block costs time in proportion to its length.
    /// </summary>
    public const int MaxStateDepth = 200;

    public string ScopeName { get; } = scopeName;

    /// <summary>A correction applied to the grammar's tokens of each block, for a construct the grammar gets wrong (documented with it).</summary>
    internal TokenRule? Rule { get; init; }

    /// <summary>For tests: the wall-clock time a line first gets before TextMateSharp hands control back (else what is left of the budget).</summary>
    internal TimeSpan? FirstWallSlice { get; init; }

    public override void Lex(ReadOnlySpan<char> code, int start, int end, ref TokenWriter writer)
    {
        var tokens = new List<(int Start, int End, TokenKind Kind)>();
        if (!TryTokenize(code[start..end].ToString(), start, tokens))
        {
            writer.Emit(TokenKind.Text, start, end);
            return;
        }

        foreach (var (from, to, kind) in tokens)
        {
            writer.Emit(kind, from, to);
        }
    }

    /// <summary>Tokens of <paramref name="text"/> at <paramref name="offset"/>, plain text left out; false when the grammar failed or ran out of time.</summary>
    internal bool TryTokenize(string text, int offset, List<(int Start, int End, TokenKind Kind)> tokens) =>
        TryTokenize(text, offset, tokens, out _);

    /// <summary>As <see cref="TryTokenize(string, int, List{ValueTuple{int, int, TokenKind}})"/>, saying what the block cost the grammar.</summary>
    internal bool TryTokenize(string text, int offset, List<(int Start, int End, TokenKind Kind)> tokens, out GrammarWork work)
    {
        work = default;
        var session = sessions.Rent();
        try
        {
            var grammar = session.Grammar(ScopeName);
            if (grammar is null)
            {
                return false;
            }

            // TextMateSharp compiles a grammar's rules and regexes as it first meets them, inside the budget: on a busy
            // machine that alone can run out of time. A grammar new to this session gets a second try, with its rules
            // compiled, so what a block shows does not depend on which thread highlighted it first.
            var fresh = session.FirstUse(ScopeName);
            var count = tokens.Count;
            var outcome = Tokenize(grammar, text, offset, tokens, ref work);
            if (outcome == Outcome.OutOfTime && fresh)
            {
                tokens.RemoveRange(count, tokens.Count - count);
                outcome = Tokenize(grammar, text, offset, tokens, ref work);
            }

            if (outcome != Outcome.Highlighted)
            {
                tokens.RemoveRange(count, tokens.Count - count);
            }
            else if (Rule is not null)
            {
                var own = tokens.GetRange(count, tokens.Count - count);
                Rule(text, offset, own);
                tokens.RemoveRange(count, tokens.Count - count);
                tokens.AddRange(own);
            }

            return outcome == Outcome.Highlighted;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A grammar with a regex Oniguruma rejects, or a rule TextMateSharp cannot follow: plain text, not a failed build.
            return false;
        }
        finally
        {
            sessions.Return(session);
        }
    }

    private Outcome Tokenize(IGrammar grammar, string text, int offset, List<(int Start, int End, TokenKind Kind)> tokens, ref GrammarWork work)
    {
        var budget = Budget(text);
        var started = ThreadCpuTime.Now();
        IStateStack? state = null;
        var memory = text.AsMemory();
        for (var lineStart = 0; lineStart < text.Length || (lineStart == 0 && text.Length == 0);)
        {
            var lineEnd = text.AsSpan(lineStart).IndexOfAny('\r', '\n');
            lineEnd = lineEnd < 0 ? text.Length : lineStart + lineEnd;
            var line = memory[lineStart..lineEnd];
            if (line.Length <= MaxLineLength)
            {
                work = work with { LinesRead = work.LinesRead + 1 };
                if (TokenizeLine(grammar, line, state, budget, started) is not { } result)
                {
                    return Outcome.OutOfTime;
                }

                state = result.RuleStack;
                work = work with { DeepestState = Math.Max(work.DeepestState, state.Depth) };
                if (state.Depth > MaxStateDepth)
                {
                    return Outcome.TooDeep;
                }

                Collect(result.Tokens, line.Span, offset + lineStart, tokens);
            }

            lineStart = lineEnd + (lineEnd + 1 < text.Length && text[lineEnd] == '\r' && text[lineEnd + 1] == '\n' ? 2 : 1);
        }

        return Outcome.Highlighted;
    }

    /// <summary>
    /// One line within what is left of the budget, or null past it. The budget is processor time, so a busy machine does
    /// not change what a block shows. TextMateSharp can only stop a line on the wall clock (and does not say whether it
    /// did), which here just hands control back: a line that took its whole wall-clock slice while processor time
    /// remained is tokenized again, with twice the time.
    /// </summary>
    private ITokenizeLineResult? TokenizeLine(IGrammar grammar, ReadOnlyMemory<char> line, IStateStack? state, TimeSpan budget, TimeSpan started)
    {
        var remaining = budget - (ThreadCpuTime.Now() - started);
        var slice = FirstWallSlice ?? remaining;
        while (remaining > TimeSpan.Zero)
        {
            var wall = Stopwatch.GetTimestamp();
            var result = grammar.TokenizeLine(line, state, slice);
            var cutShort = Stopwatch.GetElapsedTime(wall) >= slice;
            remaining = budget - (ThreadCpuTime.Now() - started);
            if (!cutShort)
            {
                return remaining > TimeSpan.Zero ? result : null;
            }

            slice = TimeSpan.FromTicks(Math.Max(Math.Min(slice.Ticks, long.MaxValue / 4) * 2, Math.Min(remaining.Ticks, long.MaxValue / 2)));
        }

        return null;
    }

    private TimeSpan Budget(string text)
    {
        var lines = text.AsSpan().Count('\n') + 1;
        var perLine = lineBudget.Ticks == 0 ? 0 : Math.Min(lineBudget.Ticks, (TimeSpan.MaxValue.Ticks - blockBudget.Ticks) / lines);
        return TimeSpan.FromTicks(blockBudget.Ticks + (perLine * lines));
    }

    private static void Collect(IToken[] lineTokens, ReadOnlySpan<char> line, int lineOffset, List<(int, int, TokenKind)> tokens)
    {
        foreach (var token in lineTokens)
        {
            var from = Math.Min(token.StartIndex, line.Length);
            var to = Math.Min(token.EndIndex, line.Length);
            if (to <= from)
            {
                continue;
            }

            var kind = ScopeClassifier.Classify(token.Scopes, line[from..to]);
            if (kind == TokenKind.Text && tokens.Count > 0 && tokens[^1] is (var start, var end, TokenKind.Variable) && end == lineOffset + from && ScopeClassifier.IsVariable(token.Scopes))
            {
                // The name after its sigil (PHP's $ and name, Less's @ and name are two tokens): one variable, one span.
                tokens[^1] = (start, lineOffset + to, TokenKind.Variable);
                continue;
            }

            if (kind != TokenKind.Text)
            {
                tokens.Add((lineOffset + from, lineOffset + to, kind));
            }
        }
    }

    private enum Outcome
    {
        Highlighted,
        OutOfTime,
        TooDeep,
    }
}
