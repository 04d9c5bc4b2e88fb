using System.Diagnostics;
using TextMateSharp.Grammars;

namespace Inkstone.Highlighting.TextMate;

/// <summary>
/// Highlights with one TextMate grammar, line by line as VS Code does, and emits the kinds
/// <see cref="ScopeClassifier"/> gives the scopes. Grammar regexes can backtrack for a long time, so a block
/// has a time budget (<see cref="TextMateLanguages.BlockBudget"/> and some per line): past it, or on any failure of the grammar, the whole block is plain text (still escaped
/// by the writer), never half-highlighted. A line longer than <see cref="MaxLineLength"/> is left plain and its
/// state carried over, as VS Code and shiki do, so one minified line does not cost the budget of the block.
/// </summary>
internal sealed class TextMateLexer(GrammarSessionPool sessions, string scopeName, TimeSpan blockBudget, TimeSpan lineBudget) : Lexer
{
    public const int MaxLineLength = 5000;

    public string ScopeName { get; } = scopeName;

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
    internal bool TryTokenize(string text, int offset, List<(int Start, int End, TokenKind Kind)> tokens)
    {
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
            if (Tokenize(grammar, text, offset, tokens))
            {
                return true;
            }

            tokens.RemoveRange(count, tokens.Count - count);
            return fresh && Tokenize(grammar, text, offset, tokens);
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

    private bool Tokenize(IGrammar grammar, string text, int offset, List<(int Start, int End, TokenKind Kind)> tokens)
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
                if (TokenizeLine(grammar, line, state, budget, started) is not { } result)
                {
                    return false;
                }

                state = result.RuleStack;
                Collect(result.Tokens, line.Span, offset + lineStart, tokens);
            }

            lineStart = lineEnd + (lineEnd + 1 < text.Length && text[lineEnd] == '\r' && text[lineEnd + 1] == '\n' ? 2 : 1);
        }

        return true;
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
            if (kind == TokenKind.Text && tokens.Count > 0 && tokens[^1] is (_, var end, TokenKind.Variable) && end == lineOffset + from && ScopeClassifier.IsVariable(token.Scopes))
            {
                kind = TokenKind.Variable; // the name after its sigil: PHP's $ and name are two tokens
            }

            if (kind != TokenKind.Text)
            {
                tokens.Add((lineOffset + from, lineOffset + to, kind));
            }
        }
    }
}
