using GraphQL.Client.Generator.Model;

namespace GraphQL.Client.Generator.Model;

/// <summary>Project-level settings read from MSBuild properties (see build/GraphQL.Client.Generator.targets).</summary>
internal sealed record ClientSettings(string Namespace, string ClientName);

/// <summary>A <c>.graphql</c> file given to the generator: the schema or an operations file.</summary>
internal sealed record GraphQLFile(string Path, bool IsSchema, string Text);

/// <summary>A diagnostic as data (Roslyn's <c>Diagnostic</c> is not equatable): id, message and where in which file.</summary>
internal sealed record DiagnosticInfo(
    string Id, string Message, string Path, int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn);

/// <summary>One generated client operation: the <c>I&lt;Op&gt;Query</c> interface, its class and result types.</summary>
internal sealed record OperationModel(
    string Namespace,
    string Name,
    string Kind,
    string Document,
    string Hash,
    EquatableArray<VariableModel> Variables,
    string ResultInterface,
    string RootParser,
    EquatableArray<InterfaceModel> Interfaces,
    EquatableArray<ClassModel> Classes,
    EquatableArray<AbstractParserModel> AbstractParsers);

/// <summary>An operation variable as a method parameter, and the statements that write it as JSON.</summary>
internal sealed record VariableModel(string GraphQLName, string ParameterName, string Type, bool HasDefault, string WriteCode);

/// <summary>A result interface shaped by a selection set.</summary>
internal sealed record InterfaceModel(string Name, EquatableArray<string> Bases, EquatableArray<PropertyModel> Properties);

/// <summary>A property of a result interface; <see cref="IsNew"/> when it hides a base interface's property.</summary>
internal sealed record PropertyModel(string Name, string Type, bool IsNew);

/// <summary>An immutable result class (a record) and how to read it from JSON.</summary>
internal sealed record ClassModel(
    string Name, string Interface, string Parser, EquatableArray<ClassPropertyModel> Properties, EquatableArray<ExplicitPropertyModel> ExplicitProperties);

/// <summary>A property of a result class: C# name and type, its response name, and the expression reading it from <c>value</c>.</summary>
internal sealed record ClassPropertyModel(string Name, string Type, string JsonName, string ReadExpression);

/// <summary>A base interface's property whose type differs (a less derived result interface): implemented explicitly.</summary>
internal sealed record ExplicitPropertyModel(string Interface, string Name, string Type);

/// <summary>The parser of a field of abstract type: picks the class by <c>__typename</c>.</summary>
internal sealed record AbstractParserModel(string Parser, string Interface, EquatableArray<TypeCaseModel> Cases);

internal sealed record TypeCaseModel(string TypeName, string Parser);

/// <summary>A named fragment: interfaces that result types of every operation spreading it implement.</summary>
internal sealed record FragmentModel(string Namespace, string Name, EquatableArray<InterfaceModel> Interfaces);

/// <summary>The client interface and class with one property per operation, and the DI extension.</summary>
internal sealed record ClientModel(string Namespace, string ClientName, EquatableArray<ClientOperationModel> Operations);

internal sealed record ClientOperationModel(string Name, string Kind, string Hash, string Document);

/// <summary>A schema type generated for input: an enum or an input object.</summary>
internal sealed record SchemaTypeModel(string Namespace, string Name, string Kind, EquatableArray<SchemaMemberModel> Members, bool IsOneOf);

/// <summary>
/// An enum value (GraphQL name, C# name) or an input field (GraphQL name, C# property name and type,
/// whether it is required, and the statements writing it).
/// </summary>
internal sealed record SchemaMemberModel(string GraphQLName, string Name, string Type, bool Required, string WriteCode);
