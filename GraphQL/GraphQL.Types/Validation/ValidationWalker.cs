using System;
using System.Collections.Generic;
using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Validation;

/// <summary>
/// The single traversal of validation: walks the document in graphql-js visitor order, keeps
/// <see cref="TypeInfo"/> in step, and calls on each node only the rules that asked for its kind. A rule
/// that returns false from <see cref="ValidationRule.Enter"/> stops seeing that node's subtree while the
/// other rules go on (graphql-js <c>visitInParallel</c>). On the way it records the variable usages of
/// each operation and fragment, which the variable rules need when they leave an operation.
/// </summary>
internal sealed class ValidationWalker
{
    private readonly ValidationContext _context;
    private readonly TypeInfo _typeInfo;
    private readonly ValidationRule[] _rules;
    private readonly SyntaxNode?[] _skipping;
    private int _skipCount;
    private List<VariableUsage>? _usages;

    public ValidationWalker(ValidationContext context, TypeInfo typeInfo, ValidationRule[] rules)
    {
        _context = context;
        _typeInfo = typeInfo;
        _rules = rules;
        _skipping = new SyntaxNode?[rules.Length];
    }

    public void WalkDocument(DocumentNode document)
    {
        Enter(document);
        var definitions = document.Definitions;
        for (var i = 0; i < definitions.Count; i++)
        {
            switch (definitions[i])
            {
                case OperationDefinitionNode operation:
                    WalkOperation(operation);
                    break;
                case FragmentDefinitionNode fragment:
                    WalkFragmentDefinition(fragment);
                    break;
                default:
                    _context.InTypeSystemDefinition = true;
                    WalkTypeSystemNode(definitions[i], null);
                    _context.InTypeSystemDefinition = false;
                    break;
            }
        }

        Leave(document);
    }

    /// <summary>Walks one operation or fragment with no rules, only to collect its variable usages.</summary>
    public List<VariableUsage> CollectVariableUsages(ExecutableDefinitionNode definition)
    {
        _usages = new List<VariableUsage>();
        if (definition is OperationDefinitionNode operation) WalkOperation(operation);
        else WalkFragmentDefinition((FragmentDefinitionNode)definition);
        return _usages;
    }

    private void WalkOperation(OperationDefinitionNode node)
    {
        Enter(node);
        BeginUsages(node);
        var variables = node.VariableDefinitions;
        for (var i = 0; i < variables.Count; i++) WalkVariableDefinition(variables[i]);
        WalkDirectives(node.Directives, node.Operation switch
        {
            OperationType.Query => DirectiveLocation.Query,
            OperationType.Mutation => DirectiveLocation.Mutation,
            _ => DirectiveLocation.Subscription,
        });
        WalkSelectionSet(node.SelectionSet);
        EndUsages(node);
        Leave(node);
    }

    private void WalkFragmentDefinition(FragmentDefinitionNode node)
    {
        Enter(node);
        BeginUsages(node);
        WalkType(node.TypeCondition);
        WalkDirectives(node.Directives, DirectiveLocation.FragmentDefinition);
        WalkSelectionSet(node.SelectionSet);
        EndUsages(node);
        Leave(node);
    }

    private void WalkVariableDefinition(VariableDefinitionNode node)
    {
        Enter(node);
        Enter(node.Variable);
        Leave(node.Variable);
        WalkType(node.Type);

        // A default value is constant: it holds no variable usages (graphql-js skips variable definitions).
        var usages = _usages;
        _usages = null;
        if (node.DefaultValue is not null) WalkValue(node.DefaultValue);
        _usages = usages;

        WalkDirectives(node.Directives, DirectiveLocation.VariableDefinition);
        Leave(node);
    }

    private void WalkSelectionSet(SelectionSetNode node)
    {
        Enter(node);
        var selections = node.Selections;
        for (var i = 0; i < selections.Count; i++)
        {
            switch (selections[i])
            {
                case FieldNode field:
                    WalkField(field);
                    break;
                case FragmentSpreadNode spread:
                    Enter(spread);
                    WalkDirectives(spread.Directives, DirectiveLocation.FragmentSpread);
                    Leave(spread);
                    break;
                case InlineFragmentNode inline:
                    Enter(inline);
                    if (inline.TypeCondition is not null) WalkType(inline.TypeCondition);
                    WalkDirectives(inline.Directives, DirectiveLocation.InlineFragment);
                    WalkSelectionSet(inline.SelectionSet);
                    Leave(inline);
                    break;
            }
        }

        Leave(node);
    }

    private void WalkField(FieldNode node)
    {
        Enter(node);
        WalkArguments(node.Arguments);
        WalkDirectives(node.Directives, DirectiveLocation.Field);
        if (node.SelectionSet is not null) WalkSelectionSet(node.SelectionSet);
        Leave(node);
    }

