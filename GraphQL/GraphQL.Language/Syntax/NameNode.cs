using System.Collections.Generic;
using System.Linq;

namespace GraphQL.Language;

/// <summary>Name :: NameStart NameContinue* (spec §2.1.9).</summary>
public sealed class NameNode : SyntaxNode
{
    public NameNode(string value, Location? location = null) : base(location) => Value = value;

    public override SyntaxKind Kind => SyntaxKind.Name;
    public string Value { get; }

    public override IEnumerable<SyntaxNode> GetNodes() => Enumerable.Empty<SyntaxNode>();
}

/// <summary>Document : Definition+ (spec §2.2).</summary>
public sealed class DocumentNode : SyntaxNode
{
    public DocumentNode(IReadOnlyList<DefinitionNode> definitions, Location? location = null) : base(location)
        => Definitions = definitions;

    public override SyntaxKind Kind => SyntaxKind.Document;
    public IReadOnlyList<DefinitionNode> Definitions { get; }

    public DocumentNode WithDefinitions(IReadOnlyList<DefinitionNode> definitions) => new(definitions, Location);

    public override IEnumerable<SyntaxNode> GetNodes() => Definitions;
}

/// <summary>Definition : ExecutableDefinition | TypeSystemDefinitionOrExtension (spec §2.2).</summary>
public abstract class DefinitionNode : SyntaxNode
{
    protected DefinitionNode(Location? location) : base(location) { }
}

/// <summary>ExecutableDefinition : OperationDefinition | FragmentDefinition (spec §2.2).</summary>
public abstract class ExecutableDefinitionNode : DefinitionNode, IHasDirectives
{
    protected ExecutableDefinitionNode(
        IReadOnlyList<DirectiveNode> directives, SelectionSetNode selectionSet, Location? location)
        : base(location)
    {
        Directives = directives;
        SelectionSet = selectionSet;
    }

    public IReadOnlyList<DirectiveNode> Directives { get; }
    public SelectionSetNode SelectionSet { get; }
}
