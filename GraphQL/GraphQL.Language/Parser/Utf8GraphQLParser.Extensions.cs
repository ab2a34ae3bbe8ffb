using System;

namespace GraphQL.Language;

// Spec §3.1 TypeSystemExtension: schema (§3.3.2) and type extensions (§3.4.3). An extension must add something.
internal ref partial struct Utf8GraphQLParser
{
    /// <summary>
    /// TypeSystemExtension : SchemaExtension | TypeExtension
    /// TypeExtension : ScalarTypeExtension | ObjectTypeExtension | InterfaceTypeExtension | UnionTypeExtension
    ///   | EnumTypeExtension | InputObjectTypeExtension
    /// </summary>
    private TypeSystemExtensionNode ParseTypeSystemExtension()
    {
        var start = Here();
        ExpectKeyword("extend"u8);
        if (_reader.Kind == TokenKind.Name)
        {
            var keyword = _reader.Value;
            if (keyword.SequenceEqual("schema"u8)) return ParseSchemaExtension(start);
            if (keyword.SequenceEqual("scalar"u8)) return ParseScalarTypeExtension(start);
            if (keyword.SequenceEqual("type"u8)) return ParseObjectTypeExtension(start);
            if (keyword.SequenceEqual("interface"u8)) return ParseInterfaceTypeExtension(start);
            if (keyword.SequenceEqual("union"u8)) return ParseUnionTypeExtension(start);
            if (keyword.SequenceEqual("enum"u8)) return ParseEnumTypeExtension(start);
            if (keyword.SequenceEqual("input"u8)) return ParseInputObjectTypeExtension(start);
        }

        throw Unexpected();
    }

    /// <summary>
    /// SchemaExtension :
    ///   - extend schema Directives[Const]? { RootOperationTypeDefinition+ }
    ///   - extend schema Directives[Const] [lookahead != {]
    /// </summary>
    private SchemaExtensionNode ParseSchemaExtension(in TokenStart start)
    {
        ExpectKeyword("schema"u8);
        var directives = ParseDirectives(isConst: true);
        var operationTypes = OptionalMany<OperationTypeDefinitionNode, OperationTypeDefinitionItem>(
            TokenKind.LeftBrace, TokenKind.RightBrace);
        if (directives.Length == 0 && operationTypes.Length == 0) throw Unexpected();
        return new SchemaExtensionNode(directives, operationTypes, LocationFrom(start));
    }

    /// <summary>ScalarTypeExtension : extend scalar Name Directives[Const]</summary>
    private ScalarTypeExtensionNode ParseScalarTypeExtension(in TokenStart start)
    {
        ExpectKeyword("scalar"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        if (directives.Length == 0) throw Unexpected();
        return new ScalarTypeExtensionNode(name, directives, LocationFrom(start));
    }

    /// <summary>
    /// ObjectTypeExtension :
    ///   - extend type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition
    ///   - extend type Name ImplementsInterfaces? Directives[Const] [lookahead != {]
    ///   - extend type Name ImplementsInterfaces [lookahead != {]
    /// </summary>
    private ObjectTypeExtensionNode ParseObjectTypeExtension(in TokenStart start)
    {
        ExpectKeyword("type"u8);
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Length == 0 && directives.Length == 0 && fields.Length == 0) throw Unexpected();
        return new ObjectTypeExtensionNode(name, interfaces, directives, fields, LocationFrom(start));
    }

    /// <summary>
    /// InterfaceTypeExtension :
    ///   - extend interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition
    ///   - extend interface Name ImplementsInterfaces? Directives[Const] [lookahead != {]
    ///   - extend interface Name ImplementsInterfaces [lookahead != {]
    /// </summary>
    private InterfaceTypeExtensionNode ParseInterfaceTypeExtension(in TokenStart start)
    {
        ExpectKeyword("interface"u8);
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Length == 0 && directives.Length == 0 && fields.Length == 0) throw Unexpected();
        return new InterfaceTypeExtensionNode(name, interfaces, directives, fields, LocationFrom(start));
    }

    /// <summary>
    /// UnionTypeExtension :
    ///   - extend union Name Directives[Const]? UnionMemberTypes
    ///   - extend union Name Directives[Const]
    /// </summary>
    private UnionTypeExtensionNode ParseUnionTypeExtension(in TokenStart start)
    {
        ExpectKeyword("union"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        if (directives.Length == 0 && types.Length == 0) throw Unexpected();
        return new UnionTypeExtensionNode(name, directives, types, LocationFrom(start));
    }

    /// <summary>
    /// EnumTypeExtension :
    ///   - extend enum Name Directives[Const]? EnumValuesDefinition
    ///   - extend enum Name Directives[Const] [lookahead != {]
    /// </summary>
    private EnumTypeExtensionNode ParseEnumTypeExtension(in TokenStart start)
    {
        ExpectKeyword("enum"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        if (directives.Length == 0 && values.Length == 0) throw Unexpected();
        return new EnumTypeExtensionNode(name, directives, values, LocationFrom(start));
    }

    /// <summary>
    /// InputObjectTypeExtension :
    ///   - extend input Name Directives[Const]? InputFieldsDefinition
    ///   - extend input Name Directives[Const] [lookahead != {]
    /// </summary>
    private InputObjectTypeExtensionNode ParseInputObjectTypeExtension(in TokenStart start)
    {
        ExpectKeyword("input"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputFieldsDefinition();
        if (directives.Length == 0 && fields.Length == 0) throw Unexpected();
        return new InputObjectTypeExtensionNode(name, directives, fields, LocationFrom(start));
    }
}
