using System.Collections.Generic;
using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Validation;

/// <summary>
/// Tracks, while walking an executable document, the types in scope at the current node (as graphql-js
/// <c>TypeInfo</c>): the output type of the current field, the parent composite type of the current
/// selection set, the current field definition, directive and argument, and the input type and default
/// value expected at the current value. Unknown names leave null entries, so rules see "no type".
/// </summary>
internal sealed class TypeInfo
{
    private readonly Schema _schema;
    private readonly List<GraphQLType?> _typeStack = new();
    private readonly List<NamedType?> _parentTypeStack = new();
    private readonly List<GraphQLType?> _inputTypeStack = new();
    private readonly List<FieldDefinition?> _fieldDefStack = new();
    private readonly List<ValueNode?> _defaultValueStack = new();

    public TypeInfo(Schema schema)
    {
        _schema = schema;
    }

    /// <summary>The output type of the current field, operation root or fragment.</summary>
    public GraphQLType? Type => Top(_typeStack);

    /// <summary>The composite type whose selection set is being walked.</summary>
    public NamedType? ParentType => Top(_parentTypeStack);

    /// <summary>The input type expected at the current argument, object field, list item or variable definition.</summary>
    public GraphQLType? InputType => Top(_inputTypeStack);

    /// <summary>The input type one level up (e.g. the list type while an item is walked).</summary>
    public GraphQLType? ParentInputType => _inputTypeStack.Count > 1 ? _inputTypeStack[_inputTypeStack.Count - 2] : null;

    public FieldDefinition? FieldDef => Top(_fieldDefStack);

    /// <summary>The schema default of the current argument or input field, as a literal.</summary>
    public ValueNode? DefaultValue => Top(_defaultValueStack);

    public DirectiveDefinition? Directive { get; private set; }

    public InputValueDefinition? Argument { get; private set; }

    public void Enter(SyntaxNode node)
    {
        switch (node.Kind)
        {
            case SyntaxKind.SelectionSet:
                var named = Type?.GetNamedType();
                _parentTypeStack.Add(named is ComplexType or UnionType ? named : null);
                break;
            case SyntaxKind.Field:
                var parentType = ParentType;
                var fieldDef = parentType is null ? null : GetFieldDef(parentType, ((FieldNode)node).Name.Value);
                _fieldDefStack.Add(fieldDef);
                _typeStack.Add(fieldDef?.Type);
                break;
            case SyntaxKind.Directive:
                Directive = _schema.GetDirective(((DirectiveNode)node).Name.Value);
                break;
            case SyntaxKind.OperationDefinition:
                _typeStack.Add(_schema.GetRootType(((OperationDefinitionNode)node).Operation));
                break;
            case SyntaxKind.InlineFragment:
                var condition = ((InlineFragmentNode)node).TypeCondition;
                var inlineType = condition is null ? Type?.GetNamedType() : _schema.GetType(condition.Name.Value);
                _typeStack.Add(inlineType is { IsOutputType: true } ? inlineType : null);
                break;
            case SyntaxKind.FragmentDefinition:
                var fragmentType = _schema.GetType(((FragmentDefinitionNode)node).TypeCondition.Name.Value);
                _typeStack.Add(fragmentType is { IsOutputType: true } ? fragmentType : null);
                break;
            case SyntaxKind.VariableDefinition:
                var variableType = TypeFromAst(_schema, ((VariableDefinitionNode)node).Type);
                _inputTypeStack.Add(variableType is { IsInputType: true } ? variableType : null);
                break;
            case SyntaxKind.Argument:
                var argName = ((ArgumentNode)node).Name.Value;
                InputValueDefinition? argDef = null;
                if (Directive is not null) argDef = Directive.GetArgument(argName);
                else if (FieldDef is not null) argDef = FieldDef.GetArgument(argName);
                Argument = argDef;
                _defaultValueStack.Add(argDef?.DefaultValue);
                _inputTypeStack.Add(argDef is { Type.IsInputType: true } ? argDef.Type : null);
                break;
            case SyntaxKind.ListValue:
                var listType = InputType?.Nullable;
                var itemType = listType is ListType list ? list.OfType : listType;
                _defaultValueStack.Add(null);
                _inputTypeStack.Add(itemType is { IsInputType: true } ? itemType : null);
                break;
            case SyntaxKind.ObjectField:
                InputValueDefinition? inputField = null;
                if (InputType?.GetNamedType() is InputObjectType objectType)
                {
                    inputField = objectType.GetField(((ObjectFieldNode)node).Name.Value);
                }

                _defaultValueStack.Add(inputField?.DefaultValue);
                _inputTypeStack.Add(inputField is { Type.IsInputType: true } ? inputField.Type : null);
                break;
        }
    }

    public void Leave(SyntaxNode node)
    {
        switch (node.Kind)
        {
            case SyntaxKind.SelectionSet:
                Pop(_parentTypeStack);
                break;
            case SyntaxKind.Field:
                Pop(_fieldDefStack);
                Pop(_typeStack);
                break;
            case SyntaxKind.Directive:
                Directive = null;
                break;
            case SyntaxKind.OperationDefinition:
            case SyntaxKind.InlineFragment:
            case SyntaxKind.FragmentDefinition:
                Pop(_typeStack);
                break;
            case SyntaxKind.VariableDefinition:
                Pop(_inputTypeStack);
                break;
            case SyntaxKind.Argument:
                Argument = null;
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case SyntaxKind.ListValue:
            case SyntaxKind.ObjectField:
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
        }
    }

    /// <summary>The field named <paramref name="name"/> of a composite type, including the meta fields of spec §4.</summary>
    public FieldDefinition? GetFieldDef(NamedType parentType, string name)
    {
        if (name.Length > 1 && name[0] == '_' && name[1] == '_')
        {
            // The same definitions the executor answers with (every schema has the introspection types).
            if (name == "__typename" && parentType is ComplexType or UnionType) return Introspection.TypeNameField;
            if (ReferenceEquals(parentType, _schema.QueryType))
            {
                if (name == "__schema") return Introspection.SchemaField;
                if (name == "__type") return Introspection.TypeField;
            }
        }

        return parentType is ComplexType complex ? complex.Fields[name] : null;
    }

    /// <summary>The schema type a type reference names, or null when its named type is unknown (graphql-js <c>typeFromAST</c>).</summary>
    public static GraphQLType? TypeFromAst(Schema schema, TypeNode node)
    {
        switch (node)
        {
            case NamedTypeNode named:
                return schema.GetType(named.Name.Value);
            case ListTypeNode list:
                var item = TypeFromAst(schema, list.Type);
                return item is null ? null : item is NamedType namedItem ? namedItem.AsList() : new ListType(item);
            default:
                var inner = TypeFromAst(schema, ((NonNullTypeNode)node).Type);
                return inner switch
                {
                    null => null,
                    NamedType n => n.AsNonNull(),
                    NonNullType => inner,
                    _ => new NonNullType(inner),
                };
        }
    }

    private static T? Top<T>(List<T?> stack) where T : class => stack.Count > 0 ? stack[stack.Count - 1] : null;

    private static void Pop<T>(List<T> stack) => stack.RemoveAt(stack.Count - 1);
}
