using System;

namespace GraphQL.Language;

// Spec §2.2 Document and the entry points for single values and types.
internal ref partial struct Utf8GraphQLParser
{
    /// <summary>Document : Definition+</summary>
    public DocumentNode ParseDocument()
    {
        var start = new TokenStart(0, 1, 1);
        var mark = _lists.Mark;
        do
        {
            _lists.Push(ParseDefinition());
        }
        while (!Peek(TokenKind.EndOfFile));

        return new DocumentNode(_lists.PopArray<DefinitionNode>(mark), LocationFrom(start));
    }

    /// <summary>A whole source holding one Value (graphql-js <c>parseValue</c>).</summary>
    public ValueNode ParseSingleValue(bool isConst)
    {
        var value = ParseValueLiteral(isConst);
        Expect(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>A whole source holding one Type (graphql-js <c>parseType</c>).</summary>
    public TypeNode ParseSingleType()
    {
        var type = ParseTypeReference();
        Expect(TokenKind.EndOfFile);
        return type;
    }

    /// <summary>
    /// Definition : ExecutableDefinition | TypeSystemDefinitionOrExtension
    /// ExecutableDefinition : OperationDefinition | FragmentDefinition
    /// TypeSystemDefinition : SchemaDefinition | TypeDefinition | DirectiveDefinition
    /// </summary>
    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.LeftBrace))
        {
            return ParseOperationDefinition(Here(), null);
        }

        // Many definitions begin with a description (spec §2.2); it is read first and handed down.
        var start = Here();
        var description = ParseDescription();
        if (description is not null && Peek(TokenKind.LeftBrace))
        {
            throw ErrorAt(start, "Unexpected description, descriptions are not supported on shorthand queries.");
        }

        if (_reader.Kind == TokenKind.Name)
        {
            var keyword = _reader.Value;
            if (keyword.SequenceEqual("schema"u8)) return ParseSchemaDefinition(start, description);
            if (keyword.SequenceEqual("scalar"u8)) return ParseScalarTypeDefinition(start, description);
            if (keyword.SequenceEqual("type"u8)) return ParseObjectTypeDefinition(start, description);
            if (keyword.SequenceEqual("interface"u8)) return ParseInterfaceTypeDefinition(start, description);
            if (keyword.SequenceEqual("union"u8)) return ParseUnionTypeDefinition(start, description);
            if (keyword.SequenceEqual("enum"u8)) return ParseEnumTypeDefinition(start, description);
            if (keyword.SequenceEqual("input"u8)) return ParseInputObjectTypeDefinition(start, description);
            if (keyword.SequenceEqual("directive"u8)) return ParseDirectiveDefinition(start, description);
            if (keyword.SequenceEqual("query"u8) || keyword.SequenceEqual("mutation"u8)
                || keyword.SequenceEqual("subscription"u8))
            {
                return ParseOperationDefinition(start, description);
            }

            if (keyword.SequenceEqual("fragment"u8)) return ParseFragmentDefinition(start, description);

            if (description is not null)
            {
                throw ErrorAt(start, "Unexpected description, only GraphQL definitions support descriptions.");
            }

            if (keyword.SequenceEqual("extend"u8)) return ParseTypeSystemExtension();
        }

        throw Unexpected();
    }
}
