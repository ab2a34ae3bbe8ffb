using System;

namespace GraphQL.Language;

// Spec §3 Type System: §3.2 descriptions, §3.3 schema, §3.4–§3.10 types, §3.13 directives.
internal ref partial struct Utf8GraphQLParser
{
    /// <summary>Description : StringValue</summary>
    private StringValueNode? ParseDescription() =>
        Peek(TokenKind.String) || Peek(TokenKind.BlockString) ? ParseStringLiteral() : null;

    /// <summary>SchemaDefinition : Description? schema Directives[Const]? { RootOperationTypeDefinition+ }</summary>
    private SchemaDefinitionNode ParseSchemaDefinition(in TokenStart start, StringValueNode? description)
    {
        ExpectKeyword("schema"u8);
        var directives = ParseDirectives(isConst: true);
        var operationTypes = Many<OperationTypeDefinitionNode, OperationTypeDefinitionItem>(
            TokenKind.LeftBrace, TokenKind.RightBrace);
        return new SchemaDefinitionNode(description, directives, operationTypes, LocationFrom(start));
    }

    /// <summary>RootOperationTypeDefinition : OperationType : NamedType</summary>
    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        var start = Here();
        var operation = ParseOperationType();
        Expect(TokenKind.Colon);
        var type = ParseNamedType();
        return new OperationTypeDefinitionNode(operation, type, LocationFrom(start));
    }

    /// <summary>ScalarTypeDefinition : Description? scalar Name Directives[Const]?</summary>
    private ScalarTypeDefinitionNode ParseScalarTypeDefinition(in TokenStart start, StringValueNode? description)
    {
        ExpectKeyword("scalar"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new ScalarTypeDefinitionNode(description, name, directives, LocationFrom(start));
    }

    /// <summary>
    /// ObjectTypeDefinition : Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?
    /// </summary>
    private ObjectTypeDefinitionNode ParseObjectTypeDefinition(in TokenStart start, StringValueNode? description)
    {
        ExpectKeyword("type"u8);
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new ObjectTypeDefinitionNode(description, name, interfaces, directives, fields, LocationFrom(start));
    }

    /// <summary>ImplementsInterfaces : ImplementsInterfaces &amp; NamedType | implements &amp;? NamedType</summary>
    private NamedTypeNode[] ParseImplementsInterfaces() =>
        SkipKeyword("implements"u8)
            ? DelimitedMany<NamedTypeNode, NamedTypeItem>(TokenKind.Ampersand)
            : System.Array.Empty<NamedTypeNode>();

    /// <summary>FieldsDefinition : { FieldDefinition+ } — an empty <c>{ }</c> is a syntax error.</summary>
    private FieldDefinitionNode[] ParseFieldsDefinition() =>
        OptionalMany<FieldDefinitionNode, FieldDefinitionItem>(TokenKind.LeftBrace, TokenKind.RightBrace);

    /// <summary>FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]?</summary>
    private FieldDefinitionNode ParseFieldDefinition()
    {
        var start = Here();
        var description = ParseDescription();
        var name = ParseName();
        var arguments = ParseArgumentsDefinition();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var directives = ParseDirectives(isConst: true);
        return new FieldDefinitionNode(description, name, arguments, type, directives, LocationFrom(start));
    }

    /// <summary>ArgumentsDefinition : ( InputValueDefinition+ )</summary>
    private InputValueDefinitionNode[] ParseArgumentsDefinition() =>
        OptionalMany<InputValueDefinitionNode, InputValueDefinitionItem>(
            TokenKind.LeftParenthesis, TokenKind.RightParenthesis);

    /// <summary>InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]?</summary>
    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        var start = Here();
        var description = ParseDescription();
        var name = ParseName();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ParseDefaultValue();
        var directives = ParseDirectives(isConst: true);
        return new InputValueDefinitionNode(description, name, type, defaultValue, directives, LocationFrom(start));
    }

    /// <summary>
    /// InterfaceTypeDefinition : Description? interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?
    /// </summary>
    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition(in TokenStart start, StringValueNode? description)
    {
        ExpectKeyword("interface"u8);
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new InterfaceTypeDefinitionNode(description, name, interfaces, directives, fields, LocationFrom(start));
    }

    /// <summary>UnionTypeDefinition : Description? union Name Directives[Const]? UnionMemberTypes?</summary>
    private UnionTypeDefinitionNode ParseUnionTypeDefinition(in TokenStart start, StringValueNode? description)
    {
        ExpectKeyword("union"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        return new UnionTypeDefinitionNode(description, name, directives, types, LocationFrom(start));
    }

    /// <summary>UnionMemberTypes : UnionMemberTypes | NamedType | = |? NamedType</summary>
    private NamedTypeNode[] ParseUnionMemberTypes() =>
        Skip(TokenKind.Equal)
            ? DelimitedMany<NamedTypeNode, NamedTypeItem>(TokenKind.Pipe)
            : System.Array.Empty<NamedTypeNode>();

    /// <summary>EnumTypeDefinition : Description? enum Name Directives[Const]? EnumValuesDefinition?</summary>
    private EnumTypeDefinitionNode ParseEnumTypeDefinition(in TokenStart start, StringValueNode? description)
    {
        ExpectKeyword("enum"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        return new EnumTypeDefinitionNode(description, name, directives, values, LocationFrom(start));
    }

    /// <summary>EnumValuesDefinition : { EnumValueDefinition+ }</summary>
    private EnumValueDefinitionNode[] ParseEnumValuesDefinition() =>
        OptionalMany<EnumValueDefinitionNode, EnumValueDefinitionItem>(TokenKind.LeftBrace, TokenKind.RightBrace);

    /// <summary>EnumValueDefinition : Description? EnumValue Directives[Const]?</summary>
    private EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        var start = Here();
        var description = ParseDescription();
        var name = ParseEnumValueName();
        var directives = ParseDirectives(isConst: true);
        return new EnumValueDefinitionNode(description, name, directives, LocationFrom(start));
    }

    /// <summary>EnumValue : Name but not true or false or null</summary>
    private NameNode ParseEnumValueName()
    {
        if (PeekKeyword("true"u8) || PeekKeyword("false"u8) || PeekKeyword("null"u8))
        {
            throw ErrorAtToken($"{DescribeToken()} is reserved and cannot be used for an enum value.");
        }

        return ParseName();
    }

    /// <summary>InputObjectTypeDefinition : Description? input Name Directives[Const]? InputFieldsDefinition?</summary>
    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition(in TokenStart start, StringValueNode? description)
    {
        ExpectKeyword("input"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputFieldsDefinition();
        return new InputObjectTypeDefinitionNode(description, name, directives, fields, LocationFrom(start));
    }

    /// <summary>InputFieldsDefinition : { InputValueDefinition+ }</summary>
    private InputValueDefinitionNode[] ParseInputFieldsDefinition() =>
        OptionalMany<InputValueDefinitionNode, InputValueDefinitionItem>(TokenKind.LeftBrace, TokenKind.RightBrace);

    /// <summary>
    /// DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations
    /// </summary>
    private DirectiveDefinitionNode ParseDirectiveDefinition(in TokenStart start, StringValueNode? description)
    {
        ExpectKeyword("directive"u8);
        Expect(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArgumentsDefinition();
        var repeatable = SkipKeyword("repeatable"u8);
        ExpectKeyword("on"u8);
        var locations = DelimitedMany<NameNode, DirectiveLocationItem>(TokenKind.Pipe);
        return new DirectiveDefinitionNode(description, name, arguments, repeatable, locations, LocationFrom(start));
    }

    /// <summary>DirectiveLocation : ExecutableDirectiveLocation | TypeSystemDirectiveLocation</summary>
    private NameNode ParseDirectiveLocation()
    {
        if (Peek(TokenKind.Name) && !DirectiveLocations.IsKnown(_reader.Value))
        {
            throw Unexpected();
        }

        return ParseName();
    }
}
