namespace Inkstone.Highlighting.Lexers;

/// <summary>SQL across the common dialects: case-insensitive keywords and types, quoted identifiers, parameters.</summary>
/// <param name="hashComments">What <c>#</c> starts: a comment in MySQL, an operator in PostgreSQL (<c>#&gt;&gt;</c>, <c>&lt;#&gt;</c>).</param>
internal sealed class SqlLexer(SqlHash hashComments) : Lexer
{
    private static readonly StringRule SingleQuoted = new('\'', Escape: '\0', DoubledQuote: true, Multiline: true);

    private static readonly WordSet Keywords = new(
        "add all alter and any as asc begin between by cascade case check column commit constraint create cross current " +
        "database default delete desc distinct drop else end escape except exists explain fetch filter first following for " +
        "foreign from full grant group having if in index inner insert intersect into is join key last lateral left like " +
        "limit materialized natural not nulls offset on or order outer over partition preceding primary procedure " +
        "recursive references rename replace returning revoke right rollback row rows select set table temporary then to " +
        "transaction trigger truncate unbounded union unique update using values view when where window with without " +
        "conflict do nothing ilike similar range groups exclude ties only function returns language declare return", ignoreCase: true);

    private static readonly WordSet Types = new(
        "int integer smallint bigint tinyint serial bigserial decimal numeric real float double precision boolean bool " +
        "char varchar nvarchar character varying text date time timestamp timestamptz interval uuid json jsonb bytea blob " +
        "clob bit money xml array", ignoreCase: true);

    private static readonly WordSet Constants = new("null true false", ignoreCase: true);

    public override void Lex(ReadOnlySpan<char> code, int start, int end, ref TokenWriter writer)
    {
        var pos = start;
        while (pos < end)
        {
            var c = code[pos];
            var next = pos + 1 < end ? code[pos + 1] : '\0';
            if (char.IsWhiteSpace(c))
            {
                pos++;
            }
            else if ((c == '-' && next == '-') || (c == '#' && HashStartsComment(code, start, pos, next)))
            {
                var lineEnd = Scan.LineEnd(code, pos, end);
                writer.Emit(TokenKind.Comment, pos, lineEnd);
                pos = lineEnd;
            }
            else if (c == '/' && next == '*')
            {
                var close = code[(pos + 2)..end].IndexOf("*/");
                var commentEnd = close < 0 ? end : pos + close + 4;
                writer.Emit(TokenKind.Comment, pos, commentEnd);
                pos = commentEnd;
            }
            else if (c == '\'')
            {
                pos = QuotedString.Lex(this, code, pos, pos + 1, end, SingleQuoted, TokenKind.String, ref writer);
            }
            // [Order Details] is a T-SQL name; ARRAY['nlp'] and a[1] are PostgreSQL's arrays.
            else if (c is '"' or '`' || (c == '[' && hashComments != SqlHash.Operator && Scan.IsIdentStart(next)))
            {
                var closing = c == '[' ? ']' : c;
                var close = code[(pos + 1)..Scan.NearLineEnd(code, pos, end)].IndexOf(closing);
                var identifierEnd = close < 0 ? pos + 1 : pos + close + 2;
                if (close < 0)
                {
                    writer.Emit(TokenKind.Punctuation, pos, pos + 1);
                }

                pos = identifierEnd;
            }
            else if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(next)))
            {
                var numberEnd = Scan.NumberEnd(code, pos, end);
                writer.Emit(TokenKind.Number, pos, numberEnd);
                pos = numberEnd;
            }
            else if (c == ':' && next == ':')
            {
                // A PostgreSQL cast, not a parameter.
                writer.Emit(TokenKind.Operator, pos, pos + 2);
                pos += 2;
            }
            else if ((c is '@' or '$' or ':' && (Scan.IsIdentPart(next) || next == '@')) || (c == '?' && !Scan.IsIdentPart(next)))
            {
                var nameEnd = Scan.IdentifierEnd(code, next == '@' ? pos + 2 : pos + 1, end);
                writer.Emit(TokenKind.Variable, pos, nameEnd);
                pos = nameEnd;
            }
            else if (Scan.IsIdentStart(c))
            {
                var wordEnd = Scan.IdentifierEnd(code, pos, end);
                var word = code[pos..wordEnd];
                var kind = Keywords.Contains(word) ? TokenKind.Keyword
                    : Types.Contains(word) ? TokenKind.KeywordType
                    : Constants.Contains(word) ? TokenKind.Constant
                    : wordEnd < end && code[wordEnd] == '(' ? TokenKind.Function
                    : TokenKind.Text;
                writer.Emit(kind, pos, wordEnd);
                pos = wordEnd;
            }
            else
            {
                if (c is '=' or '<' or '>' or '!' or '+' or '-' or '*' or '/' or '%' or '|' or '&' or '^' or '~' or '#')
                {
                    writer.Emit(TokenKind.Operator, pos, pos + 1);
                }
                else if (c is '(' or ')' or ',' or ';' or '.' or '[' or ']')
                {
                    writer.Emit(TokenKind.Punctuation, pos, pos + 1);
                }

                pos++;
            }
        }
    }

    /// <summary>
    /// Whether the <c>#</c> at <paramref name="pos"/> starts a comment. Where the dialect is not named, it does unless
    /// it is part of one of PostgreSQL's operators (<c>#&gt;</c>, <c>#&gt;&gt;</c>, <c>#-</c>, <c>##</c>, pgvector's <c>&lt;#&gt;</c>).
    /// </summary>
    private bool HashStartsComment(ReadOnlySpan<char> code, int start, int pos, char next) => hashComments switch
    {
        SqlHash.Comment => true,
        SqlHash.Operator => false,
        _ => next is not ('>' or '-' or '#') && !(pos > start && code[pos - 1] is '<' or '#' or '?' or '@'),
    };
}

/// <summary>What <c>#</c> means in a SQL dialect.</summary>
internal enum SqlHash
{
    /// <summary>A comment, unless it is part of an operator: SQL whose dialect is not named.</summary>
    Either,

    /// <summary>A comment, as in MySQL and MariaDB.</summary>
    Comment,

    /// <summary>An operator, as in PostgreSQL.</summary>
    Operator,
}
