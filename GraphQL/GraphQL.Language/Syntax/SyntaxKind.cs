namespace GraphQL.Language;

/// <summary>The kind of a <see cref="SyntaxNode"/>, one per grammar production of spec §2 and §3.</summary>
public enum SyntaxKind
{
    Name,
    Document,

    // Executable definitions (spec §2.3–§2.9)
    OperationDefinition,
    VariableDefinition,
    Variable,
    SelectionSet,
    Field,
    Argument,
    FragmentSpread,
    InlineFragment,
    FragmentDefinition,

    // Values (spec §2.9)
    IntValue,
    FloatValue,
    StringValue,
    BooleanValue,
    NullValue,
    EnumValue,
    ListValue,
    ObjectValue,
    ObjectField,

    // Directives and type references (spec §2.11, §2.12)
    Directive,
    NamedType,
    ListType,
    NonNullType,

    // Type system (spec §3)
    SchemaDefinition,
    OperationTypeDefinition,
    ScalarTypeDefinition,
    ObjectTypeDefinition,
    FieldDefinition,
    InputValueDefinition,
    InterfaceTypeDefinition,
    UnionTypeDefinition,
    EnumTypeDefinition,
    EnumValueDefinition,
    InputObjectTypeDefinition,
    DirectiveDefinition,

    // Type system extensions (spec §3.1.2, §3.4.3 ...)
    SchemaExtension,
    ScalarTypeExtension,
    ObjectTypeExtension,
    InterfaceTypeExtension,
    UnionTypeExtension,
    EnumTypeExtension,
    InputObjectTypeExtension,
}

/// <summary>OperationType : one of query mutation subscription (spec §2.3).</summary>
public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}
