using System.Collections.Generic;
using GraphQL.Client.Generator.Analysis;
using GraphQL.Client.Generator.Model;

namespace GraphQL.Client.Generator.Emit;

/// <summary>
/// Writes one operation: <c>I&lt;Op&gt;Query</c> (or Mutation/Subscription) with <c>ExecuteAsync</c> (or
/// <c>Watch</c>), its class holding the document and hash, the result interfaces and records, and the parsers.
/// </summary>
internal static class OperationEmitter
{
    private const string Client = "global::GraphQL.Client.";
    private const string CancellationToken = "global::System.Threading.CancellationToken";

    public static string Emit(OperationModel model)
    {
        var writer = CodeWriter.ForNamespace(model.Namespace);
        var typeName = model.Name + model.Kind;
        var resultType = Client + "IOperationResult<" + model.ResultInterface + ">";
        var isSubscription = model.Kind == "Subscription";
        var returnType = isSubscription
            ? "global::System.Collections.Generic.IAsyncEnumerable<" + resultType + ">"
            : "global::System.Threading.Tasks.Task<" + resultType + ">";
        var method = isSubscription ? "Watch" : "ExecuteAsync";
        var parameters = Parameters(model.Variables);
        var arguments = Arguments(model.Variables);

        writer.Line("/// <summary>The " + model.Name + " " + model.Kind.ToLowerInvariant() + " (see its .graphql file).</summary>");
        writer.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"GraphQL.Client.Generator\", \"1.0\")]");
        writer.Line("public partial interface I" + typeName).Open();
        writer.Line(returnType + " " + method + "(" + parameters + ");");
        writer.Close().Line();

        writer.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"GraphQL.Client.Generator\", \"1.0\")]");
        writer.Line("public sealed partial class " + typeName + " : I" + typeName).Open();
        writer.Line("public const string OperationName = " + Names.Literal(model.Name) + ";");
        writer.Line();
        writer.Line("/// <summary>The document sent to the server: the operation and its fragments, printed canonically.</summary>");
        writer.Line("public const string Document = " + Names.Literal(model.Document) + ";");
        writer.Line();
        writer.Line("/// <summary>SHA-256 of <see cref=\"Document\"/>: the persisted operation id.</summary>");
        writer.Line("public const string Hash = " + Names.Literal(model.Hash) + ";");
        writer.Line();
        writer.Line("private readonly " + Client + "OperationExecutor _executor;");
        writer.Line();
        writer.Line("public " + typeName + "(" + Client + "OperationExecutor executor) => _executor = executor;");
        writer.Line();
        writer.Line("public " + returnType + " " + method + "(" + parameters + ")");
        writer.Line("    => _executor." + (isSubscription ? "Watch" : "ExecuteAsync") + "<" + model.ResultInterface + ">(CreateRequest("
            + arguments + "), " + model.Name + "ResultParser." + model.RootParser + ", cancellationToken);");
        writer.Line();
        writer.Line("/// <summary>The request this operation sends for the given variables.</summary>");
        writer.Line("public static " + Client + "OperationRequest CreateRequest(" + VariableParameters(model.Variables) + ")").Open();
        if (model.Variables.Count == 0)
        {
            writer.Line("return new " + Client + "OperationRequest(OperationName, Document, Hash, " + Client + "OperationKind." + model.Kind + ");");
        }
        else
        {
            writer.Line("var buffer = new global::System.Buffers.ArrayBufferWriter<byte>(256);");
            writer.Line("using (var writer = new global::System.Text.Json.Utf8JsonWriter(buffer))").Open();
            writer.Line("writer.WriteStartObject();");
            foreach (var v in model.Variables) writer.Line(v.WriteCode);
            writer.Line("writer.WriteEndObject();");
            writer.Close();
            writer.Line("return new " + Client + "OperationRequest(OperationName, Document, Hash, " + Client + "OperationKind." + model.Kind + ", buffer.WrittenMemory);");
        }

        writer.Close();
        writer.Close().Line();

        foreach (var i in model.Interfaces) ResultTypeEmitter.WriteInterface(writer, i);
        foreach (var c in model.Classes) ResultTypeEmitter.WriteClass(writer, c);
        ResultTypeEmitter.WriteParsers(writer, model.Name + "ResultParser", model);
        return writer.Finish();
    }

    /// <summary>
    /// Variables in declaration order, then the cancellation token. Optional variables get <c>= default</c> when no
    /// required one follows them (C# needs optional parameters last).
    /// </summary>
    private static string Parameters(EquatableArray<VariableModel> variables)
    {
        var list = VariableParameterList(variables);
        list.Add(CancellationToken + " cancellationToken = default");
        return string.Join(", ", list);
    }

    private static string VariableParameters(EquatableArray<VariableModel> variables) => string.Join(", ", VariableParameterList(variables));

    private static List<string> VariableParameterList(EquatableArray<VariableModel> variables)
    {
        var lastRequired = -1;
        for (var i = 0; i < variables.Count; i++)
        {
            if (!variables[i].HasDefault) lastRequired = i;
        }

        var list = new List<string>();
        for (var i = 0; i < variables.Count; i++)
        {
            var v = variables[i];
            list.Add(v.Type + " " + v.ParameterName + (v.HasDefault && i > lastRequired ? " = default" : ""));
        }

        return list;
    }

    private static string Arguments(EquatableArray<VariableModel> variables)
    {
        var list = new List<string>();
        foreach (var v in variables) list.Add(v.ParameterName);
        return string.Join(", ", list);
    }
}
