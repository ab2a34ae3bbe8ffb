using System;
using System.Text;
using GraphQL.Client.Generator.Analysis;
using GraphQL.Client.Generator.Model;

namespace GraphQL.Client.Generator.Emit;

/// <summary>
/// Writes <c>I&lt;Client&gt;</c> with one property per operation, its class, the <c>services.Add&lt;Client&gt;()</c>
/// extension, and the persisted-operation manifest (a dictionary, plus one marker comment per operation that
/// the MSBuild target turns into <c>&lt;hash&gt;.graphql</c> files).
/// </summary>
internal static class ClientEmitter
{
    /// <summary>The marker the persisted-operations MSBuild target looks for: hash, then the base64 UTF-8 document.</summary>
    public const string ManifestMarker = "// graphql-persisted-operation: ";

    public static string Emit(ClientModel model)
    {
        var writer = CodeWriter.ForNamespace(model.Namespace);
        var name = model.ClientName;
        writer.Line("/// <summary>The typed GraphQL client generated from this project's operations.</summary>");
        writer.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"GraphQL.Client.Generator\", \"1.0\")]");
        writer.Line("public partial interface I" + name).Open();
        foreach (var op in model.Operations) writer.Line("I" + op.Name + op.Kind + " " + op.Name + " { get; }");
        writer.Close().Line();

        writer.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"GraphQL.Client.Generator\", \"1.0\")]");
        writer.Line("public sealed partial class " + name + " : I" + name).Open();
        writer.Line("/// <summary>The name of the client's HttpClient and options.</summary>");
        writer.Line("public const string ClientName = " + Names.Literal(name) + ";");
        writer.Line();
        writer.Line("public " + name + "(global::GraphQL.Client.OperationExecutor executor)").Open();
        foreach (var op in model.Operations) writer.Line(op.Name + " = new " + op.Name + op.Kind + "(executor);");
        writer.Close();
        foreach (var op in model.Operations)
        {
            writer.Line();
            writer.Line("public I" + op.Name + op.Kind + " " + op.Name + " { get; }");
        }

        writer.Close().Line();

        writer.Close().Line();

        // In Microsoft.Extensions.DependencyInjection (as AddHttpClient is) so Program.cs finds it without a using.
        writer.Line("namespace Microsoft.Extensions.DependencyInjection").Open();
        writer.Line("/// <summary>Registers <see cref=\"global::" + model.Namespace + ".I" + name + "\"/>.</summary>");
        writer.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"GraphQL.Client.Generator\", \"1.0\")]");
        writer.Line("public static partial class " + name + "ServiceCollectionExtensions").Open();
        writer.Line("public static global::GraphQL.Client.GraphQLClientBuilder Add" + name + "(this global::Microsoft.Extensions.DependencyInjection.IServiceCollection services)");
        var type = "global::" + model.Namespace + "." + name;
        writer.Line("    => global::GraphQL.Client.GraphQLClientServiceCollectionExtensions.AddGraphQLClient<global::" + model.Namespace + ".I" + name + ">(services, "
            + type + ".ClientName, static executor => new " + type + "(executor));");
        writer.Close();
        return writer.Finish();
    }

    public static string EmitPersistedOperations(ClientModel model)
    {
        var writer = CodeWriter.ForNamespace(model.Namespace);
        writer.Line("/// <summary>The documents of " + model.ClientName + "'s operations by their hash (persisted operations).</summary>");
        writer.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"GraphQL.Client.Generator\", \"1.0\")]");
        writer.Line("public static partial class " + model.ClientName + "PersistedOperations").Open();
        writer.Line("public static global::System.Collections.Generic.IReadOnlyDictionary<string, string> Documents { get; } =");
        writer.Line("    new global::System.Collections.Generic.Dictionary<string, string>").Line("    {");
        foreach (var op in model.Operations) writer.Line("        [" + op.Name + op.Kind + ".Hash] = " + op.Name + op.Kind + ".Document,");
        writer.Line("    };");
        writer.Close();
        writer.Finish();
        foreach (var op in model.Operations)
        {
            writer.Line(ManifestMarker + op.Hash + " " + Convert.ToBase64String(Encoding.UTF8.GetBytes(op.Document)));
        }

        return writer.ToString();
    }
}
