using System.Collections.Generic;

namespace GraphQL.Language;

/// <summary>
/// OperationDefinition : Description? OperationType Name? VariablesDefinition? Directives? SelectionSet | SelectionSet
/// (spec §2.3). The shorthand form has <see cref="OperationType.Query"/>, no name and no description.
/// </summary>
public sealed class OperationDefinitionNode : ExecutableDefinitionNode
{
    public OperationDefinitionNode(
        OperationType operation,
        NameNode? name,
        IReadOnlyList<VariableDefinitionNode> variableDefinitions,
        IReadOnlyList<DirectiveNode> directives,
        SelectionSetNode selectionSet,
        Location? location = null)
        : this(null, operation, name, variableDefinitions, directives, selectionSet, location) { }

    public OperationDefinitionNode(
        StringValueNode? description,
        OperationType operation,
        NameNode? name,
        IReadOnlyList<VariableDefinitionNode> variableDefinitions,
        IReadOnlyList<DirectiveNode> directives,
        SelectionSetNode selectionSet,
        Location? location = null)
        : base(directives, selectionSet, location)
    {
        Description = description;
        Operation = operation;
        Name = name;
        VariableDefinitions = variableDefinitions;
    }

    public override SyntaxKind Kind => SyntaxKind.OperationDefinition;

    /// <summary>Documentation only (spec §2.2 Descriptions): execution and validation ignore it.</summary>
    public StringValueNode? Description { get; }
    public OperationType Operation { get; }
    public NameNode? Name { get; }
    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; }

    public OperationDefinitionNode WithSelectionSet(SelectionSetNode selectionSet) =>
        new(Description, Operation, Name, VariableDefinitions, Directives, selectionSet, Location);

    public override IEnumerable<SyntaxNode> GetNodes()
    {
        if (Description is not null) yield return Description;
        if (Name is not null) yield return Name;
        foreach (var v in VariableDefinitions) yield return v;
        foreach (var d in Directives) yield return d;
        yield return SelectionSet;
    }
}

/// <summary>VariableDefinition : Description? Variable : Type DefaultValue? Directives[Const]? (spec §2.10).</summary>
public sealed class VariableDefinitionNode : SyntaxNode, IHasDirectives
{
    public VariableDefinitionNode(
        VariableNode variable,
        TypeNode type,
        ValueNode? defaultValue,
        IReadOnlyList<DirectiveNode> directives,
        Location? location = null)
        : this(null, variable, type, defaultValue, directives, location) { }

    public VariableDefinitionNode(
        StringValueNode? description,
        VariableNode variable,
        TypeNode type,
        ValueNode? defaultValue,
        IReadOnlyList<DirectiveNode> directives,
        Location? location = null)
        : base(location)
    {
        Description = description;
        Variable = variable;
        Type = type;
        DefaultValue = defaultValue;
        Directives = directives;
    }

    public override SyntaxKind Kind => SyntaxKind.VariableDefinition;

    /// <summary>Documentation only (spec §2.2 Descriptions): execution and validation ignore it.</summary>
    public StringValueNode? Description { get; }
    public VariableNode Variable { get; }
    public TypeNode Type { get; }
    public ValueNode? DefaultValue { get; }
    public IReadOnlyList<DirectiveNode> Directives { get; }

    public override IEnumerable<SyntaxNode> GetNodes()
    {
        if (Description is not null) yield return Description;
        yield return Variable;
        yield return Type;
        if (DefaultValue is not null) yield return DefaultValue;
        foreach (var d in Directives) yield return d;
    }
}

/// <summary>SelectionSet : { Selection+ } (spec §2.4).</summary>
public sealed class SelectionSetNode : SyntaxNode
{
    public SelectionSetNode(IReadOnlyList<SelectionNode> selections, Location? location = null) : base(location)
        => Selections = selections;

    public override SyntaxKind Kind => SyntaxKind.SelectionSet;
    public IReadOnlyList<SelectionNode> Selections { get; }

    public SelectionSetNode WithSelections(IReadOnlyList<SelectionNode> selections) => new(selections, Location);

    public override IEnumerable<SyntaxNode> GetNodes() => Selections;
}

/// <summary>Selection : Field | FragmentSpread | InlineFragment (spec §2.4).</summary>
public abstract class SelectionNode : SyntaxNode, IHasDirectives
{
    protected SelectionNode(IReadOnlyList<DirectiveNode> directives, Location? location) : base(location)
        => Directives = directives;

    public IReadOnlyList<DirectiveNode> Directives { get; }
}

/// <summary>Field : Alias? Name Arguments? Directives? SelectionSet? (spec §2.5).</summary>
public sealed class FieldNode : SelectionNode, INamedSyntaxNode
{
    public FieldNode(
        NameNode? alias,
        NameNode name,
        IReadOnlyList<ArgumentNode> arguments,
        IReadOnlyList<DirectiveNode> directives,
        SelectionSetNode? selectionSet,
        Location? location = null)
        : base(directives, location)
    {
        Alias = alias;
        Name = name;
        Arguments = arguments;
        SelectionSet = selectionSet;
    }