    private void WalkArguments(IReadOnlyList<ArgumentNode> arguments)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            var argument = arguments[i];
            Enter(argument);
            WalkValue(argument.Value);
            Leave(argument);
        }
    }

    private void WalkDirectives(IReadOnlyList<DirectiveNode> directives, DirectiveLocation location)
    {
        for (var i = 0; i < directives.Count; i++)
        {
            var directive = directives[i];
            if (_rules.Length > 0) _context.DirectiveLocation = location;
            Enter(directive);
            WalkArguments(directive.Arguments);
            Leave(directive);
        }
    }

    private void WalkValue(ValueNode node)
    {
        Enter(node);
        switch (node)
        {
            case VariableNode variable:
                _usages?.Add(new VariableUsage(variable, _typeInfo.InputType, _typeInfo.DefaultValue, _typeInfo.ParentInputType));
                break;
            case ListValueNode list:
                for (var i = 0; i < list.Items.Count; i++) WalkValue(list.Items[i]);
                break;
            case ObjectValueNode obj:
                for (var i = 0; i < obj.Fields.Count; i++)
                {
                    var field = obj.Fields[i];
                    Enter(field);
                    WalkValue(field.Value);
                    Leave(field);
                }

                break;
        }

        Leave(node);
    }

    private void WalkType(TypeNode node)
    {
        Enter(node);
        switch (node)
        {
            case ListTypeNode list:
                WalkType(list.Type);
                break;
            case NonNullTypeNode nonNull:
                WalkType(nonNull.Type);
                break;
        }

        Leave(node);
    }

    /// <summary>
    /// Type system definitions are not executable (ExecutableDefinitionsRule says so), but graphql-js still
    /// walks them with every rule, so their directives, type references and values are checked too.
    /// </summary>
    private void WalkTypeSystemNode(SyntaxNode node, SyntaxNode? parent)
    {
        Enter(node);
        foreach (var child in node.GetNodes())
        {
            switch (child)
            {
                case NameNode:
                    break;
                case DirectiveNode directive:
                    _context.DirectiveLocation = TypeSystemDirectiveLocation(node, parent);
                    Enter(directive);
                    WalkArguments(directive.Arguments);
                    Leave(directive);
                    break;
                case ValueNode value:
                    WalkValue(value);
                    break;
                case TypeNode type:
                    WalkType(type);
                    break;
                default:
                    WalkTypeSystemNode(child, node);
                    break;
            }
        }

        Leave(node);
    }

    private static DirectiveLocation TypeSystemDirectiveLocation(SyntaxNode node, SyntaxNode? parent) => node.Kind switch
    {
        SyntaxKind.SchemaDefinition or SyntaxKind.SchemaExtension => DirectiveLocation.Schema,
        SyntaxKind.ScalarTypeDefinition or SyntaxKind.ScalarTypeExtension => DirectiveLocation.Scalar,
        SyntaxKind.ObjectTypeDefinition or SyntaxKind.ObjectTypeExtension => DirectiveLocation.Object,
        SyntaxKind.FieldDefinition => DirectiveLocation.FieldDefinition,
        SyntaxKind.InterfaceTypeDefinition or SyntaxKind.InterfaceTypeExtension => DirectiveLocation.Interface,
        SyntaxKind.UnionTypeDefinition or SyntaxKind.UnionTypeExtension => DirectiveLocation.Union,
        SyntaxKind.EnumTypeDefinition or SyntaxKind.EnumTypeExtension => DirectiveLocation.Enum,
        SyntaxKind.EnumValueDefinition => DirectiveLocation.EnumValue,
        SyntaxKind.InputObjectTypeDefinition or SyntaxKind.InputObjectTypeExtension => DirectiveLocation.InputObject,

        // As graphql-js: only a field of an input object *definition* is an input field definition.
        SyntaxKind.InputValueDefinition => parent?.Kind == SyntaxKind.InputObjectTypeDefinition
            ? DirectiveLocation.InputFieldDefinition
            : DirectiveLocation.ArgumentDefinition,
        _ => DirectiveLocation.None,
    };

    private void BeginUsages(ExecutableDefinitionNode node) =>
        _usages = _rules.Length == 0 || !_context.HasVariableUsages(node) ? new List<VariableUsage>() : null;

    private void EndUsages(ExecutableDefinitionNode node)
    {
        // With no rules this walk serves CollectVariableUsages, which hands the list back itself.
        if (_usages is not null && _rules.Length > 0) _context.SetVariableUsages(node, _usages);
        if (_rules.Length > 0) _usages = null;
    }

    private void Enter(SyntaxNode node)
    {
        _typeInfo.Enter(node);
        var rules = _rules;
        if (rules.Length == 0) return;
        var bit = 1UL << (int)node.Kind;
        for (var i = 0; i < rules.Length; i++)
        {
            var rule = rules[i];
            if ((rule.EnterKinds & bit) == 0 || _skipping[i] is not null) continue;
            if (!rule.Enter(node))
            {
                _skipping[i] = node;
                _skipCount++;
            }
        }
    }

    private void Leave(SyntaxNode node)
    {
        var rules = _rules;
        if (rules.Length > 0)
        {
            var bit = 1UL << (int)node.Kind;
            for (var i = 0; i < rules.Length; i++)
            {
                if (_skipCount > 0 && _skipping[i] is { } skipped)
                {
                    if (ReferenceEquals(skipped, node))
                    {
                        _skipping[i] = null;
                        _skipCount--;
                    }

                    continue;
                }

                var rule = rules[i];
                if ((rule.LeaveKinds & bit) != 0) rule.Leave(node);
            }
        }

        _typeInfo.Leave(node);
    }
}
