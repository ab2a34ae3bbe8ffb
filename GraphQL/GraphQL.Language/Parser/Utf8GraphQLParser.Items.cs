namespace GraphQL.Language;

// The items of the parser's lists (Many, OptionalMany, Any, DelimitedMany), one struct per production.
internal ref partial struct Utf8GraphQLParser
{
    /// <summary>
    /// Parses one item of a list. The list helpers take it as a struct type argument rather than a delegate, so the
    /// JIT compiles each list's loop for its item and calls (or inlines) the production directly.
    /// </summary>
    private interface IItemParser<out T>
    {
        T Parse(ref Utf8GraphQLParser p);
    }

    private readonly struct VariableDefinitionItem : IItemParser<VariableDefinitionNode>
    {
        public VariableDefinitionNode Parse(ref Utf8GraphQLParser p) => p.ParseVariableDefinition();
    }

    private readonly struct SelectionItem : IItemParser<SelectionNode>
    {
        public SelectionNode Parse(ref Utf8GraphQLParser p) => p.ParseSelection();
    }

    private readonly struct ArgumentItem : IItemParser<ArgumentNode>
    {
        public ArgumentNode Parse(ref Utf8GraphQLParser p) => p.ParseArgument(false);
    }

    private readonly struct ConstArgumentItem : IItemParser<ArgumentNode>
    {
        public ArgumentNode Parse(ref Utf8GraphQLParser p) => p.ParseArgument(true);
    }

    private readonly struct OperationTypeDefinitionItem : IItemParser<OperationTypeDefinitionNode>
    {
        public OperationTypeDefinitionNode Parse(ref Utf8GraphQLParser p) => p.ParseOperationTypeDefinition();
    }

    private readonly struct FieldDefinitionItem : IItemParser<FieldDefinitionNode>
    {
        public FieldDefinitionNode Parse(ref Utf8GraphQLParser p) => p.ParseFieldDefinition();
    }

    private readonly struct InputValueDefinitionItem : IItemParser<InputValueDefinitionNode>
    {
        public InputValueDefinitionNode Parse(ref Utf8GraphQLParser p) => p.ParseInputValueDefinition();
    }

    private readonly struct EnumValueDefinitionItem : IItemParser<EnumValueDefinitionNode>
    {
        public EnumValueDefinitionNode Parse(ref Utf8GraphQLParser p) => p.ParseEnumValueDefinition();
    }

    private readonly struct DirectiveLocationItem : IItemParser<NameNode>
    {
        public NameNode Parse(ref Utf8GraphQLParser p) => p.ParseDirectiveLocation();
    }

    private readonly struct NamedTypeItem : IItemParser<NamedTypeNode>
    {
        public NamedTypeNode Parse(ref Utf8GraphQLParser p) => p.ParseNamedType();
    }

    private readonly struct ValueItem : IItemParser<ValueNode>
    {
        public ValueNode Parse(ref Utf8GraphQLParser p) => p.ParseValueLiteral(false);
    }

    private readonly struct ConstValueItem : IItemParser<ValueNode>
    {
        public ValueNode Parse(ref Utf8GraphQLParser p) => p.ParseValueLiteral(true);
    }

    private readonly struct ObjectFieldItem : IItemParser<ObjectFieldNode>
    {
        public ObjectFieldNode Parse(ref Utf8GraphQLParser p) => p.ParseObjectField(false);
    }

    private readonly struct ConstObjectFieldItem : IItemParser<ObjectFieldNode>
    {
        public ObjectFieldNode Parse(ref Utf8GraphQLParser p) => p.ParseObjectField(true);
    }
}