    public override SyntaxKind Kind => SyntaxKind.Field;
    public NameNode? Alias { get; }
    public NameNode Name { get; }
    public IReadOnlyList<ArgumentNode> Arguments { get; }
    public SelectionSetNode? SelectionSet { get; }

    /// <summary>The key of this field in the response: its alias, else its name (spec §2.7).</summary>
    public string ResponseName => Alias?.Value ?? Name.Value;

    public FieldNode WithSelectionSet(SelectionSetNode? selectionSet) =>
        new(Alias, Name, Arguments, Directives, selectionSet, Location);

    public override IEnumerable<SyntaxNode> GetNodes()
    {
        if (Alias is not null) yield return Alias;
        yield return Name;
        foreach (var a in Arguments) yield return a;
        foreach (var d in Directives) yield return d;
        if (SelectionSet is not null) yield return SelectionSet;
    }
}

/// <summary>Argument : Name : Value (spec §2.6).</summary>
public sealed class ArgumentNode : SyntaxNode, INamedSyntaxNode
{
    public ArgumentNode(NameNode name, ValueNode value, Location? location = null) : base(location)
    {
        Name = name;
        Value = value;
    }

    public override SyntaxKind Kind => SyntaxKind.Argument;
    public NameNode Name { get; }
    public ValueNode Value { get; }

    public override IEnumerable<SyntaxNode> GetNodes()
    {
        yield return Name;
        yield return Value;
    }
}

/// <summary>FragmentSpread : ... FragmentName Directives? (spec §2.8).</summary>
public sealed class FragmentSpreadNode : SelectionNode, INamedSyntaxNode
{
    public FragmentSpreadNode(NameNode name, IReadOnlyList<DirectiveNode> directives, Location? location = null)
        : base(directives, location) => Name = name;

    public override SyntaxKind Kind => SyntaxKind.FragmentSpread;
    public NameNode Name { get; }

    public override IEnumerable<SyntaxNode> GetNodes()
    {
        yield return Name;
        foreach (var d in Directives) yield return d;
    }
}

/// <summary>InlineFragment : ... TypeCondition? Directives? SelectionSet (spec §2.8.2).</summary>
public sealed class InlineFragmentNode : SelectionNode
{
    public InlineFragmentNode(
        NamedTypeNode? typeCondition,
        IReadOnlyList<DirectiveNode> directives,
        SelectionSetNode selectionSet,
        Location? location = null)
        : base(directives, location)
    {
        TypeCondition = typeCondition;
        SelectionSet = selectionSet;
    }

    public override SyntaxKind Kind => SyntaxKind.InlineFragment;
    public NamedTypeNode? TypeCondition { get; }
    public SelectionSetNode SelectionSet { get; }

    public override IEnumerable<SyntaxNode> GetNodes()
    {
        if (TypeCondition is not null) yield return TypeCondition;
        foreach (var d in Directives) yield return d;
        yield return SelectionSet;
    }
}

/// <summary>FragmentDefinition : Description? fragment FragmentName TypeCondition Directives? SelectionSet (spec §2.8).</summary>
public sealed class FragmentDefinitionNode : ExecutableDefinitionNode, INamedSyntaxNode
{
    public FragmentDefinitionNode(
        NameNode name,
        NamedTypeNode typeCondition,
        IReadOnlyList<DirectiveNode> directives,
        SelectionSetNode selectionSet,
        Location? location = null)
        : this(null, name, typeCondition, directives, selectionSet, location) { }

    public FragmentDefinitionNode(
        StringValueNode? description,
        NameNode name,
        NamedTypeNode typeCondition,
        IReadOnlyList<DirectiveNode> directives,
        SelectionSetNode selectionSet,
        Location? location = null)
        : base(directives, selectionSet, location)
    {
        Description = description;
        Name = name;
        TypeCondition = typeCondition;
    }

    public override SyntaxKind Kind => SyntaxKind.FragmentDefinition;

    /// <summary>Documentation only (spec §2.2 Descriptions): execution and validation ignore it.</summary>
    public StringValueNode? Description { get; }
    public NameNode Name { get; }
    public NamedTypeNode TypeCondition { get; }

    public override IEnumerable<SyntaxNode> GetNodes()
    {
        if (Description is not null) yield return Description;
        yield return Name;
        yield return TypeCondition;
        foreach (var d in Directives) yield return d;
        yield return SelectionSet;
    }
}

/// <summary>Directive : @ Name Arguments? (spec §2.12).</summary>
public sealed class DirectiveNode : SyntaxNode, INamedSyntaxNode
{
    public DirectiveNode(NameNode name, IReadOnlyList<ArgumentNode> arguments, Location? location = null)
        : base(location)
    {
        Name = name;
        Arguments = arguments;
    }

    public override SyntaxKind Kind => SyntaxKind.Directive;
    public NameNode Name { get; }
    public IReadOnlyList<ArgumentNode> Arguments { get; }

    public override IEnumerable<SyntaxNode> GetNodes()
    {
        yield return Name;
        foreach (var a in Arguments) yield return a;
    }
}
