using System;
using System.Runtime.CompilerServices;

namespace GraphQL.Language;

/// <summary>
/// Recursive-descent parser over <see cref="Utf8GraphQLReader"/>: one <c>ParseX</c> per production of spec §2 and §3,
/// split across files by spec section. Recursion only grows through selection sets, list and object values and
/// list types, and each of those counts against <see cref="ParserOptions.MaxDepth"/>.
/// </summary>
internal ref partial struct Utf8GraphQLParser
{
    private Utf8GraphQLReader _reader;
    private readonly ListBuffer _lists;
    private readonly bool _createLocations;
    private readonly int _maxTokens;
    private readonly int _maxDepth;
    private readonly int _maxFields;
    private int _tokenCount;
    private int _depth;
    private int _fieldCount;
    private int _lastEnd;

    public Utf8GraphQLParser(ReadOnlySpan<byte> source, ParserOptions options)
    {
        _reader = new Utf8GraphQLReader(source);
        _lists = ListBuffer.Rent();
        _createLocations = !options.NoLocations;
        _maxTokens = options.MaxTokens;
        _maxDepth = options.MaxDepth;
        _maxFields = options.MaxFields ?? int.MaxValue;
        _tokenCount = 0;
        _depth = 0;
        _fieldCount = 0;
        _lastEnd = 0;

        // Step from <SOF> onto the first token.
        MoveNext();
    }

    /// <summary>Gives the list buffer back once the parse is over (finished or failed).</summary>
    public void Release() => ListBuffer.Return(_lists);

    /// <summary>Where a node starts: taken before its first token is consumed.</summary>
    private readonly struct TokenStart
    {
        public TokenStart(int position, int line, int column)
        {
            Position = position;
            Line = line;
            Column = column;
        }

        public int Position { get; }
        public int Line { get; }
        public int Column { get; }
    }

    // Taken and turned into a Location once per node: inlined so the three ints stay in registers.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private TokenStart Here() => new(_reader.Start, _reader.Line, _reader.Column);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Location? LocationFrom(in TokenStart start) =>
        _createLocations ? new Location(start.Position, _lastEnd, start.Line, start.Column) : null;

    private void MoveNext()
    {
        _lastEnd = _reader.End;
        if (_reader.Read() && ++_tokenCount > _maxTokens)
        {
            throw ErrorAtToken($"Document contains more than {_maxTokens} tokens. Parsing aborted.");
        }
    }

    private bool Peek(TokenKind kind) => _reader.Kind == kind;

    private bool PeekKeyword(ReadOnlySpan<byte> keyword) =>
        _reader.Kind == TokenKind.Name && _reader.Value.SequenceEqual(keyword);

    /// <summary>Consumes a token of the given kind or fails with <c>Expected X, found Y.</c></summary>
    /// <remarks>Inlined (a colon or an opening bracket per argument and list); the message is built apart.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Expect(TokenKind kind)
    {
        if (_reader.Kind != kind) throw ExpectedError(kind);
        MoveNext();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private GraphQLSyntaxException ExpectedError(TokenKind kind) =>
        ErrorAtToken($"Expected {kind.Describe()}, found {DescribeToken()}.");

    /// <summary>Consumes the token when it has the given kind.</summary>
    private bool Skip(TokenKind kind)
    {
        if (_reader.Kind != kind) return false;
        MoveNext();
        return true;
    }

    private void ExpectKeyword(ReadOnlySpan<byte> keyword)
    {
        if (!PeekKeyword(keyword))
        {
            throw ErrorAtToken($"Expected \"{Utf8GraphQLReader.Decode(keyword)}\", found {DescribeToken()}.");
        }

        MoveNext();
    }

    private bool SkipKeyword(ReadOnlySpan<byte> keyword)
    {
        if (!PeekKeyword(keyword)) return false;
        MoveNext();
        return true;
    }

    /// <summary>open Item+ close: at least one item.</summary>
    private T[] Many<T, TItem>(TokenKind open, TokenKind close)
        where T : class
        where TItem : struct, IItemParser<T>
    {
        Expect(open);
        var mark = _lists.Mark;
        do
        {
            _lists.Push(default(TItem).Parse(ref this));
        }
        while (!Skip(close));

        return _lists.PopArray<T>(mark);
    }

    /// <summary>(open Item+ close)?: nothing when the opening token is absent, else at least one item.</summary>
    private T[] OptionalMany<T, TItem>(TokenKind open, TokenKind close)
        where T : class
        where TItem : struct, IItemParser<T> =>
        Peek(open) ? Many<T, TItem>(open, close) : Array.Empty<T>();

    /// <summary>open Item* close: possibly empty (list and object values).</summary>
    private T[] Any<T, TItem>(TokenKind open, TokenKind close)
        where T : class
        where TItem : struct, IItemParser<T>
    {
        Expect(open);
        var mark = _lists.Mark;
        while (!Skip(close))
        {
            _lists.Push(default(TItem).Parse(ref this));
        }

        return _lists.PopArray<T>(mark);
    }

    /// <summary>delimiter? Item (delimiter Item)*: as in <c>implements &amp; A &amp; B</c> and <c>= | A | B</c>.</summary>
    private T[] DelimitedMany<T, TItem>(TokenKind delimiter)
        where T : class
        where TItem : struct, IItemParser<T>
    {
        Skip(delimiter);
        var mark = _lists.Mark;
        do
        {
            _lists.Push(default(TItem).Parse(ref this));
        }
        while (Skip(delimiter));

        return _lists.PopArray<T>(mark);
    }

    /// <summary>Counts one level of nesting; fails cleanly before the stack could overflow.</summary>
    /// <remarks>
    /// The stack is checked at the first level and every eighth after it: a check leaves at least 64 KB (128 KB
    /// on 64-bit) in reserve, far more than eight levels of this parser take, and most documents never reach a
    /// second check.
    /// </remarks>
    private void EnterNesting()
    {
        if (++_depth > _maxDepth || ((_depth & 7) == 1 && !HasSufficientStack()))
        {
            throw ErrorAtToken($"Document exceeds the maximum nesting depth of {_maxDepth}.");
        }
    }

    private void LeaveNesting() => _depth--;

    private static bool HasSufficientStack()
    {
#if NET
        return RuntimeHelpers.TryEnsureSufficientExecutionStack();
#else
        try
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
            return true;
        }
        catch (InsufficientExecutionStackException)
        {
            return false;
        }
#endif
    }

    private GraphQLSyntaxException Unexpected() => ErrorAtToken($"Unexpected {DescribeToken()}.");

    private GraphQLSyntaxException ErrorAtToken(string description) =>
        new(description, _reader.Start, _reader.Line, _reader.Column);

    private static GraphQLSyntaxException ErrorAt(in TokenStart start, string description) =>
        new(description, start.Position, start.Line, start.Column);

    /// <summary>A token as graphql-js names it in messages: <c>"}"</c>, <c>&lt;EOF&gt;</c>, <c>Name "foo"</c>.</summary>
    private string DescribeToken()
    {
        var kind = _reader.Kind;
        if (!kind.HasValue()) return kind.Describe();
        var value = kind is TokenKind.String or TokenKind.BlockString ? _reader.GetString() : _reader.GetRawText();
        return kind.Describe() + " \"" + value + "\"";
    }

    /// <summary>Name :: NameStart NameContinue* (spec §2.1.9).</summary>
    private NameNode ParseName()
    {
        var start = Here();
        if (_reader.Kind != TokenKind.Name)
        {
            throw ErrorAtToken($"Expected Name, found {DescribeToken()}.");
        }

        var value = _reader.GetName();
        MoveNext();
        return new NameNode(value, LocationFrom(start));
    }
}
