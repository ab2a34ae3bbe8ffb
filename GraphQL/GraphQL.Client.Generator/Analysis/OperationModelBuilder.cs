using System.Collections.Generic;
using GraphQL.Client.Generator.Model;
using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Client.Generator.Analysis;

/// <summary>Builds the model of one operation: its document and hash, variables as parameters, and result types.</summary>
internal static class OperationModelBuilder
{
    public static OperationModel Build(
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        Schema schema,
        ResultShapeBuilder shapes,
        string ns)
    {
        var name = Names.Pascal(operation.Name!.Value);
        var (document, hash) = OperationDocument.Create(operation, fragments, schema);
        var output = new ShapeOutput(emitClasses: true);
        var root = shapes.Operation(operation, name, output);

        return new OperationModel(
            ns,
            name,
            operation.Operation.ToString(),
            document,
            hash,
            Variables(operation, schema),
            root.Interface,
            "Parse_" + root.Name,
            output.Interfaces.ToEquatableArray(),
            output.Classes.ToEquatableArray(),
            output.AbstractParsers.ToEquatableArray());
    }

    /// <summary>
    /// Variables in declaration order (spec §2.10). A variable that is nullable or has a default is optional: null
    /// leaves it out of <c>variables</c>, so the operation's default (or the argument's) applies.
    /// </summary>
    private static EquatableArray<VariableModel> Variables(OperationDefinitionNode operation, Schema schema)
    {
        var variables = new List<VariableModel>();
        foreach (var definition in operation.VariableDefinitions)
        {
            var graphQLName = definition.Variable.Name.Value;
            var type = Resolve(definition.Type, schema);
            var optional = type is not NonNullType || definition.DefaultValue is not null;
            var parameter = Names.Parameter(graphQLName);
            string write;
            if (optional)
            {
                var inner = type.Nullable;
                var value = InputTypes.IsValueType(inner) ? parameter + ".Value" : parameter;
                write = "if (" + parameter + " is not null) { writer.WritePropertyName(" + Names.Literal(graphQLName) + "); "
                    + InputTypes.WriteNonNull(inner, value, "writer", 0) + " }";
            }
            else
            {
                write = "writer.WritePropertyName(" + Names.Literal(graphQLName) + "); " + InputTypes.WriteCode(type, parameter, "writer");
            }

            variables.Add(new VariableModel(graphQLName, parameter, InputTypes.CSharpType(type, forceNullable: optional), optional, write));
        }

        return variables.ToEquatableArray();
    }

    private static GraphQLType Resolve(TypeNode node, Schema schema) => node switch
    {
        NonNullTypeNode nonNull => new NonNullType(Resolve(nonNull.Type, schema)),
        ListTypeNode list => new ListType(Resolve(list.Type, schema)),
        _ => schema.GetType(node.NamedType.Name.Value)!,
    };
}
