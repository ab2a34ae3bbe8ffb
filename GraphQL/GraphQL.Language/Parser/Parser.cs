using System;
using System.Buffers;
using System.Text;

namespace GraphQL.Language;

/// <summary>
/// Parses GraphQL source text (spec §2 executable documents and §3 type system documents) into the syntax tree.
/// Throws <see cref="GraphQLSyntaxException"/> with graphql-js's messages on invalid input.
/// </summary>
public static class Parser
{
    // Sources up to this many UTF-8 bytes are transcoded on the stack; larger ones use a pooled array.
    private const int StackallocThreshold = 256;

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Document : Definition+</summary>
    public static DocumentNode Parse(string source, ParserOptions? options = null)
    {
        if (source is null) throw new ArgumentNullException(nameof(source));
        var parser = new StringParser<DocumentNode>(static (utf8, o) => Parse(utf8, o));
        return parser.Run(source, options);
    }

    /// <summary>Document : Definition+ — from UTF-8 bytes.</summary>
    public static DocumentNode Parse(ReadOnlySpan<byte> utf8, ParserOptions? options = null)
    {
        var parser = new Utf8GraphQLParser(utf8, options ?? ParserOptions.Default);
        try
        {
            return parser.ParseDocument();
        }
        finally
        {
            parser.Release();
        }
    }

    /// <summary>A source holding exactly one Value; variables are allowed (graphql-js <c>parseValue</c>).</summary>
    public static ValueNode ParseValue(string source, ParserOptions? options = null)
    {
        if (source is null) throw new ArgumentNullException(nameof(source));
        var parser = new StringParser<ValueNode>(static (utf8, o) => ParseValue(utf8, o));
        return parser.Run(source, options);
    }

    /// <summary>A UTF-8 source holding exactly one Value.</summary>
    public static ValueNode ParseValue(ReadOnlySpan<byte> utf8, ParserOptions? options = null)
    {
        var parser = new Utf8GraphQLParser(utf8, options ?? ParserOptions.Default);
        try
        {
            return parser.ParseSingleValue(isConst: false);
        }
        finally
        {
            parser.Release();
        }
    }

    /// <summary>A source holding exactly one Type reference, e.g. <c>[String!]!</c> (graphql-js <c>parseType</c>).</summary>
    public static TypeNode ParseType(string source, ParserOptions? options = null)
    {
        if (source is null) throw new ArgumentNullException(nameof(source));
        var parser = new StringParser<TypeNode>(static (utf8, o) => ParseType(utf8, o));
        return parser.Run(source, options);
    }

    /// <summary>A UTF-8 source holding exactly one Type reference.</summary>
    public static TypeNode ParseType(ReadOnlySpan<byte> utf8, ParserOptions? options = null)
    {
        var parser = new Utf8GraphQLParser(utf8, options ?? ParserOptions.Default);
        try
        {
            return parser.ParseSingleType();
        }
        finally
        {
            parser.Release();
        }
    }

    private delegate T Utf8Parse<T>(ReadOnlySpan<byte> utf8, ParserOptions? options);

    /// <summary>Transcodes a string to UTF-8 (stack or pooled buffer) and runs a UTF-8 parse over it.</summary>
    private readonly struct StringParser<T>
    {
        private readonly Utf8Parse<T> _parse;

        public StringParser(Utf8Parse<T> parse) => _parse = parse;

        public unsafe T Run(string source, ParserOptions? options)
        {
#if NET
            // A short source (most requests) fits the stack buffer whatever it holds (at most three UTF-8 bytes per
            // UTF-16 code unit), so it is transcoded in one pass without counting its bytes first.
            if (source.Length <= StackallocThreshold / 3)
            {
                Span<byte> shortBuffer = stackalloc byte[StackallocThreshold];
                var status = System.Text.Unicode.Utf8.FromUtf16(
                    source, shortBuffer, out _, out var written, replaceInvalidSequences: false);
                if (status != OperationStatus.Done) throw LoneSurrogate(source);
                return _parse(shortBuffer.Slice(0, written), options);
            }
#endif

            int byteCount;
            try
            {
                byteCount = s_strictUtf8.GetByteCount(source);
            }
            catch (EncoderFallbackException)
            {
                throw LoneSurrogate(source);
            }

            byte[]? rented = null;
            var buffer = byteCount <= StackallocThreshold
                ? stackalloc byte[StackallocThreshold]
                : (rented = ArrayPool<byte>.Shared.Rent(byteCount));
            try
            {
                fixed (char* chars = source)
                fixed (byte* bytes = buffer)
                {
                    s_strictUtf8.GetBytes(chars, source.Length, bytes, byteCount);
                }

                return _parse(buffer.Slice(0, byteCount), options);
            }
            finally
            {
                if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// A string with an unpaired surrogate is not Unicode text (spec §2.1.1); reported as graphql-js does,
    /// at the surrogate's line and UTF-16 column.
    /// </summary>
    private static GraphQLSyntaxException LoneSurrogate(string source)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= source.Length || source[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < source.Length && char.IsLowSurrogate(source[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                var position = s_strictUtf8.GetByteCount(source.Substring(0, i));
                return new GraphQLSyntaxException(
                    "Invalid character: U+" + ((int)c).ToString("X4") + ".", position, line, i - lineStart + 1);
            }
        }

        return new GraphQLSyntaxException("Invalid character.", 0, 1, 1);
    }
}
