using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Validation;

/// <summary>
/// A variable used as a value (spec §5.8.3–§5.8.5): the variable, the input type expected where it is used,
/// the schema default of that argument or input field (if any), and the input type one level up (to know
/// whether the variable is the value of a field of a OneOf input object).
/// </summary>
internal readonly struct VariableUsage
{
    public VariableUsage(VariableNode node, GraphQLType? type, ValueNode? defaultValue, GraphQLType? parentType)
    {
        Node = node;
        Type = type;
        DefaultValue = defaultValue;
        ParentType = parentType;
    }

    public VariableNode Node { get; }
    public GraphQLType? Type { get; }
    public ValueNode? DefaultValue { get; }
    public GraphQLType? ParentType { get; }
}
