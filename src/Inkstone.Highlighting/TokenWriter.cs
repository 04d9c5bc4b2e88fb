namespace Inkstone.Highlighting;

/// <summary>
/// Collects a lexer's tokens, given as ranges of the source, and hands them to a sink split at line breaks.
/// Text the lexer skips is delivered as plain text, ranges that overlap what was already written are clipped,
/// and adjacent tokens of one kind are merged. So whatever a lexer does, the sink receives every character
/// of the source exactly once, in order.
/// </summary>
internal ref struct TokenWriter
{
    private readonly ReadOnlySpan<char> _code;
    private readonly IHighlightSink _sink;
    private int _accepted;
    private TokenKind _pendingKind;
    private int _pendingStart;
    private int _pendingEnd;
    private int _lineIndex;
    private bool _lineOpen;
    private bool _skipLineFeed;

    public TokenWriter(ReadOnlySpan<char> code, IHighlightSink sink)
    {
        _code = code;
        _sink = sink;
        ScanBudget = (8L * code.Length) + (1 << 20);
    }

    /// <summary>How many more characters searches for closing brackets may look at in this block (<see cref="Scan.ClosingBracket"/>).</summary>
    public long ScanBudget { get; set; }

    /// <summary>How deeply lexers are nested (interpolation holes, embedded languages); bounds recursion.</summary>
    public int Depth { get; set; }

    /// <summary>The end of the text written so far.</summary>
    public readonly int Position => _accepted;

    public void Emit(TokenKind kind, int start, int end)
    {
        if (start < _accepted)
        {
            start = _accepted;
        }

        if (end > _code.Length)
        {
            end = _code.Length;
        }

        if (end <= start)
        {
            return;
        }

        if (start > _accepted)
        {
            Append(TokenKind.Text, _accepted, start);
        }

        Append(kind, start, end);
    }

    /// <summary>Writes the rest of the source as plain text and closes the last line.</summary>
    public void Finish()
    {
        Emit(TokenKind.Text, _accepted, _code.Length);
        Flush();
        if (_lineOpen)
        {
            _sink.EndLine();
            _lineOpen = false;
        }
    }

    private void Append(TokenKind kind, int start, int end)
    {
        if (kind != _pendingKind || start != _pendingEnd)
        {
            Flush();
            _pendingKind = kind;
            _pendingStart = start;
        }

        _pendingEnd = end;
        _accepted = end;
    }

    private void Flush()
    {
        var start = _pendingStart;
        var end = _pendingEnd;
        _pendingStart = end;
        if (end > start)
        {
            Deliver(_pendingKind, start, end);
        }
    }

    private void Deliver(TokenKind kind, int start, int end)
    {
        if (_skipLineFeed)
        {
            _skipLineFeed = false;
            if (_code[start] == '\n')
            {
                start++;
            }
        }

        while (start < end)
        {
            var rest = _code[start..end];
            var i = rest.IndexOfAny('\r', '\n');
            OpenLine();
            if (i < 0)
            {
                _sink.Token(kind, rest);
                return;
            }

            if (i > 0)
            {
                _sink.Token(kind, rest[..i]);
            }

            _sink.EndLine();
            _lineOpen = false;
            _lineIndex++;
            var lineBreak = start + i;
            if (_code[lineBreak] == '\r' && lineBreak + 1 < _code.Length && _code[lineBreak + 1] == '\n')
            {
                if (lineBreak + 1 < end)
                {
                    lineBreak++;
                }
                else
                {
                    _skipLineFeed = true;
                }
            }

            start = lineBreak + 1;
        }
    }

    private void OpenLine()
    {
        if (!_lineOpen)
        {
            _sink.BeginLine(_lineIndex);
            _lineOpen = true;
        }
    }
}
